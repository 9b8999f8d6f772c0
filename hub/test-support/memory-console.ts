// A console reduced to what sync correctness needs: its rows per table (by key), its cursor, and a record of every
// feedback version it was sent, so a test can tell a missed change (rows differ from the hub's) from one seen twice.
import type { PullResponse } from '../../shared/hub-protocol';
import { TABLES, TABLE_BY_NAME, type TableName } from '../../shared/table-registry';
import type { Pool } from '../db/pool';
import { regionFilter, rowJson } from '../table-sql';

const keyIndexes = new Map(TABLES.map((table) => [table.name, table.key.map((name) => table.columns.findIndex((column) => column.name === name))]));
/** Where a region-scoped table holds its row's region (-1 for directory tables, which go to everyone). */
const regionIndex = new Map(TABLES.map((table) => [table.name, table.scope === 'directory' ? -1 : table.columns.findIndex((column) => column.name === 'region')]));
const feedbackColumns = TABLE_BY_NAME.get('feedback')?.columns.map((column) => column.name) ?? [];
const FEEDBACK_ID = feedbackColumns.indexOf('id');
const FEEDBACK_VERSION = feedbackColumns.indexOf('version');

export async function hubPost(url: string, path: string, token: string, body: unknown, signal?: AbortSignal): Promise<{ status: number; text: string }> {
  const response = await fetch(`${url}/v1/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
  return { status: response.status, text: await response.text() };
}

export class MemoryConsole {
  readonly rows = new Map<TableName, Map<string, string>>(TABLES.map((table) => [table.name, new Map()]));
  cursor: string | null = null;
  /** Feedback rows sent again at a version the console already had or passed: a change seen twice. */
  readonly seenTwice: string[] = [];
  /** Rows of a region the person is not granted. */
  readonly outOfScope: string[] = [];
  private readonly versions = new Map<number, number>();

  constructor(
    public url: string,
    readonly token: string,
    readonly clientId: string,
    readonly regions: readonly string[],
  ) {}

  async pull(waitMs = 0, signal?: AbortSignal): Promise<PullResponse> {
    const { status, text } = await hubPost(this.url, 'pull', this.token, { clientId: this.clientId, cursor: this.cursor, waitMs }, signal);
    if (status !== 200) throw new Error(`pull answered ${status}: ${text.slice(0, 200)}`);
    const page = JSON.parse(text) as PullResponse;
    this.apply(page);
    return page;
  }

  /** Pulls until a page says nothing more follows now. */
  async catchUp(): Promise<void> {
    while ((await this.pull()).more);
  }

  private apply(page: PullResponse): void {
    if (page.reset) {
      for (const rows of this.rows.values()) rows.clear();
      this.versions.clear();
    }
    for (const [name, changes] of Object.entries(page.changes) as [TableName, PullResponse['changes'][TableName]][]) {
      if (!changes) continue;
      const rows = this.rows.get(name) as Map<string, string>;
      const keys = keyIndexes.get(name) as number[];
      const region = regionIndex.get(name) as number;
      for (const key of changes.deletes) rows.delete(JSON.stringify(key));
      for (const row of changes.upserts) {
        if (region >= 0 && !this.regions.includes(row[region] as string)) this.outOfScope.push(`${name} ${JSON.stringify(row)}`);
        rows.set(JSON.stringify(keys.map((i) => row[i])), JSON.stringify(row));
        if (name !== 'feedback' || page.reset) continue;
        const id = row[FEEDBACK_ID] as number;
        const version = row[FEEDBACK_VERSION] as number;
        if ((this.versions.get(id) ?? -1) >= version) this.seenTwice.push(`feedback ${id} v${version}`);
        this.versions.set(id, version);
      }
    }
    this.cursor = page.cursor;
  }

  /** Tables whose rows differ from what the hub holds for the console's regions, with a count of each side. */
  async differencesFrom(pool: Pool): Promise<string[]> {
    const differences: string[] = [];
    for (const table of TABLES) {
      const { rows } = await pool.query<{ r: string }>(`SELECT ${rowJson(table)} AS r FROM ${table.name} WHERE ${regionFilter(table, 1)}`, table.scope === 'directory' ? [] : [this.regions]);
      const hub = new Set(rows.map((row) => JSON.stringify(JSON.parse(row.r))));
      const mine = new Set(this.rows.get(table.name)?.values());
      const missing = [...hub].filter((row) => !mine.has(row)).length;
      const extra = [...mine].filter((row) => !hub.has(row)).length;
      if (missing + extra > 0) differences.push(`${table.name}: ${missing} missing, ${extra} not on the hub`);
    }
    return differences;
  }
}
