// The row each source id became, and whether what the source says of it changed since the last import.
import { hash } from 'node:crypto';
import type { Db } from '../../db/open';
import { run, tuples, value } from '../../db/statement-cache';
import type { Pause, Tally } from './tally';

export type KeyEntity = 'person' | 'order' | 'review';

/** New to this console, changed since the last import, or as it was. */
type Change = 'inserted' | 'updated' | 'unchanged';

/** One-shot: a Hash object per row was a measurable part of writing a million rows. The same bytes as before. */
export function contentHash(content: unknown): string {
  return hash('sha1', JSON.stringify(content), 'base64url');
}

const SAVE_INTO = 'INSERT INTO import_keys (source, entity, source_key, local_id, content)';
const SAVE_CONFLICT = 'ON CONFLICT (source, entity, source_key) DO UPDATE SET content = excluded.content';

export type KeyedTable = 'customers' | 'orders' | 'feedback';

/**
 * Allocates ids after the table's highest when it is made (and after `after`, a store's this one writes for), one
 * at a time. Made before the table is written, so take() reads nothing: it runs inside an UPDATE (keyPage).
 */
export class IdAllocator {
  private next: number;
  constructor(db: Db, table: KeyedTable, after = 0) {
    this.next = Math.max(value<number>(db, `SELECT coalesce(max(id), 0) FROM ${table}`) ?? 0, after) + 1;
  }

  take(): number {
    return this.next++;
  }
}

/** The allocator import_take_id() takes from: the one keyPage() is keying for, while it runs. */
let taking: IdAllocator | null = null;
const registered = new WeakSet<Db>();

/**
 * Registers, once per connection, what keyPage() needs: contentHash() in SQL, over its arguments as one array (a
 * page keyed in SQL hashes exactly what a row keyed in JS would), and import_take_id().
 */
export function registerKeyFunctions(db: Db): void {
  if (registered.has(db)) return;
  registered.add(db);
  db.function('content_hash', { deterministic: true, varargs: true }, (...values: unknown[]) => contentHash(values));
  db.function('import_take_id', { deterministic: false }, () => {
    if (taking === null) throw new Error('import_take_id() is for keyPage() only');
    return taking.take();
  });
}

/**
 * A page of rows to key, staged by the caller in `table` (a temp table with seq INTEGER PRIMARY KEY in the page's
 * order, "key", content, and id and change left null), so the rows never travel through JS.
 * Sets each row's id and change ('inserted', 'updated', 'unchanged'), new ids taken in seq order, records the
 * content now seen, and adds the page's changes to `tally`.
 */
export function keyPage(db: Db, table: string, source: string, entity: KeyEntity, ids: IdAllocator, tally: Tally): void {
  run(
    db,
    `UPDATE ${table} AS p SET id = k.local_id, change = CASE WHEN k.content = p.content THEN 'unchanged' ELSE 'updated' END
     FROM import_keys k WHERE k.source = ? AND k.entity = ? AND k.source_key = p."key"`,
    [source, entity],
  );
  // New ids in seq order: an UPDATE walks a rowid table in rowid order, and seq is its rowid.
  taking = ids;
  try {
    run(db, `UPDATE ${table} SET id = import_take_id(), change = 'inserted' WHERE id IS NULL`);
  } finally {
    taking = null;
  }
  run(db, `${SAVE_INTO} SELECT ?, ?, "key", id, content FROM ${table} WHERE change <> 'unchanged' ORDER BY "key" ${SAVE_CONFLICT}`, [source, entity]);
  for (const [change, count] of tuples<[Change, number]>(db, `SELECT change, count(*) FROM ${table} GROUP BY change`)) tally[change] += count;
}

/**
 * Writes page after page through a page table: `create` makes it and `drop` removes it however the run ends; `write`
 * is one page's transaction, given where the page before ended and saying where the next begins (null after the last).
 */
export async function writePages<After>(db: Db, table: { create: string; drop: string }, first: After, write: (after: After) => After | null, pause: Pause): Promise<void> {
  db.exec(table.create);
  try {
    for (let after: After | null = first; after !== null; ) {
      after = write(after);
      await pause();
    }
  } finally {
    db.exec(table.drop);
  }
}
