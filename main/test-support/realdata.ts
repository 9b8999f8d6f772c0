// The real public data the import and KPI tests run on (/work/shared/realdata's README): beside the repository, or
// where OPS_REALDATA says. Never copied into the repository.
import { existsSync } from 'node:fs';
import path from 'node:path';

export function realdata(folder: string): string {
  const root = process.env.OPS_REALDATA ?? path.resolve(__dirname, '../../../shared/realdata');
  const dir = path.join(root, folder);
  if (!existsSync(dir)) throw new Error(`The real data set ${folder} is not at ${dir}: set OPS_REALDATA to the folder holding it`);
  return dir;
}
