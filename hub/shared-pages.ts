// Incremental pages built once for every console at the same place: the key is (regions, cursor position, page size),
// never the console or the person, so what one holds is what each of them may see. A thousand consoles woken by one
// change at one cursor cost one page, as ElectricSQL serves one shape's log to every client at an offset.
import type { RegionCode } from '../shared/domain';
import { inTransaction, type Pool } from './db/pool';
import { incrementalPage, readPageState } from './incremental-page';
import { changesJson, emptyParts } from './page-parts';

/** The part of a page every console at its cursor shares; the person and the last mutation id are each console's. */
export interface SharedPage {
  epoch: string;
  end: number;
  more: boolean;
  /** The page's `changes`, as JSON text. */
  changes: string;
}

interface Entry {
  page: Promise<SharedPage | null>;
  /** The highest change heard of when its build began: the page holds at least that much. */
  heard: number;
  at: number;
}

/** Past this age a page is not handed out again (a later one would hold more); past this count old ones are dropped. */
const KEEP_MS = 10_000;
const SWEEP_ABOVE = 512;

export class SharedPages {
  private readonly entries = new Map<string, Entry>();
  /** Pages built (not served): what sharing saves shows as the gap between this and the polls answered. */
  built = 0;

  constructor(private readonly pool: Pool) {}

  /**
   * The page after `from` for `regions`, holding at least every change numbered up to `heard`: one being built or
   * built lately is shared. Null when the cursor is one an incremental page cannot honour (stale, or ahead of the head).
   */
  get(regions: readonly RegionCode[], from: number, pageRows: number, heard: number): Promise<SharedPage | null> {
    const key = `${[...regions].sort().join(',')}|${from}|${pageRows}`;
    const now = Date.now();
    const entry = this.entries.get(key);
    if (entry && entry.heard >= heard && now - entry.at < KEEP_MS) return entry.page;
    if (this.entries.size > SWEEP_ABOVE) {
      for (const [old, { at }] of this.entries) if (now - at >= KEEP_MS) this.entries.delete(old);
    }
    const fresh: Entry = { page: this.build([...regions], from, pageRows), heard, at: now };
    this.entries.set(key, fresh);
    fresh.page.catch(() => {
      if (this.entries.get(key) === fresh) this.entries.delete(key);
    });
    return fresh.page;
  }

  private build(regions: RegionCode[], from: number, pageRows: number): Promise<SharedPage | null> {
    this.built++;
    return inTransaction(this.pool, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', async (client) => {
      const state = await readPageState(client, from, regions);
      if (from < state.horizon || from > state.head) return null;
      const parts = emptyParts();
      const end = await incrementalPage(client, regions, from, state.head, parts, pageRows, state.changed);
      return { epoch: state.epoch, end, more: end < state.head, changes: changesJson(parts) };
    });
  }
}
