// The admin CLI's commands against a real hub database, and the tokens they issue used over real HTTP: shown once,
// stored as a hash, refused once expired or revoked (from the very next request), last use recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededHub, type HubFixture } from '../test-support/hub-fixture';
import { hashToken, TOKEN_PREFIX } from '../tokens';
import { runAdmin } from './run-admin';

let fixture: HubFixture;
beforeAll(async () => {
  fixture = await seededHub('hub_admin', 20);
}, 60_000);
afterAll(async () => fixture?.cleanup());

const admin = (line: string, now = Date.now()) => runAdmin(fixture.pool, line.match(/"[^"]*"|\S+/g)?.map((word) => word.replace(/^"|"$/g, '')) ?? [], now);

async function me(token: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${fixture.hub.url}/v1/me`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: await response.json() };
}

function issuedToken(lines: string[]): { id: number; token: string } {
  const id = Number(/^Token #(\d+)/.exec(lines[0] ?? '')?.[1]);
  const token = (lines[1] ?? '').trim();
  expect(token.startsWith(TOKEN_PREFIX)).toBe(true);
  return { id, token };
}

describe('npm run hub:admin', () => {
  it('adds a person with a role and regions, issues a token shown once and stored as a hash', async () => {
    const added = await admin('person add --name "Mina Park" --email mina.park@ops.example.com --role operator --regions SEA,ea');
    expect(added[0]).toMatch(/^Added #14 Mina Park <mina.park@ops.example.com> \(operator; EA, SEA\)/);
    const { id, token } = issuedToken(await admin('token issue --person mina.park@ops.example.com --label laptop'));
    expect(token.length).toBeGreaterThan(40);
    const { rows } = await fixture.pool.query('SELECT token_hash, label, kind, expires_at, created_at FROM hub_tokens WHERE id = $1', [id]);
    expect(rows[0]).toMatchObject({ token_hash: hashToken(token), label: 'laptop', kind: 'issued' });
    expect(JSON.stringify(rows)).not.toContain(token);
    // Ninety days by default.
    expect(rows[0].expires_at - rows[0].created_at).toBe(90 * 86_400_000);
    expect(await me(token)).toEqual({
      status: 200,
      body: { id: 14, name: 'Mina Park', email: 'mina.park@ops.example.com', role: 'operator', regions: ['EA', 'SEA'], dataSet: expect.any(String) },
    });
  });

  it('grants and revokes regions, which the next request sees', async () => {
    const { token } = issuedToken(await admin('token issue --person 14'));
    expect(await admin('person grant --person 14 --regions EU')).toEqual(['Now #14 Mina Park <mina.park@ops.example.com> (operator; EA, EU, SEA)']);
    expect((await me(token)).body).toMatchObject({ regions: ['EA', 'EU', 'SEA'] });
    await admin('person revoke --person 14 --regions SEA,EA');
    expect((await me(token)).body).toMatchObject({ regions: ['EU'] });
  });

  it('revokes a token from the next request, and every token of a person at once', async () => {
    const first = issuedToken(await admin('token issue --person 14'));
    const second = issuedToken(await admin('token issue --person 14'));
    expect((await me(first.token)).status).toBe(200);
    expect(await admin(`token revoke --token ${first.id}`)).toEqual([`Token #${first.id} is revoked: the hub refuses it from the next request.`]);
    expect(await me(first.token)).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
    expect((await me(second.token)).status).toBe(200);
    await admin('token revoke --person mina.park@ops.example.com');
    expect((await me(second.token)).status).toBe(401);
  });

  it('refuses a token once it has expired', async () => {
    // Issued two hours ago for one hour.
    const { token } = issuedToken(await admin('token issue --person 14 --expires-in 1h', Date.now() - 2 * 3_600_000));
    expect((await me(token)).status).toBe(401);
    const fresh = issuedToken(await admin('token issue --person 14 --expires-in 1h'));
    expect((await me(fresh.token)).status).toBe(200);
  });

  it('records a token\'s last use, at most once a minute', async () => {
    const { id, token } = issuedToken(await admin('token issue --person 14'));
    const lastUsed = async () => (await fixture.pool.query('SELECT last_used_at FROM hub_tokens WHERE id = $1', [id])).rows[0].last_used_at as number | null;
    expect(await lastUsed()).toBeNull();
    const before = Date.now();
    await me(token);
    const first = await lastUsed();
    expect(first).toBeGreaterThanOrEqual(before);
    await me(token);
    expect(await lastUsed()).toBe(first);
    // A minute on: the hub remembers the token (and when it wrote its use) until the token changes, so the rewind
    // also sets its expiry, which makes every hub read it again.
    await fixture.pool.query('UPDATE hub_tokens SET last_used_at = last_used_at - 61000, expires_at = expires_at WHERE id = $1', [id]);
    await me(token);
    expect(await lastUsed()).toBeGreaterThanOrEqual(before);
  });

  it('lists people, roles, regions and tokens, never a token itself', async () => {
    const lines = await admin('list');
    expect(lines[0]).toBe('Seeded as a demo: demo tokens work while the hub listens on loopback.');
    expect(lines).toContain('#13 Priya Nair <priya.nair@ops.example.com> (admin; EA, EU, LATAM, MENA, NA, SEA)');
    expect(lines.some((line) => /token #\d+ laptop \(issued\), made .*, revoked .*, last used /.test(line))).toBe(true);
    expect(lines.join('\n')).not.toContain(TOKEN_PREFIX);
  });

  it('refuses bad input naming the flag and the value', async () => {
    await expect(admin('person add --name X --email x@y --role boss')).rejects.toThrow('--role "boss" is not one of operator, support_lead, manager, admin');
    await expect(admin('person add --name X --email mina.park@ops.example.com --role operator')).rejects.toThrow('already belongs to person #14');
    await expect(admin('person grant --person 99 --regions EU')).rejects.toThrow('--person "99" names no one');
    await expect(admin('person grant --person 14 --regions MARS')).rejects.toThrow('--regions: "MARS" is not one of');
    await expect(admin('token issue --person 14 --expires-in soon')).rejects.toThrow('--expires-in "soon" is not a duration');
    await expect(admin('token revoke --token 99999')).rejects.toThrow('--token 99999 names no live token');
    await expect(admin('person delete --person 14')).rejects.toThrow('"person delete" is not a command');
  });
});
