// Fills an empty hub database from the console's deterministic demo-data generator, so a hub and a
// freshly seeded console hold the same rows.
import { generateDataset } from '../main/seed/generate';
import type { GenerateOptions } from '../main/seed/options';
import { AFTER_CUSTOMER_TABLES, BUNDLE_TABLES, DIRECTORY_TABLES, type CustomerBundle } from '../main/seed/rows';
import { columnNames, DEMO_TABLES, TABLE_BY_NAME, type DemoTableName } from '../shared/table-registry';
import { PEOPLE } from '../main/seed/catalog';
import type { Client, Pool } from './db/pool';
import { demoToken, issueToken } from './tokens';
import { withSerialWriteTransaction } from './write-transaction';

export interface HubSeedOptions extends GenerateOptions {
  /**
   * Only the first N customers (with their orders, feedback and activity): small data sets for tests. Spend, the
   * funnel and the targets describe every customer (a day's funnel counts all its orders), so a partial set leaves
   * them out rather than contradict its own customers.
   */
  customers?: number;
  onProgress?: (customersDone: number, customersTotal: number) => void;
}

export interface HubSeedResult {
  rows: number;
  ms: number;
  /** Each demo person's bearer token. */
  tokens: { personId: number; name: string; role: string; regions: readonly string[]; token: string }[];
}

const BATCH_ROWS = 5_000;
/** Parents before children (the registry's order): a batch goes only after the tables it refers to, so foreign keys hold. */
const ORDER: readonly DemoTableName[] = DEMO_TABLES.map((table) => table.name);

class BatchWriter {
  private readonly pending = new Map<DemoTableName, object[]>();
  rows = 0;

  constructor(
    private readonly client: Client,
    private readonly seq: number,
  ) {}

  async add(table: DemoTableName, rows: Iterable<object>): Promise<void> {
    let list = this.pending.get(table);
    if (!list) this.pending.set(table, (list = []));
    for (const row of rows) {
      list.push(row);
      if (list.length < BATCH_ROWS) continue;
      await this.flushThrough(table);
      list = this.pending.get(table) as object[];
    }
  }

  async flushThrough(last: DemoTableName): Promise<void> {
    for (const table of ORDER.slice(0, ORDER.indexOf(last) + 1)) await this.flush(table);
  }

  private async flush(table: DemoTableName): Promise<void> {
    const list = this.pending.get(table);
    if (!list || list.length === 0) return;
    this.pending.set(table, []);
    const columns = [...columnNames(spec(table)), ...(spec(table).scope === 'feedback' ? ['region'] : [])].map((c) => `"${c}"`).join(', ');
    await this.client.query(
      `INSERT INTO ${table} (${columns}, seq) SELECT ${columns}, $2 FROM json_populate_recordset(null::${table}, $1)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(list), this.seq],
    );
    this.rows += list.length;
  }
}

function spec(table: DemoTableName) {
  const found = TABLE_BY_NAME.get(table);
  if (!found) throw new Error(`${table} is not in the table registry`);
  return found;
}

/** Rows that hang off a feedback item keep its region on the hub. */
function withRegion(table: DemoTableName, rows: readonly object[], regionOf: Map<number, string>): readonly object[] {
  const column = spec(table).feedbackColumn;
  if (column === undefined) return rows;
  return rows.map((row) => ({ ...row, region: regionOf.get((row as Record<string, number>)[column] as number) ?? '' }));
}

/** Refuses a hub that already holds customers: two data sets must not mix. */
export async function seedHub(pool: Pool, options: HubSeedOptions): Promise<HubSeedResult> {
  const started = performance.now();
  const dataset = generateDataset(options);
  const total = Math.min(options.customers ?? dataset.sizes.customers, dataset.sizes.customers);
  const rows = await withSerialWriteTransaction(pool, async (client, seq) => {
    const { rows: existing } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM customers');
    if ((existing[0]?.n ?? 0) > 0) throw new Error('Refusing to seed: this hub database already holds customers. Seed a new, empty database.');
    const writer = new BatchWriter(client, seq);
    for (const table of DIRECTORY_TABLES) await writer.add(table, dataset[table]);
    let done = 0;
    for (const bundle of dataset.byCustomer as Iterable<CustomerBundle>) {
      if (done >= total) break;
      const regionOf = new Map(bundle.feedback.map((f) => [f.id, f.region as string]));
      await writer.add('customers', [bundle.customer]);
      for (const table of BUNDLE_TABLES) await writer.add(table, withRegion(table, bundle[table], regionOf));
      done++;
      if (options.onProgress && done % 10_000 === 0) options.onProgress(done, total);
    }
    if (total === dataset.sizes.customers) {
      for (const table of AFTER_CUSTOMER_TABLES) await writer.add(table, dataset[table]);
      // The demo evidence files, so consoles of a demo hub download what its revisions name.
      for (const file of dataset.evidenceFiles) {
        await client.query('INSERT INTO hub_evidence_blobs (sha256, size, bytes, received_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
          file.sha256, file.bytes.length, Buffer.from(file.bytes), dataset.until,
        ]);
      }
    }
    await writer.flushThrough(ORDER[ORDER.length - 1] as DemoTableName);
    for (const table of ['feedback_events', 'feedback_merges']) {
      await client.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), greatest(1, (SELECT max(id) FROM ${table})))`);
    }
    return writer.rows;
  });
  // The demo marker: with it (and a loopback address) the hub takes the demo tokens the README prints.
  await pool.query('UPDATE hub_state SET demo = true');
  const tokens = [];
  for (const person of PEOPLE) {
    const token = demoToken(person);
    await issueToken(pool, person.id, token, { label: 'demo', kind: 'demo', expiresAt: null, now: Date.now() });
    tokens.push({ personId: person.id, name: person.name, role: person.role, regions: person.regions, token });
  }
  await pool.query('ANALYZE');
  return { rows, ms: performance.now() - started, tokens };
}
