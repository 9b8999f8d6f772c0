// Folders a pack may be written to besides review-packs/ beside the database. The renderer never names a path: a
// trusted side (the CLI's --out, or Electron's main process after a native folder dialog) grants a folder here and
// hands the renderer only the grant's random id, which startExport takes.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ServiceError } from '../kit';

const granted = new Map<string, string>();

/** Grants an absolute folder for this session and answers the id a startExport call names it by. */
export function grantExportFolder(folder: string): string {
  const id = randomBytes(18).toString('base64url');
  granted.set(id, path.resolve(folder));
  return id;
}

export function grantedExportFolder(id: string): string {
  const folder = granted.get(id);
  if (folder === undefined) throw new ServiceError('not_found', 'folder: no folder was chosen under this id; choose the folder again', 'folder');
  return folder;
}
