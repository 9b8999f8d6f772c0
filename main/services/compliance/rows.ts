// Every compliance write goes through here: the row is stored whole and queued for the hub in the caller's
// transaction, so an edit and its mutation are saved together or not at all.
import { TABLE_BY_NAME, type Table } from '../../../shared/table-registry';
import type { ComplianceTableName } from '../../../shared/tables/compliance-tables';
import type { Db } from '../../db/open';
import { run, type SqlValue } from '../../db/statement-cache';
import { enqueueCompliancePut, enqueueComplianceUnlink } from '../sync/outbox';

const UPSERTS = new Map<string, string>();

function upsertSql(table: Table): string {
  let sql = UPSERTS.get(table.name);
  if (sql) return sql;
  const columns = table.columns.map((column) => `"${column.name}"`);
  const updates = table.columns.filter((column) => !table.key.includes(column.name)).map((column) => `"${column.name}" = excluded."${column.name}"`);
  sql = `INSERT INTO ${table.name} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
         ON CONFLICT (${table.key.map((key) => `"${key}"`).join(', ')}) DO UPDATE SET ${updates.join(', ')}`;
  UPSERTS.set(table.name, sql);
  return sql;
}

/** Stores a row (columns missing from `values` are empty) and queues it for the hub. */
export function putRow(db: Db, name: ComplianceTableName, values: Record<string, SqlValue | undefined>, at: number): void {
  const table = TABLE_BY_NAME.get(name) as Table;
  const row = table.columns.map((column) => values[column.name] ?? null);
  run(db, upsertSql(table), row);
  enqueueCompliancePut(db, name, row, at);
}

export function deleteLink(db: Db, resultId: string, evidenceId: string, at: number): boolean {
  const removed = run(db, 'DELETE FROM compliance_evidence_links WHERE result_id = ? AND evidence_id = ?', [resultId, evidenceId]).changes > 0;
  if (removed) enqueueComplianceUnlink(db, resultId, evidenceId, at);
  return removed;
}
