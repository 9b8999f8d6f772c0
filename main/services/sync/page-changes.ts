// What a pulled page changed, for the rows.changed event: the tables it wrote and, where the rows say so cheaply,
// the feedback items and regions they belong to.
import type { RegionCode } from '../../../shared/domain';
import { MAX_EVENT_IDS, type RowsChanged } from '../../../shared/rows-events';
import { TABLE_NAMES, TABLES, type Table } from '../../../shared/table-registry';

const ITEM_TABLES = TABLES.filter((table) => table.name === 'feedback' || table.scope === 'feedback').map((table) => table.name);

export class PageChanges {
  private readonly tables = new Set<string>();
  private readonly ids = new Set<number>();
  private idsKnown = true;
  private readonly regions = new Set<RegionCode>();
  private regionsKnown = true;

  /** A reset or a region taken away: any row may have gone. */
  everything(): void {
    for (const name of TABLE_NAMES) this.tables.add(name);
    this.idsKnown = false;
    this.regionsKnown = false;
  }

  /** One row written or deleted; its item and region when the row (or key) carries them. */
  row(table: Table, feedbackId: number | null, region: RegionCode | null): void {
    this.tables.add(table.name);
    if (feedbackId !== null) this.ids.add(feedbackId);
    else if (table.scope === 'feedback') this.idsKnown = false;
    if (region !== null) this.regions.add(region);
    else this.regionsKnown = false;
  }

  /** Items whose waiting edits the hub confirmed: they took the hub's version of every row of theirs. */
  items(feedbackIds: readonly number[]): void {
    if (feedbackIds.length === 0) return;
    for (const name of ITEM_TABLES) this.tables.add(name);
    for (const id of feedbackIds) this.ids.add(id);
    this.regionsKnown = false;
  }

  /** The event to send, or null when the page changed nothing. */
  event(): RowsChanged | null {
    if (this.tables.size === 0) return null;
    return {
      tables: [...this.tables],
      source: 'sync',
      ...(this.idsKnown && this.ids.size <= MAX_EVENT_IDS ? { feedbackIds: [...this.ids] } : {}),
      ...(this.regionsKnown ? { regions: [...this.regions] } : {}),
    };
  }
}
