// Incremental pages: the changes past a cursor, read in one REPEATABLE READ snapshot (hub/PROTOCOL.md, "Incremental").
import type { RegionCode } from '../shared/domain';
import { TABLES, type TableName } from '../shared/table-registry';
import type { Client } from './db/pool';
import { addTo, type PageParts } from './page-parts';
import { regionFilter, rowJson } from './table-sql';

interface SeqRow {
  seq: number;
  r: string;
}

/** What a page reads first, in its snapshot: the data set, the head, and which tables changed past the cursor. */
export interface PageState {
  epoch: string;
  horizon: number;
  head: number;
  /** Tables (and `hub_tombstones`) with a change past the cursor in its regions; null: not known, read them all. */
  changed: Set<string> | null;
}

export async function readPageState(client: Client, from: number, regions: readonly RegionCode[]): Promise<PageState> {
  const { rows } = await client.query<{ epoch: string; horizon: number; tracked: number; head: number; changed: string[] }>(
    `SELECT s.epoch, s.tombstone_horizon AS horizon, s.changes_tracked_from AS tracked, (SELECT seq FROM hub_sequence) AS head,
       (SELECT coalesce(array_agg(DISTINCT tbl), '{}') FROM hub_table_changes WHERE seq > $1 AND (region = '*' OR region = ANY($2::text[]))) AS changed
     FROM hub_state s`,
    [from, regions],
  );
  const state = rows[0];
  if (!state) throw new Error('The hub database has no state row: run its migrations');
  return { epoch: state.epoch, horizon: state.horizon, head: state.head, changed: from < state.tracked ? null : new Set(state.changed) };
}

/**
 * Changes past `from` up to `head`, ending on a transaction boundary; returns where the page ends. Only the tables in
 * `changed` are read (all of them when null): one feedback row changed costs one query, not one per table.
 */
export async function incrementalPage(client: Client, regions: readonly RegionCode[], from: number, head: number, parts: PageParts, pageRows: number, changed: Set<string> | null): Promise<number> {
  const sources: { table: TableName | null; rows: SeqRow[]; sql: string; params: unknown[] }[] = [];
  for (const table of TABLES) {
    if (changed && !changed.has(table.name)) continue;
    const params: unknown[] = [from, head, ...(table.scope === 'directory' ? [] : [regions])];
    const sql = `SELECT seq, ${rowJson(table)} AS r FROM ${table.name} WHERE seq > $1 AND seq <= $2 AND ${regionFilter(table, 3)}`;
    sources.push({ table: table.name, rows: [], sql, params });
  }
  if (!changed || changed.has('hub_tombstones')) sources.push({
    table: null,
    rows: [],
    sql: `SELECT seq, json_build_array(tbl, key)::text AS r FROM hub_tombstones
          WHERE seq > $1 AND seq <= $2 AND (region IS NULL OR region = ANY($3::text[]))`,
    params: [from, head, regions],
  });
  if (sources.length === 0) return head;
  let cutoff = head;
  let saturated = false;
  for (const source of sources) {
    source.rows = (await client.query<SeqRow>(`${source.sql} ORDER BY seq LIMIT ${pageRows + 1}`, source.params)).rows;
    const beyond = source.rows[pageRows];
    if (beyond) {
      saturated = true;
      cutoff = Math.min(cutoff, beyond.seq - 1);
    }
  }
  if (saturated && cutoff <= from) {
    // One transaction wrote more than a page: it goes whole.
    cutoff = Math.min(...sources.flatMap((source) => source.rows.slice(0, 1).map((row) => row.seq)));
    for (const source of sources) {
      if (source.rows.length > pageRows) {
        source.rows = (await client.query<SeqRow>(`${source.sql} ORDER BY seq`, [from, cutoff, ...source.params.slice(2)])).rows;
      }
    }
  }
  for (const source of sources) {
    const rows = source.rows.filter((row) => row.seq <= cutoff);
    if (source.table) {
      addTo(parts.upserts, source.table, rows.map((row) => row.r));
      continue;
    }
    for (const row of rows) {
      const [table, key] = JSON.parse(row.r) as [TableName, unknown[]];
      addTo(parts.deletes, table, [JSON.stringify(key)]);
    }
  }
  return cutoff;
}

