// The rosters' mutations on the hub (hub/PROTOCOL.md, "Push"): new rows and field edits, each within the person's
// granted regions, and only from an operator; a manager's or an admin's only roster write is approving a contract
// over its region's fee limit (shared/rosters.ts). A row another region holds is answered as one that does not
// exist. Every row a mutation names is stamped with the transaction's seq whatever the answer, so the console pulls
// the hub's version of it next.
import type { HubPerson, MutationResult } from '../shared/hub-protocol';
import { APPROVED_CONTRACT_STATUSES, CONTRACT_FEE_LIMITS_USD, mayApproveContracts, IMPORTED_FIELD, mayEditRosters, overFeeLimit, rosterReadOnlyReason } from '../shared/rosters';
import { FIXED_COLUMNS, rostersTable, type RostersMutation, type RowConflict, type RowFields, type RowValue } from '../shared/rosters-mutations';
import type { TableSpec } from '../shared/table-registry';
import type { Client } from './db/pool';

type Insert = Extract<RostersMutation, { name: 'rosters.insert' }>;
type Update = Extract<RostersMutation, { name: 'rosters.update' }>;

const quote = (name: string) => `"${name}"`;
const names = (table: TableSpec) => table.columns.map((c) => c.name);
const keyOf = (table: TableSpec) => table.key[0] as string;

/** A unique key refused the row (a handle or code taken): named in words a person can act on. */
function duplicateReason(table: TableSpec, error: unknown): string | null {
  if ((error as { code?: string }).code !== '23505') return null;
  const constraint = (error as { constraint?: string }).constraint ?? '';
  const what: Record<string, string> = {
    kols_platform_handle: 'a KOL with this handle on this platform already exists',
    promo_codes_code: 'this promo code (in any case) already exists in its region',
    kol_posts_url: 'a post with this address already exists',
    communities_platform_name: 'a community of this name on this platform already exists in its region',
    community_members_handle: 'this handle is already a member of the community',
    community_snapshots_week: "this community's week already has a snapshot",
  };
  return `${table.name}: ${what[constraint] ?? 'a row with this key already exists'}`;
}

/** Runs `write` inside a savepoint: a refused statement undoes only this mutation, and the batch goes on. */
async function inSavepoint<T>(client: Client, write: () => Promise<T>): Promise<T> {
  await client.query('SAVEPOINT rosters_mutation');
  try {
    const result = await write();
    await client.query('RELEASE SAVEPOINT rosters_mutation');
    return result;
  } catch (error) {
    await client.query('ROLLBACK TO SAVEPOINT rosters_mutation');
    throw error;
  }
}

/** A contract over its region's fee limit becomes approved or signed only through a manager or an admin. */
function unapprovedOverLimit(person: HubPerson, contract: { id: unknown; region: unknown; fee_usd: unknown; status: unknown }): string | null {
  const region = contract.region as keyof typeof CONTRACT_FEE_LIMITS_USD;
  if (mayApproveContracts(person.role) || !(APPROVED_CONTRACT_STATUSES as readonly unknown[]).includes(contract.status)) return null;
  if (!overFeeLimit(region, Number(contract.fee_usd))) return null;
  return `Contract #${String(contract.id)}: a fee of $${String(contract.fee_usd)} is over ${region}'s limit of $${CONTRACT_FEE_LIMITS_USD[region]}: a manager approves it`;
}

/** The fields a manager's approval sets (main/services/rosters/contract-service.ts `approveContract`). */
const APPROVAL_FIELDS = new Set(['status', 'approved_by']);

/** A contract awaiting approval made approved by an approver, and nothing else. */
function isApproval(person: HubPerson, m: Update, current: Record<string, RowValue>): boolean {
  return (
    mayApproveContracts(person.role) &&
    m.args.table === 'kol_contracts' &&
    current.status === 'awaiting_approval' &&
    m.args.set.status === 'approved' &&
    Object.keys(m.args.set).every((field) => APPROVAL_FIELDS.has(field))
  );
}

/** The audit events of an approval: about a contract's status or approver, by an approver. */
function isApprovalEvents(person: HubPerson, m: Insert, columnNames: readonly string[]): boolean {
  const [tblAt, fieldAt] = [columnNames.indexOf('tbl'), columnNames.indexOf('field')];
  return mayApproveContracts(person.role) && m.args.table === 'roster_events' && m.args.rows.every((row) => row[tblAt] === 'kol_contracts' && APPROVAL_FIELDS.has(String(row[fieldAt])));
}

