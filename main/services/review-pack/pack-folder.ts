// A pack is replaced whole: its files are written into a new folder beside the target, then the old pack is moved
// aside, the new one moved in and the old one deleted. A failure while writing leaves the old pack as it was; a
// reader never sees new files beside old ones under a new manifest.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What only a pack folder holds; a folder without it that is not empty is someone's own, and is left alone. */
const PACK_MARK = 'manifest.json';

function checkReplaceable(dir: string): void {
  if (!existsSync(dir)) return;
  const names = readdirSync(dir);
  if (names.length > 0 && !names.includes(PACK_MARK)) {
    throw new Error(`${dir} holds other files and no earlier pack: choose an empty folder, or the folder of an earlier pack`);
  }
}

/** Writes the files as the whole content of `dir`, replacing an earlier pack there; answers the files' paths. */
export function savePackFolder(dir: string, files: Iterable<[string, Buffer]>): string[] {
  checkReplaceable(dir);
  const parent = path.dirname(dir);
  mkdirSync(parent, { recursive: true });
  // Beside the target, so both renames stay on one file system and each is atomic.
  const staging = mkdtempSync(path.join(parent, `.${path.basename(dir)}.new-`));
  const names: string[] = [];
  try {
    for (const [name, bytes] of files) {
      // A name may hold a folder (the compliance pack's evidence/ files).
      mkdirSync(path.dirname(path.join(staging, name)), { recursive: true });
      writeFileSync(path.join(staging, name), bytes);
      names.push(name);
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const aside = existsSync(dir) ? `${staging.replace('.new-', '.old-')}` : null;
  if (aside) renameSync(dir, aside);
  try {
    renameSync(staging, dir);
  } catch (error) {
    if (aside) renameSync(aside, dir);
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  if (aside) rmSync(aside, { recursive: true, force: true });
  return names.map((name) => path.join(dir, name));
}
