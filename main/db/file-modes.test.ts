import { mkdtempSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './open';

let outer: string | undefined;
afterEach(() => {
  if (outer) rmSync(outer, { recursive: true, force: true });
  outer = undefined;
});

const mode = (file: string) => statSync(file).mode & 0o777;

describe.skipIf(process.platform === 'win32')('the database on disk', () => {
  it('creates its folder 0700 and the file, its WAL and shared memory 0600', () => {
    outer = mkdtempSync(path.join(tmpdir(), 'ops-modes-'));
    const file = path.join(outer, 'app-data', 'console.sqlite');
    const db = openDatabase(file);
    db.exec("INSERT INTO settings VALUES ('probe', '1')");
    expect(mode(path.dirname(file))).toBe(0o700);
    for (const each of [file, `${file}-wal`, `${file}-shm`]) expect(mode(each)).toBe(0o600);
    db.close();
  });

  it('closes up a file an older console left readable by others, without touching a folder it did not make', () => {
    outer = mkdtempSync(path.join(tmpdir(), 'ops-modes-'));
    chmodSync(outer, 0o755);
    const file = path.join(outer, 'console.sqlite');
    writeFileSync(file, '');
    chmodSync(file, 0o644);
    openDatabase(file).close();
    expect(mode(file)).toBe(0o600);
    expect(mode(outer)).toBe(0o755);
  });
});
