// Where `npm run hub` keeps its embedded PostgreSQL's data on each operating system.
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { hubPostgresDir } from './local-database';

describe('hubPostgresDir', () => {
  it('sits beside the console app-data folder of an ordinary user', () => {
    expect(hubPostgresDir('linux', {}, false)).toBe(`${os.homedir()}/.local/share/regional-ops-hub/postgres`);
    expect(hubPostgresDir('linux', { XDG_DATA_HOME: '/data' }, false)).toBe('/data/regional-ops-hub/postgres');
    expect(hubPostgresDir('darwin', {}, false)).toBe(`${os.homedir()}/Library/Application Support/regional-ops-hub/postgres`);
    expect(hubPostgresDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, false)).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\regional-ops-hub\\postgres',
    );
  });

  it('is under /var/lib for root, whose home the user postgres cannot enter, unless XDG_DATA_HOME says otherwise', () => {
    expect(hubPostgresDir('linux', {}, true)).toBe('/var/lib/regional-ops-hub/postgres');
    expect(hubPostgresDir('linux', { XDG_DATA_HOME: '/srv/data' }, true)).toBe('/srv/data/regional-ops-hub/postgres');
  });
});