async function applyInsert(client: Client, seq: number, m: Insert, person: HubPerson): Promise<MutationResult> {
  const table = rostersTable(m.args.table);
  const columnNames = names(table);
  const regionAt = columnNames.indexOf('region');
  const outside = m.args.rows.find((row) => !person.regions.includes(row[regionAt] as HubPerson['regions'][number]));
  if (outside) return { id: m.id, status: 'rejected', reason: `${table.name}: region ${String(outside[regionAt])} is not one you are granted` };
  if (!mayEditRosters(person.role) && !isApprovalEvents(person, m, columnNames)) return { id: m.id, status: 'rejected', reason: `${table.name}: ${rosterReadOnlyReason(person.role)}` };
  // An audit event says who made the change: only the person pushing it, or no one for a command-line import.
  if (table.name === 'roster_events') {
    const [actorAt, fieldAt] = [columnNames.indexOf('actor_id'), columnNames.indexOf('field')];
    const forged = m.args.rows.find((row) => row[actorAt] !== person.id && !(row[actorAt] === null && row[fieldAt] === IMPORTED_FIELD));
    if (forged) return { id: m.id, status: 'rejected', reason: `roster_events: an event of person #${String(forged[actorAt])} pushed by #${person.id}` };
  }
  if (table.name === 'kol_contracts') {
    for (const row of m.args.rows) {
      const contract = Object.fromEntries(columnNames.map((name, i) => [name, row[i]]));
      const refusal = unapprovedOverLimit(person, contract as never);
      if (refusal) return { id: m.id, status: 'rejected', reason: refusal };
    }
  }
  const columns = columnNames.map(quote).join(', ');
  const updates = columnNames.filter((name) => name !== keyOf(table)).map((name) => `${quote(name)} = excluded.${quote(name)}`);
  try {
    await inSavepoint(client, () =>
      client.query(
        // A row already there in a granted region takes the values sent (a re-import, or a retried batch); one in another region is left alone.
        `INSERT INTO ${table.name} (${columns}, seq)
         SELECT ${columns}, $2 FROM json_populate_recordset(null::${table.name}, $1)
         ON CONFLICT (${quote(keyOf(table))}) DO UPDATE SET ${updates.join(', ')}, seq = excluded.seq
         WHERE ${table.name}.region = ANY($3::text[])`,
        [JSON.stringify(m.args.rows.map((row) => Object.fromEntries(columnNames.map((name, i) => [name, row[i]])))), seq, person.regions],
      ),
    );
  } catch (error) {
    const reason = duplicateReason(table, error);
    if (reason === null) throw error;
    return { id: m.id, status: 'rejected', reason };
  }
  return { id: m.id, status: 'applied' };
}

async function applyUpdate(client: Client, seq: number, m: Update, person: HubPerson, at: number): Promise<MutationResult> {
  const table = rostersTable(m.args.table);
  const key = quote(keyOf(table));
  const { rows } = await client.query<{ row: Record<string, RowValue> }>(
    `SELECT row_to_json(t) AS row FROM ${table.name} t WHERE ${key} = $1 AND region = ANY($2::text[]) FOR UPDATE`,
    [m.args.rowId, person.regions],
  );
  const current = rows[0]?.row;
  if (!current) return { id: m.id, status: 'rejected', reason: `${table.name} #${m.args.rowId} was not found in the regions you are granted` };
  if (!mayEditRosters(person.role) && !isApproval(person, m, current)) {
    await client.query(`UPDATE ${table.name} SET seq = $2 WHERE ${key} = $1`, [m.args.rowId, seq]);
    return { id: m.id, status: 'rejected', reason: `${table.name} #${m.args.rowId}: ${rosterReadOnlyReason(person.role)}` };
  }
  // Only an edit that could approve it (its status, fee or approver) is checked.
  if (table.name === 'kol_contracts' && ['status', 'fee_usd', 'approved_by'].some((field) => field in m.args.set)) {
    const refusal = unapprovedOverLimit(person, { ...current, ...m.args.set } as never);
    if (refusal) {
      await client.query(`UPDATE ${table.name} SET seq = $2 WHERE ${key} = $1`, [m.args.rowId, seq]);
      return { id: m.id, status: 'rejected', reason: refusal };
    }
  }
  const conflicts: RowConflict[] = [];
  const apply: RowFields = {};
  for (const [field, wanted] of Object.entries(m.args.set)) {
    if (FIXED_COLUMNS.has(field)) continue;
    const hub = current[field] ?? null;
    const base = m.base[field] ?? null;
    // Someone else changed it since the person saw it, to something else than this edit wants.
    if (hub !== base && hub !== wanted) conflicts.push({ table: m.args.table, rowId: m.args.rowId, field, base, local: wanted, hub });
    else apply[field] = wanted;
  }
  // When a row last changed is the hub's to say: the time of the edit it applied, moved to the hub's clock.
  if (names(table).includes('updated_at') && Object.keys(apply).length > 0) apply.updated_at = at;
  const fields = Object.keys(apply);
  try {
    await inSavepoint(client, () =>
      client.query(
        `UPDATE ${table.name} SET ${[...fields.map((name, i) => `${quote(name)} = $${i + 3}`), 'seq = $2'].join(', ')} WHERE ${key} = $1`,
        [m.args.rowId, seq, ...fields.map((name) => apply[name])],
      ),
    );
  } catch (error) {
    const reason = duplicateReason(table, error);
    if (reason === null) throw error;
    await client.query(`UPDATE ${table.name} SET seq = $2 WHERE ${key} = $1`, [m.args.rowId, seq]);
    return { id: m.id, status: 'rejected', reason };
  }
  return conflicts.length > 0 ? { id: m.id, status: 'conflict', conflicts } : { id: m.id, status: 'applied' };
}

/** `at` is the edit's time on the hub's clock. */
export function applyRostersMutation(client: Client, seq: number, m: RostersMutation, person: HubPerson, at: number): Promise<MutationResult> {
  return m.name === 'rosters.insert' ? applyInsert(client, seq, m, person) : applyUpdate(client, seq, m, person, at);
}
