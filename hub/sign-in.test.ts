// Who may sign in to a hub: demo tokens only on a loopback hub seeded as a demo; refused tokens limited per address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../shared/loopback';
import { startHub } from './server';
import { seededHub, TOKENS, type HubFixture } from './test-support/hub-fixture';
import { issueToken, newToken } from './tokens';

let fixture: HubFixture;
beforeAll(async () => {
  fixture = await seededHub('hub_sign_in', 20);
}, 60_000);
afterAll(async () => fixture?.cleanup());

const me = (url: string, token: string) => fetch(`${url}/v1/me`, { headers: { authorization: `Bearer ${token}` } });

describe('signing in to the hub', () => {
  it('tells loopback addresses from the rest', () => {
    for (const host of ['127.0.0.1', '127.8.0.1', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1']) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.0.0.5', '192.168.1.2', 'hub.example.com', '128.0.0.1']) expect(isLoopbackHost(host), host).toBe(false);
  });

  it('takes demo tokens on a loopback demo hub only', async () => {
    expect((await me(fixture.hub.url, TOKENS.ana)).status).toBe(200);
    const issued = newToken();
    await issueToken(fixture.pool, 1, issued, { label: 'test', kind: 'issued', expiresAt: Date.now() + 60_000, now: Date.now() });

    // Listening on every address: other machines could type the README's tokens.
    const open = await startHub({ databaseUrl: fixture.database.url, host: '0.0.0.0' });
    try {
      expect((await me(open.url, TOKENS.ana)).status).toBe(401);
      expect((await me(open.url, issued)).status).toBe(200);
    } finally {
      await open.close();
    }

    // On loopback, but the database was not seeded as a demo.
    await fixture.pool.query('UPDATE hub_state SET demo = false');
    try {
      expect((await me(fixture.hub.url, TOKENS.ana)).status).toBe(401);
      expect((await me(fixture.hub.url, issued)).status).toBe(200);
    } finally {
      await fixture.pool.query('UPDATE hub_state SET demo = true');
    }
  });

  it('answers 429 with Retry-After after ten refused tokens in a minute, and never counts good ones', async () => {
    const hub = await startHub({ databaseUrl: fixture.database.url });
    try {
      for (let i = 0; i < 30; i++) expect((await me(hub.url, TOKENS.ana)).status).toBe(200);
      for (let i = 0; i < 10; i++) expect((await me(hub.url, `wrong-token-${i}`)).status).toBe(401);
      const limited = await me(hub.url, 'wrong-token-11');
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      expect(await limited.json()).toMatchObject({ error: { code: 'too_many_failures' } });
      // The address is held off whatever it sends, so it cannot go on guessing.
      expect((await me(hub.url, TOKENS.ana)).status).toBe(429);
      // Another hub process counts its own addresses: this one was never refused.
      expect((await me(fixture.hub.url, TOKENS.ana)).status).toBe(200);
    } finally {
      await hub.close();
    }
  });
});
