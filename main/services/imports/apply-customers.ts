// Customers from the staged accounts: one per person (the source's person id), whichever accounts they ordered with.
// Their order counts, value and first order are derived from the orders table once the orders are in.
import type { Db } from '../../db/open';
import { all, run, type SqlValue } from '../../db/statement-cache';
import type { SourceMapping } from '../../ingest/mapping';
import { insertMany } from '../../db/insert-many';
import { contentHash, IdAllocator, keyRows } from './keys';
import type { Pause, Tally } from './tally';

const BATCH = 2_000;

/** Persons with a staged order, after `after`, with the first of their staged orders. */
const PERSONS_SQL = `
  SELECT c.person, min(o.placed_at) AS first_at FROM temp.stage_customers c JOIN temp.stage_orders o ON o.customer = c."key"
  WHERE c.person > ? GROUP BY c.person ORDER BY c.person LIMIT ?`;

const INSERT_INTO = 'INSERT INTO customers (id, region, country, name, email, signup_at, signup_channel, segment, orders_count, lifetime_value_usd)';
const UPDATE_SQL = 'UPDATE customers SET region = ?, country = ?, name = ?, signup_channel = ? WHERE id = ?';

/** Each person's page of rows, keyset by person, so paging never scans what it has passed. */
export function* personPages(db: Db): Generator<{ person: string; first_at: number }[]> {
  let after = '';
  for (;;) {
    const page = all<{ person: string; first_at: number }>(db, PERSONS_SQL, [after, BATCH]);
    if (page.length === 0) return;
    yield page;
    after = (page.at(-1) as { person: string }).person;
  }
}

export async function applyCustomers(db: Db, mapping: SourceMapping, tally: Tally, pause: Pause, idsAfter = 0): Promise<void> {
  const ids = new IdAllocator(db, 'customers', idsAfter);
  const write = db.transaction((page: { person: string; first_at: number }[]) => {
    const rows = page.map(({ person }) => [mapping.region, mapping.country, mapping.customers.name.replace('{person}', person.slice(0, 8)), mapping.customers.signupChannel]);
    const keyed = keyRows(db, mapping.source, 'person', page.map(({ person }, i) => ({ key: person, content: contentHash(rows[i]) })), ids);
    const inserts: SqlValue[][] = [];
    keyed.forEach((k, i) => {
      const [region, country, name, channel] = rows[i] as [string, string, string, string];
      tally[k.change]++;
      if (k.change === 'inserted') inserts.push([k.id, region, country, name, '', (page[i] as { first_at: number }).first_at, channel, 'new', 0, 0]);
      else if (k.change === 'updated') run(db, UPDATE_SQL, [region, country, name, channel, k.id]);
    });
    insertMany(db, INSERT_INTO, inserts);
  });
  for (const page of personPages(db)) {
    write(page);
    await pause();
  }
}

const REFRESH_SQL = `
  UPDATE customers SET first_order_at = a.first_at, last_order_at = a.last_at, signup_at = a.first_at, orders_count = a.n,
    lifetime_value_usd = a.value_usd, segment = CASE WHEN a.n >= 2 THEN 'regular' ELSE 'new' END
  FROM (
    SELECT customer_id, min(placed_at) AS first_at, max(placed_at) AS last_at, count(*) AS n, round(sum(amount_usd), 2) AS value_usd
    FROM orders WHERE customer_id IN (SELECT local_id FROM import_keys WHERE source = ? AND entity = 'person' AND source_key IN (SELECT value FROM json_each(?)))
    GROUP BY customer_id
  ) AS a
  WHERE customers.id = a.customer_id
    AND (customers.orders_count <> a.n OR customers.lifetime_value_usd <> a.value_usd OR customers.first_order_at IS NOT a.first_at
         OR customers.last_order_at IS NOT a.last_at OR customers.signup_at <> a.first_at)`;

/** REFRESH_SQL for every person of the source at once, in one pass over the orders: for a bulk load, whose orders are not indexed by customer yet. */
const REFRESH_ALL_SQL = REFRESH_SQL.replace(
  "WHERE customer_id IN (SELECT local_id FROM import_keys WHERE source = ? AND entity = 'person' AND source_key IN (SELECT value FROM json_each(?)))",
  "WHERE customer_id IN (SELECT local_id FROM import_keys WHERE source = ? AND entity = 'person')",
);

/** The source gives no signup: a customer signs up with their first order, and their totals follow their orders. */
export async function refreshCustomerTotals(db: Db, source: string, bulk: boolean, pause: Pause): Promise<void> {
  if (bulk) {
    db.transaction(() => run(db, REFRESH_ALL_SQL, [source]))();
    return;
  }
  const write = db.transaction((persons: string[]) => run(db, REFRESH_SQL, [source, JSON.stringify(persons)]));
  for (const page of personPages(db)) {
    write(page.map((p) => p.person));
    await pause();
  }
}
