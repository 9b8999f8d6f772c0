// The row each source id became, and whether what the source says of it changed since the last import.
import { hash } from 'node:crypto';
import type { Db } from '../../db/open';
import { all, value, type SqlValue } from '../../db/statement-cache';
import { insertMany } from '../../db/insert-many';

export type KeyEntity = 'person' | 'order' | 'review';

export interface KeyedRow {
  id: number;
  /** New to this console, changed since the last import, or as it was. */
  change: 'inserted' | 'updated' | 'unchanged';
}

/** One-shot: a Hash object per row was a measurable part of writing a million rows. The same bytes as before. */
export function contentHash(content: unknown): string {
  return hash('sha1', JSON.stringify(content), 'base64url');
}

const FIND_SQL = `
  SELECT source_key, local_id, content FROM import_keys
  WHERE source = ? AND entity = ? AND source_key IN (SELECT value FROM json_each(?))`;
const SAVE_INTO = 'INSERT INTO import_keys (source, entity, source_key, local_id, content)';
const SAVE_CONFLICT = 'ON CONFLICT (source, entity, source_key) DO UPDATE SET content = excluded.content';

export type KeyedTable = 'customers' | 'orders' | 'feedback';

/** Allocates ids after the table's highest (and after `after`, a store's this one writes for), one at a time. */
export class IdAllocator {
  private next: number | null = null;
  constructor(
    private readonly db: Db,
    private readonly table: KeyedTable,
    private readonly after = 0,
  ) {}

  take(): number {
    this.next ??= Math.max(value<number>(this.db, `SELECT coalesce(max(id), 0) FROM ${this.table}`) ?? 0, this.after) + 1;
    return this.next++;
  }
}

/**
 * Looks a batch's source ids up at once and records the content now seen of each (`content`, a contentHash);
 * says, in the batch's order, what the caller must write. New ids are taken in that order.
 */
export function keyRows(db: Db, source: string, entity: KeyEntity, batch: readonly { key: string; content: string }[], ids: IdAllocator): KeyedRow[] {
  const known = new Map<string, { local_id: number; content: string }>();
  const found = all<{ source_key: string; local_id: number; content: string }>(db, FIND_SQL, [source, entity, JSON.stringify(batch.map((b) => b.key))]);
  for (const row of found) known.set(row.source_key, row);
  const saved: SqlValue[][] = [];
  const keyed = batch.map(({ key, content }): KeyedRow => {
    const held = known.get(key);
    if (held && held.content === content) return { id: held.local_id, change: 'unchanged' };
    const id = held?.local_id ?? ids.take();
    saved.push([source, entity, key, id, content]);
    return { id, change: held ? 'updated' : 'inserted' };
  });
  insertMany(db, SAVE_INTO, saved, SAVE_CONFLICT);
  return keyed;
}
