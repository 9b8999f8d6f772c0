// People's bearer tokens (stored as SHA-256 hashes) and region grants.
import { createHash } from 'node:crypto';
import { REGION_CODES, type RegionCode, type Role } from '../shared/domain';
import type { HubPerson } from '../shared/hub-protocol';
import type { Client, Pool } from './db/pool';
import { forgetDeletions, recordDeletions } from './tombstones';
import { withWriteTransaction } from './write-transaction';

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const PERSON_SQL = `
  SELECT p.id, p.name, p.email, p.role,
         coalesce(array_agg(pr.region ORDER BY pr.region) FILTER (WHERE pr.region IS NOT NULL), '{}') AS regions
  FROM people p LEFT JOIN people_regions pr ON pr.person_id = p.id`;

interface PersonRow {
  id: number;
  name: string;
  email: string;
  role: Role;
  regions: RegionCode[];
}

export async function personById(db: Pool | Client, personId: number): Promise<HubPerson | null> {
  const { rows } = await db.query<PersonRow>(`${PERSON_SQL} WHERE p.id = $1 GROUP BY p.id`, [personId]);
  return rows[0] ?? null;
}

/** The person a bearer token belongs to, or null. */
export async function authenticate(pool: Pool, token: string): Promise<HubPerson | null> {
  if (token.length < 8 || token.length > 512) return null;
  const { rows } = await pool.query<PersonRow>(
    `${PERSON_SQL} JOIN hub_tokens t ON t.person_id = p.id WHERE t.token_hash = $1 GROUP BY p.id`,
    [hashToken(token)],
  );
  return rows[0] ?? null;
}

export async function issueToken(pool: Pool, personId: number, token: string, label: string): Promise<void> {
  await pool.query(
    `INSERT INTO hub_tokens (token_hash, person_id, label, created_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (token_hash) DO UPDATE SET person_id = excluded.person_id, label = excluded.label`,
    [hashToken(token), personId, label, Date.now()],
  );
}

/** The demo token of a demo person: documented in the README, printed by `npm run hub:seed`. */
export function demoToken(person: { id: number; name: string }): string {
  const first = (person.name.split(' ')[0] ?? 'person').normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
  return `demo-${first}-${person.id}`;
}

/** Replaces a person's region grants; consoles drop a lost region's rows at their next pull. */
export async function setGrants(pool: Pool, personId: number, regions: readonly RegionCode[]): Promise<HubPerson> {
  const wanted = [...new Set(regions)].filter((region) => (REGION_CODES as readonly string[]).includes(region));
  return withWriteTransaction(pool, async (client, seq) => {
    const current = await personById(client, personId);
    if (!current) throw new Error(`There is no person #${personId}`);
    const removed = current.regions.filter((region) => !wanted.includes(region));
    const added = wanted.filter((region) => !current.regions.includes(region));
    if (removed.length > 0) {
      await client.query('DELETE FROM people_regions WHERE person_id = $1 AND region = ANY($2)', [personId, removed]);
      await recordDeletions(client, 'people_regions', removed.map((region) => [personId, region]), null, seq);
    }
    if (added.length > 0) {
      await client.query('INSERT INTO people_regions (person_id, region, seq) SELECT $1, unnest($2::text[]), $3', [personId, added, seq]);
      await forgetDeletions(client, 'people_regions', added.map((region) => [personId, region]));
    }
    return { ...current, regions: [...wanted].sort() };
  });
}
