// Stages each entity's records in temporary tables of this connection (SQLite keeps them in a file of their own,
// never in the database): a file of any length is read once, duplicates and references are checked in SQL, and
// nothing the console keeps changes until the records are known good.
import type { Db } from '../../db/open';
import { all, get, run, type SqlValue } from '../../db/statement-cache';
import { ENTITIES, type EntityName, type EntityRecord } from '../../ingest/entities';
import { clip, type EntityItem, type Reject } from '../../ingest/read-entity';

export const stageTable = (entity: EntityName) => `temp.stage_${entity}`;
const q = (name: string) => `"${name}"`;

function fieldsOf(entity: EntityName): string[] {
  return Object.keys(ENTITIES[entity].fields);
}

export function createStage(db: Db): void {
  for (const entity of Object.keys(ENTITIES) as EntityName[]) {
    const fields = fieldsOf(entity);
    db.exec(`DROP TABLE IF EXISTS ${stageTable(entity)}`);
    db.exec(
      `CREATE TEMP TABLE stage_${entity} (${fields.map(q).join(', ')}, _line INTEGER NOT NULL, ` +
        `PRIMARY KEY (${ENTITIES[entity].key.map(q).join(', ')}))`,
    );
  }
}

export function dropStage(db: Db): void {
  for (const entity of Object.keys(ENTITIES) as EntityName[]) db.exec(`DROP TABLE IF EXISTS ${stageTable(entity)}`);
}

const STAGE_BATCH = 5_000;
/** Records a staging statement inserts at once (at most 9 values each, far below SQLite's limit of bound values). */
const GROUP = 100;

export interface StageCounts {
  records: number;
  /** The same record again, word for word: harmless, counted once. */
  repeated: number;
}

/**
 * Stages an entity's records; a record with a problem, or whose key an earlier record holds with other content,
 * goes to `reject`.
 */
export async function stageEntity(
  db: Db,
  entity: EntityName,
  file: string,
  chunks: AsyncIterable<(EntityItem | Reject)[]>,
  reject: (r: Reject) => void,
  signal?: AbortSignal,
): Promise<StageCounts> {
  const fields = fieldsOf(entity);
  const key = ENTITIES[entity].key;
  const columns = `${stageTable(entity)} (${fields.map(q).join(', ')}, _line)`;
  const tuple = `(${[...fields, '_line'].map(() => '?').join(', ')})`;
  const insert = `INSERT INTO ${columns} VALUES ${tuple} ON CONFLICT DO NOTHING`;
  // Many records a statement: binding and stepping one statement per record is most of what staging costs.
  const insertGroup = `INSERT INTO ${columns} VALUES ${Array(GROUP).fill(tuple).join(', ')} ON CONFLICT DO NOTHING`;
  const existing = `SELECT ${fields.map(q).join(', ')}, _line FROM ${stageTable(entity)} WHERE ${key.map((k) => `${q(k)} = ?`).join(' AND ')}`;
  const counts: StageCounts = { records: 0, repeated: 0 };
  let batch: EntityItem[] = [];
  const valuesOf = (item: EntityItem, into: SqlValue[] = []) => {
    for (const f of fields) into.push(item.record[f] ?? null);
    into.push(item.line);
    return into;
  };
  /** A record not staged: the same again (harmless), or its key already held with other content. */
  const conflict = (item: EntityItem, first: EntityRecord & { _line: number }) => {
    if (fields.every((f) => first[f] === (item.record[f] ?? null))) {
      counts.repeated++;
      return;
    }
    const keyText = key.map((k) => item.record[k]).join(' / ');
    reject({
      file,
      line: item.line,
      column: key.join(', '),
      value: clip(keyText),
      reason: `${key.join(', ')} "${clip(keyText)}" is already on line ${first._line} with other content`,
      record: item.raw.map(clip),
    });
  };
  const held = (item: EntityItem) => get<EntityRecord & { _line: number }>(db, existing, key.map((k) => item.record[k] ?? null)) as EntityRecord & { _line: number };
  const flush = db.transaction((items: EntityItem[]) => {
    let at = 0;
    for (; at + GROUP <= items.length; at += GROUP) {
      const group = items.slice(at, at + GROUP);
      const values: SqlValue[] = [];
      for (const item of group) valuesOf(item, values);
      if (run(db, insertGroup, values).changes === GROUP) continue;
      // Some key was held already: the records whose line is not the one staged under their key are the conflicts.
      for (const item of group) {
        const first = held(item);
        if (first._line !== item.line) conflict(item, first);
      }
    }
    for (const item of items.slice(at)) {
      if (run(db, insert, valuesOf(item)).changes === 0) conflict(item, held(item));
    }
  });
  for await (const chunk of chunks) {
    counts.records += chunk.length;
    for (const item of chunk) {
      if ('reason' in item) reject(item);
      else batch.push(item);
    }
    if (batch.length >= STAGE_BATCH) {
      flush(batch);
      batch = [];
      signal?.throwIfAborted();
    }
  }
  flush(batch);
  return counts;
}

/**
 * Rejects staged records whose reference points nowhere: not to a staged record, nor to a row an earlier import
 * of the same source wrote (`entity` in import_keys). They leave the stage.
 */
export function rejectOrphans(
  db: Db,
  source: string,
  child: { entity: EntityName; field: string; column: string; file: string },
  parent: { entity: EntityName; keyEntity: string; file: string },
  reject: (r: Reject) => void,
): void {
  const childTable = stageTable(child.entity);
  const orphans = all<{ id: number; line: number; ref: string }>(
    db,
    `SELECT c.rowid AS id, c._line AS line, c.${q(child.field)} AS ref FROM ${childTable} c
     WHERE NOT EXISTS (SELECT 1 FROM ${stageTable(parent.entity)} p WHERE p."key" = c.${q(child.field)})
       AND NOT EXISTS (SELECT 1 FROM import_keys k WHERE k.source = ? AND k.entity = ? AND k.source_key = c.${q(child.field)})`,
    [source, parent.keyEntity],
  );
  const drop = db.transaction(() => {
    for (const orphan of orphans) {
      reject({
        file: child.file,
        line: orphan.line,
        column: child.column,
        value: orphan.ref,
        reason: `${child.column} "${orphan.ref}" is not in ${parent.file} nor in an earlier import`,
        record: null,
      });
      run(db, `DELETE FROM ${childTable} WHERE rowid = ?`, [orphan.id]);
    }
  });
  drop();
}
