// Imports of a platform's exports (main/services/imports): kept by the console that ran them.
import type { LocalTable } from './table-spec';

export const IMPORTS_LOCAL_TABLES: readonly LocalTable[] = [
  { name: 'import_runs', why: 'the imports run on this console, with their counts' },
  { name: 'import_rejects', why: 'the records an import kept aside, to download, fix and import again' },
  { name: 'import_keys', why: "the row each source id became on this console, so a second import of a file changes nothing" },
  { name: 'currency_rates', why: 'the rates this console converted imported amounts with, from the files it imported' },
];
