// A small, hand-made store for tests: every value a test asserts on is visible here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HOUR_MS, type Person, type RegionCode } from '../../shared/domain';
import { openDatabase, type Db } from '../db/open';
import { run } from '../db/statement-cache';
import { currentPerson } from '../services/session/session-service';

export const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);

export interface FixtureDb {
  db: Db;
  file: string;
  lead: Person;
  cleanup(): void;
}

export function tempDbFile(): { file: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ops-test-'));
  return { file: path.join(dir, 'console.sqlite'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface FeedbackSeed {
  id: number;
  region?: RegionCode;
  text?: string;
  language?: string;
  category?: string;
  status?: string;
  priority?: string;
  assigneeId?: number | null;
  createdAt?: number;
  slaDueAt?: number;
  orderId?: number | null;
  customerId?: number;
}

/** Two regions (SEA, EU), a lead granted both (id 1), an EU-only operator (id 2), two customers and orders. */
export function fixtureDb(feedback: FeedbackSeed[] = []): FixtureDb {
  const { file, cleanup } = tempDbFile();
  const db = openDatabase(file);
  db.exec(`
    INSERT INTO regions VALUES ('SEA', 'Southeast Asia', 'SGD', 'Asia/Singapore', 'en-SG'),
                               ('EU', 'Europe', 'EUR', 'Europe/Berlin', 'de-DE');
    INSERT INTO people VALUES (1, 'Ana Reyes', 'ana@example.test', 'support_lead'),
                              (2, 'Jonas Weber', 'jonas@example.test', 'operator');
    INSERT INTO people_regions VALUES (1, 'SEA'), (1, 'EU'), (2, 'EU');
    INSERT INTO settings VALUES ('current_person_id', '1');
    INSERT INTO sla_policies VALUES ('*', 'P1', 4), ('*', 'P2', 24), ('*', 'P3', 72), ('*', 'P4', 168), ('EU', 'P1', 2);
    INSERT INTO customers (id, region, country, name, email, signup_at, signup_channel, segment, first_order_at,
                           last_order_at, orders_count, lifetime_value_usd)
      VALUES (10, 'SEA', 'SG', 'Mei Tan', 'mei@example.test', 0, 'tiktok', 'regular', 0, 0, 3, 900),
             (20, 'EU', 'DE', 'Lena Fischer', 'lena@example.test', 0, 'search', 'new', 0, 0, 1, 40);
    INSERT INTO orders (id, customer_id, region, country, status, carrier, tracking_number, fulfilment, currency,
                        amount_local, amount_usd, shipping_fee_usd, duties_usd, payment_method, placed_at, shipped_at,
                        customs_entered_at, estimated_delivery_at)
      VALUES (100, 10, 'SEA', 'SG', 'in_customs', 'Ninja Van', 'NV1', 'cross_border', 'SGD', 400, 300, 5, 12, 'card',
              ${NOW - 20 * 24 * HOUR_MS}, ${NOW - 18 * 24 * HOUR_MS}, ${NOW - 12 * 24 * HOUR_MS}, ${NOW - 6 * 24 * HOUR_MS}),
             (200, 20, 'EU', 'DE', 'delivered', 'DHL', 'DHL1', 'overseas_warehouse', 'EUR', 37, 40, 3, 0, 'paypal',
              ${NOW - 10 * 24 * HOUR_MS}, ${NOW - 9 * 24 * HOUR_MS}, NULL, ${NOW - 6 * 24 * HOUR_MS});
  `);
  const insert = `
    INSERT INTO feedback (id, customer_id, order_id, region, country, channel, language, text, category, status,
                          priority, assignee_id, created_at, updated_at, sla_due_at)
    VALUES (@id, @customerId, @orderId, @region, @country, 'app', @language, @text, @category, @status, @priority,
            @assigneeId, @createdAt, @createdAt, @slaDueAt)`;
  for (const item of feedback) {
    const region = item.region ?? 'SEA';
    const createdAt = item.createdAt ?? NOW - item.id * HOUR_MS;
    run(db, insert, {
      id: item.id,
      customerId: item.customerId ?? (region === 'SEA' ? 10 : 20),
      orderId: item.orderId === undefined ? (region === 'SEA' ? 100 : 200) : item.orderId,
      region,
      country: region === 'SEA' ? 'SG' : 'DE',
      language: item.language ?? 'en',
      text: item.text ?? `Feedback number ${item.id}`,
      category: item.category ?? 'late_delivery',
      status: item.status ?? 'new',
      priority: item.priority ?? 'P3',
      assigneeId: item.assigneeId ?? null,
      createdAt,
      slaDueAt: item.slaDueAt ?? createdAt + 72 * HOUR_MS,
    });
  }
  return {
    db,
    file,
    lead: currentPerson(db),
    cleanup: () => {
      db.close();
      cleanup();
    },
  };
}
