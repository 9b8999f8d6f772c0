// Quarantine, not loss: each kind of unusable record is kept aside with its file, line, column, value and reason,
// the good records land, a file that cannot be read refuses the run with nothing changed, and a second import of
// the same files changes nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { all, value } from '../../db/statement-cache';
import { OLIST } from '../../ingest/sources/olist';
import { RATES_DIR } from '../../ingest/sources/rates-dir';
import { writeDirectoryIfEmpty } from '../../seed/write-directory';
import { beginSignIn } from '../sync/sync-state';
import { importSource } from './run-import';
import { goodFiles, HEADERS, writeOlistFolder } from './test-support/olist-folder';

let temp: string;
let db: Db;

beforeEach(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'ops-import-'));
  db = openDatabase(path.join(temp, 'console.sqlite'));
  writeDirectoryIfEmpty(db);
});

afterEach(() => {
  db.close();
  rmSync(temp, { recursive: true, force: true });
});

const importDir = (dir: string, dryRun = false, bulkFrom?: number) =>
  importSource(db, OLIST, { dir, ratesDir: RATES_DIR, dryRun, now: () => Date.UTC(2026, 10, 30), ...(bulkFrom === undefined ? {} : { bulkFrom }) });

/** Everything an import writes, as text: equal before and after means nothing changed. */
function contents(): string {
  return JSON.stringify(['customers', 'orders', 'feedback', 'currency_rates', 'import_keys'].map((t) => all(db, `SELECT * FROM ${t} ORDER BY 1, 2`)));
}

