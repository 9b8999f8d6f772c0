// An Olist-shaped export of any size (the import bench, a long import in e2e): the five files the mapping reads, in Olist's own
// columns, written line by line (never whole in memory). Deterministic: the same count gives the same bytes.
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { OLIST_HEADERS as HEADERS } from './olist';

const DAY_MS = 86_400_000;
const START = Date.UTC(2017, 0, 1);

function wall(at: number): string {
  return new Date(at).toISOString().slice(0, 19).replace('T', ' ');
}

async function writeLines(file: string, header: string, lines: (write: (line: string) => void) => void): Promise<number> {
  const out = createWriteStream(file);
  let chunk = `${header}\n`;
  let count = 0;
  lines((line) => {
    chunk += `${line}\n`;
    count++;
    if (chunk.length > 1 << 16) {
      out.write(chunk);
      chunk = '';
    }
  });
  out.end(chunk);
  await new Promise<void>((resolve, reject) => out.on('finish', () => resolve()).on('error', reject));
  return count;
}

const id = (kind: string, n: number) => `${kind}${n.toString(16).padStart(12, '0')}`;

/** Writes `orders` orders with their accounts, items, payments and reviews; returns the records written. */
export async function writeOlistExport(dir: string, orders: number): Promise<number> {
  mkdirSync(dir, { recursive: true });
  const at = (n: number) => START + ((n * 7919) % (600 * DAY_MS / 1000)) * 1000;
  let records = 0;
  records += await writeLines(path.join(dir, 'olist_customers_dataset.csv'), HEADERS['olist_customers_dataset.csv'], (w) => {
    // One account per order; every fifth person orders twice.
    for (let n = 0; n < orders; n++) w(`${id('c', n)},${id('p', n - Math.floor(n / 5))},1000,sao paulo,SP`);
  });
  records += await writeLines(path.join(dir, 'olist_orders_dataset.csv'), HEADERS['olist_orders_dataset.csv'], (w) => {
    for (let n = 0; n < orders; n++) {
      const placed = at(n);
      const delivered = placed + (3 + (n % 20)) * DAY_MS;
      const estimated = Math.floor((placed + 15 * DAY_MS) / DAY_MS) * DAY_MS;
      w(`${id('o', n)},${id('c', n)},delivered,${wall(placed)},${wall(placed + 600_000)},${wall(placed + DAY_MS)},${wall(delivered)},${wall(estimated)}`);
    }
  });
  records += await writeLines(path.join(dir, 'olist_order_items_dataset.csv'), HEADERS['olist_order_items_dataset.csv'], (w) => {
    for (let n = 0; n < orders; n++) {
      const lines = n % 4 === 0 ? 2 : 1;
      for (let line = 1; line <= lines; line++) w(`${id('o', n)},${line},prod,seller,${wall(at(n) + DAY_MS)},${(20 + (n % 300)).toFixed(1)},${(n % 30).toFixed(2)}`);
    }
  });
  records += await writeLines(path.join(dir, 'olist_order_payments_dataset.csv'), HEADERS['olist_order_payments_dataset.csv'], (w) => {
    for (let n = 0; n < orders; n++) w(`${id('o', n)},1,${n % 3 === 0 ? 'boleto' : 'credit_card'},1,${(20 + (n % 300) + (n % 30)).toFixed(2)}`);
  });
  records += await writeLines(path.join(dir, 'olist_order_reviews_dataset.csv'), HEADERS['olist_order_reviews_dataset.csv'], (w) => {
    for (let n = 0; n < orders; n++) {
      const score = 1 + (n % 5);
      const comment = n % 10 === 0 ? '"O produto chegou atrasado e veio quebrado, quero o reembolso"' : '';
      w(`${id('r', n)},${id('o', n)},${score},,${comment},${wall(at(n) + 20 * DAY_MS).slice(0, 10)} 00:00:00,${wall(at(n) + 21 * DAY_MS)}`);
    }
  });
  return records;
}
