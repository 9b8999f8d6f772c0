// POST /v1/pull: the next page of changes for one console (hub/PROTOCOL.md, "Pull").
import type { RegionCode } from '../shared/domain';
import type { HubPerson, PullResponse, RegionChecksum } from '../shared/hub-protocol';
import { CHECKSUM_MODULUS, CHECKSUM_TABLES, TABLES, VERSION_HASH_SQL, type Table, type TableName } from '../shared/table-registry';
import { inTransaction, type Client, type Pool } from './db/pool';
import { decodeCursor, encodeCursor, type Cursor, type SnapshotPosition } from './cursor';
import { keyAfter, keyColumns, regionFilter, rowJson } from './table-sql';
import type { ChangeWaiter } from './change-waiter';

/**
 * Rows in a page, unless the hub is started with another size. Snapshot pages are larger: a console
 * applies each in one transaction, and fewer, larger transactions rewrite its index pages less often.
 */
export const PAGE_ROWS = 5_000;
export const SNAPSHOT_PAGE_ROWS = 50_000;

interface PageParts {
  upserts: Map<TableName, string[]>;
  deletes: Map<TableName, string[]>;
}

interface Page {
  cursor: Cursor;
  more: boolean;
  reset: boolean;
  removedRegions: RegionCode[];
  lastMutationId: number | null;
  parts: PageParts;
  checksums: Partial<Record<RegionCode, RegionChecksum>> | null;
}

const emptyParts = (): PageParts => ({ upserts: new Map(), deletes: new Map() });

function push(map: Map<TableName, string[]>, table: TableName, items: string[]): void {
  if (items.length === 0) return;
  const list = map.get(table);
  if (list) list.push(...items);
  else map.set(table, items);
}

