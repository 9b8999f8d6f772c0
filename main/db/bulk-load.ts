// Bulk loads without keeping derived structures current row by row. setAside() drops the secondary indexes of the
// tables about to be filled and the triggers that feed the search indexes and the metrics rollup from them,
// recording each object's SQL in bulk_set_aside in the same transaction as the drop; restoreSetAside() builds
// every recorded object again from the tables as they then are, in one transaction. A load may span many
// transactions (a snapshot streamed page by page): until the restore commits, bulk_set_aside says what is missing,
// and openDatabase() restores it before anything else: a crash mid-load costs a rebuild at the next start, never a
// console left without its indexes and triggers.
import type { Db } from './connection';
import { all, run, value } from './statement-cache';

interface Derived {
  /** The name prefix of the triggers that keep it current. */
  triggers: string;
  /** Empties it when its triggers go, so it never answers from rows that have changed or gone since. */
  clear: string;
  /** Builds it whole from the tables, once its triggers are back; none for a cache that fills on demand. */
  rebuild?: string;
}

const DERIVED: readonly Derived[] = [
  // The trigram index reads its text from feedback (external content): FTS5 rebuilds it from there.
  {
    triggers: 'feedback_fts_',
    clear: "INSERT INTO feedback_fts(feedback_fts) VALUES ('delete-all')",
    rebuild: "INSERT INTO feedback_fts(feedback_fts) VALUES ('rebuild')",
  },
  // Contentless (migration 004): its tokens come from text_bigrams() over feedback, which open.ts registers.
  {
    triggers: 'feedback_bigrams_',
    clear: "INSERT INTO feedback_bigrams(feedback_bigrams) VALUES ('delete-all')",
    rebuild: "INSERT INTO feedback_bigrams(rowid, bigrams) SELECT id, text_bigrams(text) FROM feedback WHERE text_bigrams(text) <> ''",
  },
  // The rosters' trigram index over KOL names and handles (external content, like feedback_fts).
  {
    triggers: 'kols_search_',
    clear: "INSERT INTO kols_search(kols_search) VALUES ('delete-all')",
    rebuild: "INSERT INTO kols_search(kols_search) VALUES ('rebuild')",
  },
  // These triggers only mark the weekly rollup stale (migration 002): unmarked, the rollup is forgotten whole and
  // computed afresh when a report asks for it (or when main/services/metrics warms it after the load).
  { triggers: 'metrics_', clear: 'DELETE FROM metrics_weekly; DELETE FROM metrics_coverage; DELETE FROM metrics_stale' },
];

interface SchemaObject {
  type: 'index' | 'trigger';
  name: string;
  sql: string;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

const derivedOf = (objects: readonly SchemaObject[]) =>
  DERIVED.filter((derived) => objects.some((o) => o.type === 'trigger' && o.name.startsWith(derived.triggers)));

/**
 * Sets aside the secondary indexes of `tables` and the triggers on them that feed a derived structure, which is
 * emptied meanwhile. Atomic (a savepoint inside the caller's transaction); what is already set aside stays so.
 */
export function setAside(db: Db, tables: readonly string[]): void {
  db.transaction(() => {
    const objects = all<SchemaObject>(
      db,
      `SELECT type, name, sql FROM sqlite_schema
        WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN (SELECT value FROM json_each(?))
        ORDER BY type, name`,
      [JSON.stringify(tables)],
    ).filter((o) => o.type === 'index' || DERIVED.some((derived) => o.name.startsWith(derived.triggers)));
    for (const object of objects) {
      run(db, 'INSERT INTO bulk_set_aside (name, type, sql) VALUES (?, ?, ?)', [object.name, object.type, object.sql]);
      db.exec(`DROP ${object.type.toUpperCase()} ${quote(object.name)}`);
    }
    for (const derived of derivedOf(objects)) db.exec(derived.clear);
  })();
}

/**
 * Builds again everything set aside: the indexes from the tables, then each derived structure, then its triggers
 * as they were. Atomic like setAside(); with nothing set aside, it does nothing.
 */
export function restoreSetAside(db: Db): void {
  db.transaction(() => {
    // The record's table comes with migration 005: a database not yet migrated that far has set nothing aside.
    if (value(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'bulk_set_aside'") === undefined) return;
    const objects = all<SchemaObject>(db, 'SELECT type, name, sql FROM bulk_set_aside ORDER BY type, name');
    if (objects.length === 0) return;
    for (const object of objects) if (object.type === 'index') db.exec(object.sql);
    for (const derived of derivedOf(objects)) {
      db.exec(derived.clear);
      if (derived.rebuild) db.exec(derived.rebuild);
    }
    for (const object of objects) if (object.type === 'trigger') db.exec(object.sql);
    db.exec('DELETE FROM bulk_set_aside');
  })();
}