describe('an import of a small Olist folder', () => {
  it('writes one customer per person, the orders in BRL and USD at the month rate, and feedback from reviews with text or a low score', async () => {
    const summary = await importDir(writeOlistFolder(path.join(temp, 'in'), goodFiles()));
    expect(summary.state).toBe('done');
    expect(summary.rejected).toBe(0);
    expect(summary.tallies.customers).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
    expect(summary.tallies.orders).toEqual({ inserted: 3, updated: 0, unchanged: 0 });
    // r2 (5 stars, no text) is not feedback; r1 has a comment, r3 a score of 2.
    expect(summary.tallies.feedback).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
    expect(summary.notFeedback).toBe(1);

    const people = all<{ name: string; orders_count: number; lifetime_value_usd: number; signup_at: number }>(
      db, 'SELECT name, orders_count, lifetime_value_usd, signup_at FROM customers ORDER BY name');
    // June 2017's rate is 3.2974 BRL per USD: o1 170.50 BRL = 51.71 USD, o2 329.70 BRL = 99.99 USD, o3 15.00 = 4.55.
    expect(people).toEqual([
      { name: 'Cliente p1', orders_count: 2, lifetime_value_usd: 151.7, signup_at: Date.UTC(2017, 5, 5, 13) },
      { name: 'Cliente p2', orders_count: 1, lifetime_value_usd: 4.55, signup_at: Date.UTC(2017, 5, 8, 23, 30) },
    ]);
    const o1 = all(db, "SELECT status, currency, amount_local, amount_usd, shipping_fee_usd, payment_method, placed_at, estimated_delivery_at, delivered_at, region, country FROM orders WHERE amount_local = 170.5");
    expect(o1).toEqual([{
      status: 'delivered', currency: 'BRL', amount_local: 170.5, amount_usd: 51.71, shipping_fee_usd: 6.07, payment_method: 'credit_card',
      // São Paulo is UTC-3 in June 2017.
      placed_at: Date.UTC(2017, 5, 5, 13), estimated_delivery_at: Date.UTC(2017, 5, 19, 3), delivered_at: Date.UTC(2017, 5, 20, 18), region: 'LATAM', country: 'BR',
    }]);
    const items = all<{ text: string; language: string; category: string; rating: number; order_amount: number; created_at: number }>(
      db, 'SELECT f.text, f.language, f.category, f.rating, o.amount_local AS order_amount, f.created_at FROM feedback f JOIN orders o ON o.id = f.order_id ORDER BY f.rating');
    expect(items).toEqual([
      { text: 'O produto chegou atrasado, dez dias depois do prazo', language: 'pt', category: 'late_delivery', rating: 1, order_amount: 170.5, created_at: Date.UTC(2017, 5, 22, 13) },
      { text: 'Avaliação 2/5 sem comentário', language: 'pt', category: 'other', rating: 2, order_amount: 15, created_at: Date.UTC(2017, 5, 21, 12) },
    ]);
  });

  it('changes nothing when the same files come again, and one row when one record changed', async () => {
    const dir = writeOlistFolder(path.join(temp, 'in'), goodFiles());
    await importDir(dir);
    const before = contents();
    const again = await importDir(dir);
    expect(contents()).toBe(before);
    expect(again.tallies.orders).toEqual({ inserted: 0, updated: 0, unchanged: 3 });
    expect(again.tallies.feedback).toEqual({ inserted: 0, updated: 0, unchanged: 2 });

    const files = goodFiles();
    files['olist_orders_dataset.csv'][2] = 'o3,c3,delivered,2017-06-08 20:30:00,,2017-06-09 08:00:00,2017-06-12 10:00:00,2017-07-01 00:00:00';
    const changed = await importDir(writeOlistFolder(path.join(temp, 'in2'), files));
    expect(changed.tallies.orders).toEqual({ inserted: 0, updated: 1, unchanged: 2 });
    expect(value(db, "SELECT count(*) FROM orders WHERE status = 'delivered'")).toBe(3);
  });

  it('brings a changed comment up to date as one update, keeping what the operator did with the item', async () => {
    await importDir(writeOlistFolder(path.join(temp, 'in'), goodFiles()));
    db.exec("UPDATE feedback SET status = 'in_progress', category = 'damaged' WHERE rating = 1");
    const before = all<{ id: number; version: number; updated_at: number }>(db, 'SELECT id, version, updated_at FROM feedback WHERE rating = 1')[0];
    const files = goodFiles();
    files['olist_order_reviews_dataset.csv'][0] = 'r1,o1,1,,"Chegou quebrado",2017-06-21 00:00:00,2017-06-23 10:00:00';
    const changed = await importDir(writeOlistFolder(path.join(temp, 'in2'), files));
    expect(changed.tallies.feedback).toEqual({ inserted: 0, updated: 1, unchanged: 1 });
    expect(all(db, 'SELECT id, text, rating, status, category, version, updated_at FROM feedback WHERE rating = 1')).toEqual([
      // The answer came a day later (São Paulo, UTC-3): the item was last updated then.
      { id: before?.id, text: 'Chegou quebrado', rating: 1, status: 'in_progress', category: 'damaged', version: (before?.version ?? 0) + 1, updated_at: Date.UTC(2017, 5, 23, 13) },
    ]);
    expect(before?.updated_at).toBe(Date.UTC(2017, 5, 22, 13));
  });

  it('writes the same rows as a bulk load, with its indexes, search and triggers built again', async () => {
    const dir = writeOlistFolder(path.join(temp, 'in'), goodFiles());
    await importDir(dir);
    const rowByRow = contents();
    db.exec('DELETE FROM feedback; DELETE FROM orders; DELETE FROM customers; DELETE FROM import_keys; DELETE FROM currency_rates');
    await importDir(dir, false, 1);
    expect(contents()).toBe(rowByRow);
    expect(value(db, 'SELECT count(*) FROM bulk_set_aside')).toBe(0);
    expect(value(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'orders_customer'")).toBe(1);
    expect(value(db, "SELECT count(*) FROM feedback_fts WHERE feedback_fts MATCH 'atrasado'")).toBe(1);
  });

  it('changes nothing on a dry run, yet says what it would do', async () => {
    const summary = await importDir(writeOlistFolder(path.join(temp, 'in'), goodFiles()), true);
    expect(summary.runId).toBeNull();
    expect(summary.tallies.orders.inserted).toBe(3);
    expect(value(db, 'SELECT count(*) FROM customers')).toBe(0);
    expect(value(db, 'SELECT count(*) FROM orders')).toBe(0);
    expect(value(db, 'SELECT count(*) FROM import_runs')).toBe(0);
  });
});

describe('records that cannot be used', () => {
  it('are kept aside with file, line, column, value and reason, and the good ones land', async () => {
    const files = goodFiles();
    files['olist_orders_dataset.csv'].push(
      'o4,c404,delivered,2017-06-05 10:00:00,,,,2017-06-19 00:00:00', // line 5: unknown customer
      'o5,c1,delivered,not a date,,,,2017-06-19 00:00:00', // line 6
      'o6,c1,delivered,20000-06-05 10:00:00,,,,2017-06-19 00:00:00', // line 7: year 20000
      ',c1,delivered,2017-06-05 10:00:00,,,,2017-06-19 00:00:00', // line 8: no id
      'o1,c1,canceled,2017-06-05 10:00:00,,,,2017-06-19 00:00:00', // line 9: o1 again, other content
      'o1,c1,delivered,2017-06-05 10:00:00,2017-06-05 10:10:00,2017-06-06 12:00:00,2017-06-20 15:00:00,2017-06-19 00:00:00', // line 10: same again
      'o7,c1,lost_in_space,2017-06-05 10:00:00,,,,2017-06-19 00:00:00', // line 11
      'o8,c1,delivered,2017-06-05 10:00:00', // line 12: cut off
    );
    files['olist_order_reviews_dataset.csv'].push('r9,o999,1,,"Não recebi",2017-06-21 00:00:00,2017-06-22 10:00:00'); // line 5
    const summary = await importDir(writeOlistFolder(path.join(temp, 'in'), files));
    const rejects = all(db, 'SELECT file, line, column_name, value, reason FROM import_rejects WHERE run_id = ? ORDER BY file, line', [summary.runId]);
    expect(rejects).toEqual([
      { file: 'olist_order_reviews_dataset.csv', line: 5, column_name: 'order_id', value: 'o999', reason: 'order_id "o999" is not in olist_orders_dataset.csv nor in an earlier import' },
      { file: 'olist_orders_dataset.csv', line: 5, column_name: 'customer_id', value: 'c404', reason: 'customer_id "c404" is not in olist_customers_dataset.csv nor in an earlier import' },
      { file: 'olist_orders_dataset.csv', line: 6, column_name: 'order_purchase_timestamp', value: 'not a date', reason: 'order_purchase_timestamp "not a date" is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM:SS)' },
      { file: 'olist_orders_dataset.csv', line: 7, column_name: 'order_purchase_timestamp', value: '20000-06-05 10:00:00', reason: 'order_purchase_timestamp "20000-06-05 10:00:00" is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM:SS)' },
      { file: 'olist_orders_dataset.csv', line: 8, column_name: 'order_id', value: '', reason: 'order_id "" is empty, and the field is required' },
      { file: 'olist_orders_dataset.csv', line: 9, column_name: 'key', value: 'o1', reason: 'key "o1" is already on line 2 with other content' },
      { file: 'olist_orders_dataset.csv', line: 11, column_name: 'order_status', value: 'lost_in_space', reason: expect.stringMatching(/^order_status "lost_in_space" is not one of the codes the mapping knows \(created, approved/) },
      { file: 'olist_orders_dataset.csv', line: 12, column_name: '', value: 'o8,c1,delivered,2017-06-05 10:00:00', reason: 'has 4 fields, the header 8: the record is cut off or split' },
    ]);
    expect(summary.tallies.orders.inserted).toBe(3);
    expect(summary.rejected).toBe(8);
    // The rejected record is kept whole, to download and fix.
    expect(JSON.parse(value<string>(db, "SELECT record FROM import_rejects WHERE line = 6 AND file = 'olist_orders_dataset.csv'") ?? '')).toEqual(['o5', 'c1', 'delivered', 'not a date', '', '', '', '2017-06-19 00:00:00']);
    // So is one found wrong once staged (an unknown reference), read again from its file.
    expect(JSON.parse(value<string>(db, "SELECT record FROM import_rejects WHERE line = 5 AND file = 'olist_orders_dataset.csv'") ?? '')).toEqual(['o4', 'c404', 'delivered', '2017-06-05 10:00:00', '', '', '', '2017-06-19 00:00:00']);
    expect(JSON.parse(value<string>(db, "SELECT record FROM import_rejects WHERE line = 5 AND file = 'olist_order_reviews_dataset.csv'") ?? '')).toEqual(['r9', 'o999', '1', '', 'Não recebi', '2017-06-21 00:00:00', '2017-06-22 10:00:00']);
  });

  it('an order placed before the first rate is kept aside with its day, and so is its review; the others take the next ids', async () => {
    const files = goodFiles();
    // Line 3 of the orders, between good ones: the rates file starts on 2016-08-01.
    files['olist_orders_dataset.csv'].splice(1, 0, 'o0,c1,delivered,2016-07-15 10:00:00,,,,2016-07-30 00:00:00');
    files['olist_order_reviews_dataset.csv'].push('r0,o0,1,,"Não recebi",2016-07-31 00:00:00,2016-08-01 10:00:00'); // line 5
    const summary = await importDir(writeOlistFolder(path.join(temp, 'in'), files));
    expect(all(db, 'SELECT file, line, column_name, value, reason FROM import_rejects WHERE run_id = ? ORDER BY file, line', [summary.runId])).toEqual([
      { file: 'olist_order_reviews_dataset.csv', line: 5, column_name: 'order', value: 'o0', reason: 'order "o0" was not imported (see its own reject)' },
      { file: 'olist_orders_dataset.csv', line: 3, column_name: 'placed_at', value: '2016-07-15', reason: 'no BRL rate on or before 2016-07-15 in brl-usd-monthly.csv' },
    ]);
    expect(JSON.parse(value<string>(db, "SELECT record FROM import_rejects WHERE line = 3") ?? '')).toEqual(['o0', 'c1', 'delivered', '2016-07-15 10:00:00', '', '', '', '2016-07-30 00:00:00']);
    expect(summary.tallies.orders).toEqual({ inserted: 3, updated: 0, unchanged: 0 });
    expect(all(db, 'SELECT k.source_key, o.id - (SELECT min(id) FROM orders) AS nth FROM import_keys k JOIN orders o ON o.id = k.local_id WHERE k.entity = ? ORDER BY o.id', ['order'])).toEqual([
      { source_key: 'o1', nth: 0 },
      { source_key: 'o2', nth: 1 },
      { source_key: 'o3', nth: 2 },
    ]);
  });

  it('a file that cannot be read refuses the whole run, naming it, with nothing changed', async () => {
    await importDir(writeOlistFolder(path.join(temp, 'in'), goodFiles()));
    const before = contents();
    const dir = writeOlistFolder(path.join(temp, 'hostile'), goodFiles());
    writeFileSync(path.join(dir, 'olist_order_reviews_dataset.csv'), Buffer.from(`${HEADERS['olist_order_reviews_dataset.csv']}\n`, 'utf16le'));
    const summary = await importDir(dir);
    expect(summary).toMatchObject({ state: 'refused', message: 'olist_order_reviews_dataset.csv: the file holds NUL bytes: it is UTF-16 or binary, not UTF-8 CSV' });
    expect(contents()).toBe(before);
    expect(all(db, 'SELECT state, message FROM import_runs ORDER BY id')).toEqual([
      { state: 'done', message: null },
      { state: 'refused', message: summary.message },
    ]);
  });

  it('is refused on a console that syncs with a hub, whose rows come from the hub', async () => {
    beginSignIn(db, 'http://127.0.0.1:8787');
    const summary = await importDir(writeOlistFolder(path.join(temp, 'in'), goodFiles()));
    expect(summary.message).toMatch(/this console syncs with a hub/);
    expect(value(db, 'SELECT count(*) FROM orders')).toBe(0);
  });

  it('a file without a mapped column refuses the run, naming the column', async () => {
    const dir = writeOlistFolder(path.join(temp, 'in'), goodFiles());
    writeFileSync(path.join(dir, 'olist_orders_dataset.csv'), 'order_id,customer_id\no1,c1\n');
    const summary = await importDir(dir);
    expect(summary.message).toMatch(/^olist_orders_dataset\.csv: the header has no column "order_status" \(for orders\.status\)/);
    expect(value(db, 'SELECT count(*) FROM customers')).toBe(0);
  });
});
