// `person add|grant|revoke`: people and their region grants, written as any hub change is (a number in the change
// sequence), so consoles learn of them at their next pull.
import { UsageError } from '../../main/cli/flags';
import type { HubPerson } from '../../shared/hub-protocol';
import { personById, setGrants } from '../accounts';
import type { Pool } from '../db/pool';
import { withSerialWriteTransaction } from '../write-transaction';
import { parseRegions, parseRole, required, resolvePerson, type AdminValues } from './arguments';

export const describePerson = (person: HubPerson): string =>
  `#${person.id} ${person.name} <${person.email}> (${person.role}; ${person.regions.length > 0 ? person.regions.join(', ') : 'no regions'})`;

export async function addPerson(pool: Pool, values: AdminValues): Promise<string[]> {
  const name = required(values, 'name');
  const email = required(values, 'email');
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new UsageError(`--email "${email}" is not an email address`);
  const role = parseRole(required(values, 'role'));
  const regions = values.regions === undefined ? [] : parseRegions(values.regions);
  const { rows: taken } = await pool.query<{ id: number }>('SELECT id FROM people WHERE lower(email) = lower($1)', [email]);
  if (taken[0]) throw new UsageError(`--email "${email}" already belongs to person #${taken[0].id}`);
  const id = await withSerialWriteTransaction(pool, async (client, seq) => {
    // Serialised by the change sequence's lock, so two admins adding at once take different ids.
    const { rows } = await client.query<{ id: number }>(
      'INSERT INTO people (id, name, email, role, seq) SELECT coalesce(max(id), 0) + 1, $1, $2, $3, $4 FROM people RETURNING id',
      [name, email, role, seq],
    );
    const added = rows[0]?.id as number;
    await client.query('INSERT INTO people_regions (person_id, region, seq) SELECT $1, unnest($2::text[]), $3', [added, regions, seq]);
    return added;
  });
  return [`Added ${describePerson((await personById(pool, id)) as HubPerson)}. Issue a token with: token issue --person ${id}`];
}

/** `grant` adds the regions to the person's grants, `revoke` takes them away. */
export async function changeGrants(pool: Pool, values: AdminValues, change: 'grant' | 'revoke'): Promise<string[]> {
  const personId = await resolvePerson(pool, required(values, 'person'));
  const regions = parseRegions(required(values, 'regions'));
  const current = (await personById(pool, personId)) as HubPerson;
  const wanted = change === 'grant' ? [...current.regions, ...regions] : current.regions.filter((region) => !regions.includes(region));
  return [`Now ${describePerson(await setGrants(pool, personId, wanted))}`];
}
