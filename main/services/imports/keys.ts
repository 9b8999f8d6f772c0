// The row each source id became, and whether what the source says of it changed since the last import.
import { createHash } from 'node:crypto';
import type { Db } from '../../db/open';
import { get, run, value } from '../../db/statement-cache';

export type KeyEntity = 'person' | 'order' | 'review';

export interface KeyedRow {
  id: number;
  /** New to this console, changed since the last import, or as it was. */
  change: 'inserted' | 'updated' | 'unchanged';
}

export function contentHash(content: unknown): string {
  return createHash('sha1').update(JSON.stringify(content)).digest('base64url');
}

const FIND_SQL = 'SELECT local_id, content FROM import_keys WHERE source = ? AND entity = ? AND source_key = ?';
const SAVE_SQL = `
  INSERT INTO import_keys (source, entity, source_key, local_id, content) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (source, entity, source_key) DO UPDATE SET content = excluded.content`;

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

/** Looks the source id up and records the content now seen; says what the caller must write. */
export function keyRow(db: Db, source: string, entity: KeyEntity, sourceKey: string, content: string, ids: IdAllocator): KeyedRow {
  const known = get<{ local_id: number; content: string }>(db, FIND_SQL, [source, entity, sourceKey]);
  if (known && known.content === content) return { id: known.local_id, change: 'unchanged' };
  const id = known?.local_id ?? ids.take();
  run(db, SAVE_SQL, [source, entity, sourceKey, id, content]);
  return { id, change: known ? 'updated' : 'inserted' };
}

export function localId(db: Db, source: string, entity: KeyEntity, sourceKey: string): number | undefined {
  return get<{ local_id: number }>(db, FIND_SQL, [source, entity, sourceKey])?.local_id;
}
