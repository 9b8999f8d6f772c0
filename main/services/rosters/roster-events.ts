// The rosters' audit trail: each change to a KOL or a contract leaves one event per field (and a new row one event,
// an imported KOL or post one naming its file), written in the change's own transaction and queued for the hub like
// the change, so the KOL pane of every console of the region shows who changed what, when, and what came from where.
import type { Person, RegionCode } from '../../../shared/domain';
import { IMPORTED_FIELD } from '../../../shared/rosters';
import type { KolAuditEvent } from '../../../shared/rosters-kols';
import type { RowFields, RowValue } from '../../../shared/rosters-mutations';
import type { RostersTableName } from '../../../shared/tables/rosters-tables';
import type { Db } from '../../db/open';
import { insertMany } from '../../db/insert-many';
import { all, type SqlValue } from '../../db/statement-cache';
import { newRowId } from './roster-ids';
import { queueInsert } from './roster-outbox';

/** The tables whose changes the KOL pane shows, and the column naming the row's KOL. */
const AUDITED: Partial<Record<RostersTableName, string>> = { kols: 'id', kol_contracts: 'kol_id', kol_posts: 'kol_id' };

const INSERT_EVENTS = 'INSERT INTO roster_events (id, region, tbl, row_id, kol_id, at, actor_id, field, before, after)';

const shown = (value: RowValue | undefined): string | null => (value === null || value === undefined ? null : String(value));

/** Records a change of `row` in `table` from `before` to `after`, field by field; `created` names a new row. */
export function recordChange(
  db: Db,
  table: RostersTableName,
  row: { id: number; region: RegionCode } & Record<string, RowValue>,
  change: { before: RowFields; after: RowFields } | { created: string },
  person: Person,
  now: number,
): void {
  const kolColumn = AUDITED[table];
  if (!kolColumn) return;
  const kolId = Number(row[kolColumn]);
  const fields: [string, string | null, string | null][] =
    'created' in change ? [['created', null, change.created]] : Object.keys(change.after).map((field) => [field, shown(change.before[field]), shown(change.after[field])]);
  const rows: SqlValue[][] = fields.map(([field, before, after]) => [newRowId(), row.region, table, row.id, kolId, now, person.id, field, before, after]);
  insertMany(db, INSERT_EVENTS, rows);
  queueInsert(db, 'roster_events', rows, now);
}

/**
 * Records rows an import wrote (in the registry's column order, `names`), one event each naming the file; `actorId` is
 * null for `npm run import`, which runs as the machine's user rather than a person.
 */
export function recordImport(db: Db, table: RostersTableName, names: readonly string[], rows: readonly SqlValue[][], fileName: string, actorId: number | null, now: number): void {
  const kolColumn = AUDITED[table];
  if (!kolColumn) return;
  const [idAt, regionAt, kolAt] = ['id', 'region', kolColumn].map((name) => names.indexOf(name)) as [number, number, number];
  const events: SqlValue[][] = rows.map((row) => [newRowId(), row[regionAt] ?? null, table, row[idAt] ?? null, row[kolAt] ?? null, now, actorId, IMPORTED_FIELD, null, fileName]);
  insertMany(db, INSERT_EVENTS, events);
  queueInsert(db, 'roster_events', events, now);
}

/** A KOL's latest changes and those of their contracts, newest first. */
export function kolAudit(db: Db, kolId: number): KolAuditEvent[] {
  return all<KolAuditEvent>(
    db,
    `SELECT e.id, e.tbl AS "table", e.row_id AS rowId, e.at, e.actor_id AS actorId, p.name AS actorName, e.field, e.before, e.after
     FROM roster_events e LEFT JOIN people p ON p.id = e.actor_id
     WHERE e.kol_id = ? ORDER BY e.at DESC, e.id DESC LIMIT 50`,
    [kolId],
  );
}
