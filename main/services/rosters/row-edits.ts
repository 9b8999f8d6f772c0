// One way to change roster rows: check each is in the person's regions, write the fields that change, and queue
// the edit (made against the values shown) for the hub. Runs inside the caller's transaction.
import type { Person, RegionCode } from '../../../shared/domain';
import type { RowFields, RowValue } from '../../../shared/rosters-mutations';
import type { RostersTableName } from '../../../shared/tables/rosters-tables';
import type { Db } from '../../db/open';
import { all, run } from '../../db/statement-cache';
import { ServiceError } from '../kit';
import { recordChange } from './roster-events';
import { queueUpdate } from './roster-outbox';

const WHAT: Partial<Record<RostersTableName, string>> = { kols: 'KOL', campaigns: 'Campaign', communities: 'Community', kol_contracts: 'Contract' };
export const rowName = (table: RostersTableName, id: number) => `${WHAT[table] ?? table} #${id}`;

type Row = Record<string, RowValue> & { id: number; region: RegionCode };

/** The rows by id, each in a region the person is granted; `field` names the input for errors. */
export function loadRows(db: Db, table: RostersTableName, ids: readonly number[], person: Person, field: string): Map<number, Row> {
  const rows = all<Row>(db, `SELECT t.* FROM json_each(?) AS w CROSS JOIN ${table} t ON t.id = w.value`, [JSON.stringify(ids)]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const missing = ids.find((id) => !byId.has(id));
  if (missing !== undefined) throw new ServiceError('not_found', `${rowName(table, missing)} does not exist`, field);
  const outside = rows.find((row) => !person.regions.includes(row.region));
  if (outside) throw new ServiceError('forbidden', `${rowName(table, outside.id)} is in ${outside.region}, which you are not granted`, field);
  return byId;
}

/** Writes the fields of `set` that differ from the row, in the audit trail too; returns whether anything changed. */
export function editRow(db: Db, table: RostersTableName, row: Row, set: RowFields, person: Person, now: number): boolean {
  const changed: RowFields = {};
  const base: RowFields = {};
  for (const [field, wanted] of Object.entries(set)) {
    const shown = row[field] ?? null;
    // A field already at the wanted value is no edit, and must not conflict with anyone else's.
    if (shown === wanted) continue;
    changed[field] = wanted;
    base[field] = shown;
  }
  const fields = Object.keys(changed);
  if (fields.length === 0) return false;
  const stamp = 'updated_at' in row ? ', updated_at = ?' : '';
  run(db, `UPDATE ${table} SET ${fields.map((f) => `"${f}" = ?`).join(', ')}${stamp} WHERE id = ?`, [
    ...fields.map((f) => changed[f] ?? null),
    ...(stamp ? [now] : []),
    row.id,
  ]);
  queueUpdate(db, table, row.id, changed, base, now);
  recordChange(db, table, row, { before: base, after: changed }, person, now);
  return true;
}
