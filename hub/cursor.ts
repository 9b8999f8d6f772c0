// The pull cursor: opaque to consoles, and never trusted. Anything the hub cannot read back, or one from
// another data set (epoch) or older than the tombstone horizon, means "start again from a snapshot". One that reads
// back but names a key its table cannot have was not made by a hub: it is refused (400), never sent to PostgreSQL.
import { REGION_CODES, type RegionCode } from '../shared/domain';
import { TABLES } from '../shared/table-registry';

export interface SnapshotPosition {
  /** The regions being streamed, and whether the directory tables are part of it (a full snapshot). */
  regions: RegionCode[];
  full: boolean;
  /** Index into TABLES and the last key sent from it. */
  table: number;
  after: (string | number)[] | null;
  rowsDone: number;
  rowsTotal: number;
}

export interface Cursor {
  epoch: string;
  /** The regions the console holds. */
  regions: RegionCode[];
  /** Every change numbered up to here is on the console (or, during a snapshot, will be re-sent from here). */
  seq: number;
  snapshot: SnapshotPosition | null;
}

export class CursorError extends Error {}

/** The snapshot's last key must be one of its table's keys: as many values as key columns, each of its column's type. */
function checkKey(position: SnapshotPosition): void {
  const table = TABLES[position.table];
  if (position.after === null) return;
  if (!table) throw new CursorError('The cursor names a key past the last table');
  const fits = position.after.length === table.key.length && table.key.every((name, i) => {
    const value = position.after?.[i];
    const type = table.columns.find((column) => column.name === name)?.type;
    return type === 'text' ? typeof value === 'string' : typeof value === 'number';
  });
  if (!fits) throw new CursorError(`The cursor's key does not fit table ${table.name}: it was not made by this hub`);
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ v: 1, ...cursor }), 'utf8').toString('base64url');
}

const isRegionList = (value: unknown): value is RegionCode[] =>
  Array.isArray(value) && value.every((region) => (REGION_CODES as readonly unknown[]).includes(region));
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function readSnapshot(value: unknown): SnapshotPosition | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'object') return undefined;
  const s = value as Record<string, unknown>;
  const keyOk = s.after === null || (Array.isArray(s.after) && s.after.every((k) => typeof k === 'string' || Number.isSafeInteger(k)));
  if (!isRegionList(s.regions) || typeof s.full !== 'boolean' || !isCount(s.table) || s.table > TABLES.length) return undefined;
  if (!keyOk || !isCount(s.rowsDone) || !isCount(s.rowsTotal)) return undefined;
  return s as unknown as SnapshotPosition;
}

/** The cursor, or null when it cannot be honoured as it stands; throws CursorError for one no hub made. */
export function decodeCursor(text: string | null): Cursor | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const c = value as Record<string, unknown>;
  const snapshot = readSnapshot(c.snapshot);
  if (c.v !== 1 || typeof c.epoch !== 'string' || !isRegionList(c.regions) || !isCount(c.seq) || snapshot === undefined) return null;
  if (snapshot) checkKey(snapshot);
  return { epoch: c.epoch, regions: c.regions, seq: c.seq, snapshot };
}
