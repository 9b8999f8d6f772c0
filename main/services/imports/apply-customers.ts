// Customers from the staged accounts: one per person (the source's person id), whichever accounts they ordered with.
// Their order counts, value and first order are derived from the orders table once the orders are in.
import type { Db } from '../../db/open';
import { all, run, value } from '../../db/statement-cache';
import type { SourceMapping } from '../../ingest/mapping';
import { IdAllocator, keyPage, registerKeyFunctions, writePages } from './keys';
import type { Pause, Tally } from './tally';

const BATCH = 5_000;

/** Persons with a staged order, after `after`, with the first of their staged orders. */
const PERSONS_SQL = `
  SELECT c.person, min(o.placed_at) AS first_at FROM temp.stage_customers c JOIN temp.stage_orders o ON o.customer = c."key"
  WHERE c.person > ? GROUP BY c.person ORDER BY c.person LIMIT ?`;

/** A page of persons (keyset by person, after @after) with their content, into temp.person_page in person order. */
const PAGE_SQL = `
  INSERT INTO temp.person_page ("key", name, first_at, content)
  SELECT c.person, import_person_name(c.person), min(o.placed_at), content_hash(@region, @country, import_person_name(c.person), @channel)
  FROM temp.stage_customers c JOIN temp.stage_orders o ON o.customer = c."key"
  WHERE c.person > @after GROUP BY c.person ORDER BY c.person LIMIT @limit`;
const INSERT_SQL = `
  INSERT INTO customers (id, region, country, name, email, signup_at, signup_channel, segment, orders_count, lifetime_value_usd)
  SELECT id, @region, @country, name, '', first_at, @channel, 'new', 0, 0 FROM temp.person_page WHERE change = 'inserted' ORDER BY id`;
const UPDATE_SQL = `
  UPDATE customers SET region = @region, country = @country, name = p.name, signup_channel = @channel
  FROM temp.person_page p WHERE p.change = 'updated' AND customers.id = p.id`;

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

/** Persons are written a page at a time in SQL (keyPage): their rows never travel through JS. */
export async function applyCustomers(db: Db, mapping: SourceMapping, tally: Tally, pause: Pause, idsAfter = 0): Promise<void> {
  const ids = new IdAllocator(db, 'customers', idsAfter);
  const constants = { region: mapping.region, country: mapping.country, channel: mapping.customers.signupChannel };
  registerKeyFunctions(db);
  db.function('import_person_name', { deterministic: true }, (person: unknown) => mapping.customers.name.replace('{person}', String(person).slice(0, 8)));
  /** Writes the page of persons after `after`; the last person it held, or null when there are no more. */
  const write = db.transaction((after: string): string | null => {
    run(db, 'DELETE FROM temp.person_page');
    if (run(db, PAGE_SQL, { ...constants, after, limit: BATCH }).changes === 0) return null;
    keyPage(db, 'temp.person_page', mapping.source, 'person', ids, tally);
    run(db, INSERT_SQL, constants);
    run(db, UPDATE_SQL, constants);
    return value<string>(db, 'SELECT "key" FROM temp.person_page ORDER BY seq DESC LIMIT 1') ?? null;
  });
  const table = { create: 'CREATE TEMP TABLE person_page (seq INTEGER PRIMARY KEY, "key", content, id, change, name, first_at)', drop: 'DROP TABLE temp.person_page' };
  await writePages(db, table, '', write, pause);
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