async function countSnapshotRows(client: Client, regions: RegionCode[], full: boolean): Promise<number> {
  let total = 0;
  for (const table of TABLES) {
    if (table.scope === 'directory' && !full) continue;
    const params = table.scope === 'directory' ? [] : [regions];
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::bigint AS n FROM ${table.name} WHERE ${regionFilter(table, 1)}`, params);
    total += rows[0]?.n ?? 0;
  }
  return total;
}

/** Streams the snapshot onward from its position, up to PAGE_ROWS rows. */
async function snapshotPage(client: Client, position: SnapshotPosition, parts: PageParts, pageRows: number): Promise<SnapshotPosition | null> {
  let budget = pageRows;
  let { table: index, after } = position;
  let sent = 0;
  while (index < TABLES.length && budget > 0) {
    const table = TABLES[index] as Table;
    if (table.scope === 'directory' && !position.full) {
      index++;
      continue;
    }
    const params: unknown[] = [];
    const where: string[] = [];
    if (table.scope !== 'directory') {
      params.push(position.regions);
      where.push(regionFilter(table, params.length));
    }
    if (after) {
      where.push(keyAfter(table, params.length + 1));
      params.push(...after);
    }
    // Directory tables are small: they go whole, whatever the budget.
    const limit = table.scope === 'directory' ? '' : `LIMIT ${budget}`;
    const { rows } = await client.query<{ r: string; k: string }>(
      `SELECT ${rowJson(table)} AS r, json_build_array(${keyColumns(table)})::text AS k FROM ${table.name}
       WHERE ${where.length > 0 ? where.join(' AND ') : 'true'} ORDER BY ${keyColumns(table)} ${limit}`,
      params,
    );
    push(parts.upserts, table.name, rows.map((row) => row.r));
    sent += rows.length;
    budget -= rows.length;
    if (table.scope !== 'directory' && budget === 0 && rows.length > 0) {
      after = JSON.parse((rows.at(-1) as { k: string }).k) as (string | number)[];
      break;
    }
    index++;
    after = null;
  }
  if (index >= TABLES.length) return null;
  return { ...position, table: index, after, rowsDone: position.rowsDone + sent };
}

interface SeqRow {
  seq: number;
  r: string;
}

/** Changes past `from` up to `head`, ending on a transaction boundary; returns where the page ends. */
async function incrementalPage(client: Client, regions: RegionCode[], from: number, head: number, parts: PageParts, pageRows: number): Promise<number> {
  const sources: { table: TableName | null; rows: SeqRow[]; sql: string; params: unknown[] }[] = [];
  for (const table of TABLES) {
    const params: unknown[] = [from, head, ...(table.scope === 'directory' ? [] : [regions])];
    const sql = `SELECT seq, ${rowJson(table)} AS r FROM ${table.name} WHERE seq > $1 AND seq <= $2 AND ${regionFilter(table, 3)}`;
    sources.push({ table: table.name, rows: [], sql, params });
  }
  sources.push({
    table: null,
    rows: [],
    sql: `SELECT seq, json_build_array(tbl, key)::text AS r FROM hub_tombstones
          WHERE seq > $1 AND seq <= $2 AND (region IS NULL OR region = ANY($3::text[]))`,
    params: [from, head, regions],
  });
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
      push(parts.upserts, source.table, rows.map((row) => row.r));
      continue;
    }
    for (const row of rows) {
      const [table, key] = JSON.parse(row.r) as [TableName, unknown[]];
      push(parts.deletes, table, [JSON.stringify(key)]);
    }
  }
  return cutoff;
}

async function checksums(client: Client, regions: RegionCode[]): Promise<Partial<Record<RegionCode, RegionChecksum>>> {
  const result: Partial<Record<RegionCode, RegionChecksum>> = {};
  for (const region of regions) result[region] = { count: 0, hash: 0 };
  for (const table of CHECKSUM_TABLES) {
    const versions = table.checksum === 'versions';
    const { rows } = await client.query<{ region: RegionCode; n: number; h: string }>(
      `SELECT region, count(*)::bigint AS n, (${versions ? VERSION_HASH_SQL : '0'})::text AS h FROM ${table.name}
        WHERE region = ANY($1::text[]) GROUP BY region`,
      [regions],
    );
    for (const row of rows) {
      const sum = result[row.region];
      if (!sum) continue;
      sum.count += row.n;
      if (versions) sum.hash = (sum.hash + Number(row.h)) % CHECKSUM_MODULUS;
    }
  }
  return result;
}

async function readHead(client: Client | Pool): Promise<number> {
  const { rows } = await client.query<{ seq: number }>('SELECT seq FROM hub_sequence');
  return rows[0]?.seq ?? 0;
}

async function buildPage(client: Client, options: PullOptions): Promise<Page> {
  const { person, clientId, checksums: wantChecksums } = options;
  const pageRows = options.pageRows ?? PAGE_ROWS;
  const snapshotRows = options.pageRows ?? SNAPSHOT_PAGE_ROWS;
  const { rows: stateRows } = await client.query<{ epoch: string; horizon: number }>(
    'SELECT epoch, tombstone_horizon AS horizon FROM hub_state',
  );
  const state = stateRows[0];
  if (!state) throw new Error('The hub database has no state row: run its migrations');
  const head = await readHead(client);
  const grants = person.regions;
  let cursor = decodeCursor(options.cursor);
  let reset = false;
  if (!cursor || cursor.epoch !== state.epoch || cursor.seq < state.horizon || cursor.seq > head) {
    reset = true;
    cursor = {
      epoch: state.epoch,
      regions: [...grants],
      seq: head,
      snapshot: { regions: [...grants], full: true, table: 0, after: null, rowsDone: 0, rowsTotal: await countSnapshotRows(client, grants, true) },
    };
  }
  const held = cursor.regions;
  const removedRegions = held.filter((region) => !grants.includes(region));
  const added = grants.filter((region) => !held.includes(region));
  cursor = { ...cursor, regions: cursor.regions.filter((region) => grants.includes(region)) };
  if (cursor.snapshot) cursor.snapshot = { ...cursor.snapshot, regions: cursor.snapshot.regions.filter((region) => grants.includes(region)) };
  if (added.length > 0) {
    // A new region streams as its own snapshot; one already streaming starts over with it (upserts repeat harmlessly).
    const regions = [...(cursor.snapshot?.regions ?? []), ...added];
    const full = cursor.snapshot?.full ?? false;
    cursor = {
      ...cursor,
      regions: [...cursor.regions, ...added],
      snapshot: { regions, full, table: 0, after: null, rowsDone: 0, rowsTotal: await countSnapshotRows(client, regions, full) },
    };
  }

  const parts = emptyParts();
  let lastMutationId: number | null = null;
  let more: boolean;
  if (cursor.snapshot) {
    const next = await snapshotPage(client, cursor.snapshot, parts, snapshotRows);
    cursor = { ...cursor, snapshot: next };
    more = true;
  } else {
    const end = await incrementalPage(client, cursor.regions, cursor.seq, head, parts, pageRows);
    cursor = { ...cursor, seq: end };
    more = end < head;
    const { rows } = await client.query<{ last: number; seq: number }>(
      'SELECT last_mutation_id AS last, seq FROM hub_clients WHERE client_id = $1',
      [clientId],
    );
    const record = rows[0];
    lastMutationId = !record ? 0 : record.seq <= end ? record.last : null;
  }
  const sums = wantChecksums && !more ? await checksums(client, cursor.regions) : null;
  return { cursor, more, reset, removedRegions, lastMutationId, parts, checksums: sums };
}

function toJson(page: Page, person: HubPerson): string {
  const tables = new Set<TableName>([...page.parts.upserts.keys(), ...page.parts.deletes.keys()]);
  const changes = [...tables].map(
    (table) =>
      `${JSON.stringify(table)}:{"upserts":[${(page.parts.upserts.get(table) ?? []).join(',')}],"deletes":[${(page.parts.deletes.get(table) ?? []).join(',')}]}`,
  );
  const snapshot = page.cursor.snapshot;
  const meta: Omit<PullResponse, 'changes'> = {
    cursor: encodeCursor(page.cursor),
    more: page.more,
    reset: page.reset,
    removedRegions: page.removedRegions,
    person,
    lastMutationId: page.lastMutationId,
    snapshot: snapshot ? { rowsDone: snapshot.rowsDone, rowsTotal: snapshot.rowsTotal } : null,
    checksums: page.checksums,
  };
  return `{"changes":{${changes.join(',')}},${JSON.stringify(meta).slice(1)}`;
}

/** Binds a client id to its person on first use; another person's token cannot use it. */
export async function claimClient(pool: Pool, clientId: string, personId: number): Promise<boolean> {
  // Every long poll passes here: a known client is only read, never rewritten.
  const { rows } = await pool.query<{ person_id: number }>(
    `WITH added AS (INSERT INTO hub_clients (client_id, person_id) VALUES ($1, $2) ON CONFLICT (client_id) DO NOTHING RETURNING person_id)
     SELECT person_id FROM added UNION ALL SELECT person_id FROM hub_clients WHERE client_id = $1`,
    [clientId, personId],
  );
  return rows[0]?.person_id === personId;
}

export interface PullOptions {
  person: HubPerson;
  clientId: string;
  cursor: string | null;
  waitMs: number;
  checksums: boolean;
  waiter: ChangeWaiter;
  pageRows?: number;
}

/** The next page as JSON text; with nothing new and `waitMs`, waits for a change first. */
export async function pull(pool: Pool, options: PullOptions): Promise<string> {
  const cursor = decodeCursor(options.cursor);
  if (options.waitMs > 0 && cursor && !cursor.snapshot && options.person.regions.every((r) => cursor.regions.includes(r))) {
    await options.waiter.waitPast(cursor.seq, options.waitMs, () => readHead(pool));
  }
  const page = await inTransaction(pool, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', (client) => buildPage(client, options));
  return toJson(page, options.person);
}
