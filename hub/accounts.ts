// People and their region grants on the hub. Tokens are in hub/tokens.ts; the admin CLI in hub/admin/.
import { REGION_CODES, type RegionCode, type Role } from '../shared/domain';
import type { HubPerson } from '../shared/hub-protocol';
import type { Client, Pool } from './db/pool';
import { forgetDeletions, recordDeletions } from './tombstones';
import { withWriteTransaction } from './write-transaction';

export const PERSON_COLUMNS = `p.id, p.name, p.email, p.role,
  coalesce(array_agg(pr.region ORDER BY pr.region) FILTER (WHERE pr.region IS NOT NULL), '{}') AS regions`;
export const PERSON_FROM = 'people p LEFT JOIN people_regions pr ON pr.person_id = p.id';

export interface PersonRow {
  id: number;
  name: string;
  email: string;
  role: Role;
  regions: RegionCode[];
}

/** A person the request names does not exist: the server answers 404. */
export class UnknownPersonError extends Error {
  constructor(readonly personId: number) {
    super(`There is no person #${personId}`);
  }
}

export async function personById(db: Pool | Client, personId: number): Promise<HubPerson | null> {
  const { rows } = await db.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM ${PERSON_FROM} WHERE p.id = $1 GROUP BY p.id`, [personId]);
  return rows[0] ?? null;
}

export async function listPeople(db: Pool | Client): Promise<HubPerson[]> {
  const { rows } = await db.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM ${PERSON_FROM} GROUP BY p.id ORDER BY p.id`);
  return rows;
}

/** Replaces a person's region grants; consoles drop a lost region's rows at their next pull. */
export async function setGrants(pool: Pool, personId: number, regions: readonly RegionCode[]): Promise<HubPerson> {
  const wanted = [...new Set(regions)].filter((region) => (REGION_CODES as readonly string[]).includes(region));
  return withWriteTransaction(pool, async (client, seq) => {
    const current = await personById(client, personId);
    if (!current) throw new UnknownPersonError(personId);
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
