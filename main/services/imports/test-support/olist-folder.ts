// A small Olist-shaped folder for import tests: every value visible here, each bad record on a known line.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OLIST_HEADERS as HEADERS } from '../../../ingest/sources/olist';

export { HEADERS };

export type OlistFiles = Record<keyof typeof HEADERS, string[]>;

/** Two people (p1 with two accounts), three good orders, one review each; rows to add or change per test. */
export function goodFiles(): OlistFiles {
  return {
    'olist_customers_dataset.csv': ['c1,p1,1000,sao paulo,SP', 'c2,p1,1000,sao paulo,SP', 'c3,p2,20000,rio de janeiro,RJ'],
    'olist_orders_dataset.csv': [
      'o1,c1,delivered,2017-06-05 10:00:00,2017-06-05 10:10:00,2017-06-06 12:00:00,2017-06-20 15:00:00,2017-06-19 00:00:00',
      'o2,c2,delivered,2017-06-07 09:00:00,,2017-06-08 12:00:00,2017-06-10 11:00:00,2017-06-30 00:00:00',
      'o3,c3,shipped,2017-06-08 20:30:00,,2017-06-09 08:00:00,,2017-07-01 00:00:00',
    ],
    'olist_order_items_dataset.csv': ['o1,1,x,s,2017-06-06 00:00:00,100.0,20.0', 'o1,2,y,s,2017-06-06 00:00:00,50.5,0.0', 'o2,1,x,s,2017-06-08 00:00:00,329.7,0.0', 'o3,1,z,s,2017-06-09 00:00:00,10.0,5.0'],
    'olist_order_payments_dataset.csv': ['o1,1,credit_card,3,170.5', 'o2,1,boleto,1,329.7', 'o3,1,voucher,1,15.0'],
    'olist_order_reviews_dataset.csv': [
      'r1,o1,1,,"O produto chegou atrasado, dez dias depois do prazo",2017-06-21 00:00:00,2017-06-22 10:00:00',
      'r2,o2,5,,,2017-06-11 00:00:00,2017-06-12 10:00:00',
      'r3,o3,2,,,2017-06-20 00:00:00,2017-06-21 09:00:00',
    ],
  };
}

export function writeOlistFolder(dir: string, files: OlistFiles): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, rows] of Object.entries(files)) {
    writeFileSync(path.join(dir, name), `${[HEADERS[name as keyof typeof HEADERS], ...rows].join('\n')}\n`);
  }
  return dir;
}
