import { statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../shared/sync';
import { createCore, type Core } from '../../core/core';
import { fixtureDb, tempDbFile } from '../../test-support/fixture-db';
import { fileTokenVault, relayTokenVault, type TokenVault } from './token-vault';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function statusWith(vault: (file: string) => TokenVault): SyncStatus {
  const fixture = fixtureDb();
  fixture.db.close();
  const { file, cleanup } = fixture;
  const core: Core = createCore({ dbPath: file, log: () => {}, tokenVault: vault(file) });
  cleanups.push(() => {
    core.close();
    cleanup();
  });
  const answer = core.dispatcher.dispatch('sync.status', {});
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as SyncStatus;
}

describe('where the hub token is kept', () => {
  it('says in the sync status when the token is kept for this session only', () => {
    expect(statusWith(() => relayTokenVault(null, () => {}, true)).tokenSessionOnly).toBe(true);
    expect(statusWith(() => relayTokenVault(null, () => {})).tokenSessionOnly).toBe(false);
    expect(statusWith((file) => fileTokenVault(`${file}.hub-token`)).tokenSessionOnly).toBe(false);
  });

  it('writes the browser host token file readable by its owner only', () => {
    const { file, cleanup } = tempDbFile();
    cleanups.push(cleanup);
    const vault = fileTokenVault(`${file}.hub-token`);
    vault.save('demo-token-123');
    expect(statSync(`${file}.hub-token`).mode & 0o777).toBe(0o600);
    expect(vault.load()).toBe('demo-token-123');
  });
});
