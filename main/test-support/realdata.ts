// The real public data the import and KPI tests run on (/work/shared/realdata's README): beside the repository, or
// where OPS_REALDATA says. Never copied into the repository. On a machine without it those tests are skipped, by
// name, with the reason (.ci/run looks for it and says so), rather than failing everything else's run.
import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = process.env.OPS_REALDATA ?? path.resolve(__dirname, '../../../shared/realdata');

export const REALDATA_PRESENT = existsSync(ROOT);
export const REALDATA_MISSING = `the real data is not at ${ROOT}: set OPS_REALDATA to the folder holding it`;

export const realdata = (folder: string): string => path.join(ROOT, folder);
