// POST /v1/pull: the next page of changes for one console (hub/PROTOCOL.md, "Pull").
import type { RegionCode } from '../shared/domain';
import type { HubPerson, PullResponse, RegionChecksum } from '../shared/hub-protocol';
import { CHECKSUM_MODULUS, CHECKSUM_TABLES, TABLES, VERSION_HASH_SQL, type Table, type TableName } from '../shared/table-registry';
import { inTransaction, type Client, type Pool } from './db/pool';
import { decodeCursor, encodeCursor, type Cursor, type SnapshotPosition } from './cursor';
import { keyAfter, keyColumns, regionFilter, rowJson } from './table-sql';
import { incrementalPage, readPageState } from './incremental-page';
import { addTo, changesJson, emptyParts, type PageParts } from './page-parts';
import type { ChangeWaiter, Release } from './change-waiter';
import type { ClientRecords } from './client-records';
import type { SharedPages } from './shared-pages';

/**
 * Rows in a page, unless the hub is started with another size. Snapshot pages are larger: a console
 * applies each in one transaction, and fewer, larger transactions rewrite its index pages less often.
 */
export const PAGE_ROWS = 5_000;
export const SNAPSHOT_PAGE_ROWS = 50_000;

interface Page {
  cursor: Cursor;
  more: boolean;
  reset: boolean;
  removedRegions: RegionCode[];
  lastMutationId: number | null;
  parts: PageParts;
  checksums: Partial<Record<RegionCode, RegionChecksum>> | null;
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
    addTo(parts.upserts, table.name, rows.map((row) => row.r));
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

async function buildPage(client: Client, options: PullOptions): Promise<Page> {
  const { person, clientId, checksums: wantChecksums } = options;
  const pageRows = options.pageRows ?? PAGE_ROWS;
  const snapshotRows = options.pageRows ?? SNAPSHOT_PAGE_ROWS;
  const grants = person.regions;
  let cursor = decodeCursor(options.cursor);
  const state = await readPageState(client, cursor?.seq ?? 0, cursor?.regions ?? []);
  const head = state.head;
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
    const end = await incrementalPage(client, cursor.regions, cursor.seq, head, parts, pageRows, state.changed);
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

export function pageJson(changes: string, meta: Omit<PullResponse, 'changes'>): string {
  return `{"changes":${changes},${JSON.stringify(meta).slice(1)}`;
}

function toJson(page: Page, person: HubPerson): string {
  const snapshot = page.cursor.snapshot;
  return pageJson(changesJson(page.parts), {
    cursor: encodeCursor(page.cursor),
    more: page.more,
    reset: page.reset,
    removedRegions: page.removedRegions,
    person,
    lastMutationId: page.lastMutationId,
    snapshot: snapshot ? { rowsDone: snapshot.rowsDone, rowsTotal: snapshot.rowsTotal } : null,
    checksums: page.checksums,
  });
}

export interface PullOptions {
  person: HubPerson;
  clientId: string;
  cursor: string | null;
  waitMs: number;
  checksums: boolean;
  pageRows?: number;
  /** Aborted when the client goes: a long poll stops waiting, and no page is built for nobody. */
  signal?: AbortSignal;
}

/** What pulls share within one hub process. */
export interface PullContext {
  reads: Pool;
  waiter: ChangeWaiter;
  pages: SharedPages;
  clients: ClientRecords;
}

const sameRegions = (a: readonly RegionCode[], b: readonly RegionCode[]) => a.length === b.length && a.every((region) => b.includes(region));

/**
 * The next page as JSON text, or null when the client went while it waited. With nothing new for the console and
 * `waitMs`, waits for a change that concerns it first. A console whose cursor is plainly incremental gets the page
 * every console of its regions at that cursor shares (shared-pages.ts), with its own person and last mutation id.
 */
export async function pull(context: PullContext, options: PullOptions): Promise<string | null> {
  const { person, clientId, signal } = options;
  const pageRows = options.pageRows ?? PAGE_ROWS;
  const cursor = decodeCursor(options.cursor);
  let release: Release = () => {};
  if (options.waitMs > 0 && cursor && !cursor.snapshot && person.regions.every((r) => cursor.regions.includes(r))) {
    const watch = { after: cursor.seq, regions: cursor.regions, clientId };
    if (!context.waiter.concerns(watch)) release = await context.waiter.wait(watch, options.waitMs, signal);
  }
  try {
    return signal?.aborted ? null : await answer(context, options, cursor, pageRows);
  } finally {
    release();
  }
}

async function answer(context: PullContext, options: PullOptions, cursor: Cursor | null, pageRows: number): Promise<string> {
  const { person, clientId } = options;
  if (cursor && !cursor.snapshot && !options.checksums && sameRegions(cursor.regions, person.regions)) {
    const page = await context.pages.get(cursor.regions, cursor.seq, pageRows, context.waiter.heard);
    if (page && page.epoch === cursor.epoch) {
      const record = await context.clients.record(clientId, page.end <= context.waiter.notified);
      return pageJson(page.changes, {
        cursor: encodeCursor({ ...cursor, seq: page.end }),
        more: page.more,
        reset: false,
        removedRegions: [],
        person,
        lastMutationId: !record ? 0 : record.seq <= page.end ? record.last : null,
        snapshot: null,
        checksums: null,
      });
    }
  }
  const page = await inTransaction(context.reads, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', (client) => buildPage(client, options));
  return toJson(page, person);
}
