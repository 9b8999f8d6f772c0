// A hand-made roster store for the attribution tests: every figure they expect can be worked out from what is here.
// SEA reports in Asia/Singapore (UTC+8, no daylight saving), so a local time is its UTC time plus 8 hours.
import type { Person } from '../../../../shared/domain';
import type { Db } from '../../../db/open';
import { run } from '../../../db/statement-cache';
import type { FixtureDb } from '../../../test-support/fixture-db';

/** An instant given as Singapore local time. */
export const sgt = (local: string) => Date.parse(`${local}+08:00`);

export function addCustomer(db: Db, id: number, signupLocal: string, firstOrderAt: number | null = null): void {
  run(
    db,
    `INSERT INTO customers (id, region, country, name, email, signup_at, signup_channel, segment, first_order_at, last_order_at, orders_count, lifetime_value_usd)
     VALUES (?, 'SEA', 'SG', ?, ?, ?, 'kol', 'new', ?, ?, 0, 0)`,
    [id, `Customer ${id}`, `customer${id}@example.test`, sgt(signupLocal), firstOrderAt, firstOrderAt],
  );
}

export function addOrder(db: Db, id: number, customerId: number, placedLocal: string, amountUsd: number, promoCode: string | null): void {
  run(
    db,
    `INSERT INTO orders (id, customer_id, region, country, status, carrier, tracking_number, fulfilment, currency, amount_local, amount_usd,
                         shipping_fee_usd, duties_usd, payment_method, promo_code, placed_at, estimated_delivery_at)
     VALUES (?, ?, 'SEA', 'SG', 'delivered', 'Ninja Van', ?, 'overseas_warehouse', 'SGD', ?, ?, 0, 0, 'card', ?, ?, ?)`,
    [id, customerId, `NV${id}`, amountUsd * 1.3, amountUsd, promoCode, sgt(placedLocal), sgt(placedLocal) + 4 * 86_400_000],
  );
}

export function addFeedback(db: Db, id: number, customerId: number, orderId: number, category: string, rating: number | null): void {
  run(
    db,
    `INSERT INTO feedback (id, customer_id, order_id, region, country, channel, language, text, rating, category, status, priority, created_at, updated_at, sla_due_at)
     VALUES (?, ?, ?, 'SEA', 'SG', 'app', 'en', 'About my order', ?, ?, 'new', 'P3', 0, 0, 0)`,
    [id, customerId, orderId, rating, category],
  );
}

/** KOL 1 in SEA, in campaign 5 (1 to 10 June 2026) with a contract of $900 fee, $100 seeding and 10% commission. */
export function addKolCampaign(db: Db, code: { code: string; maxUses: number | null }): void {
  db.exec(`
    INSERT INTO kols (id, region, name, platform, handle, followers, engagement_rate, audience_countries, languages, niches, status, tags, notes, updated_at)
      VALUES (1, 'SEA', 'Mai Review', 'tiktok', 'maireview', 42000, 0.05, 'SG', 'en', 'beauty', 'active', '', '', 0);
    INSERT INTO campaigns VALUES (5, 'SEA', 'KOL mid-year creators 2026', 'sales', '2026-06-01', '2026-06-10', 2000, 0);
    INSERT INTO campaign_members VALUES (1, 'SEA', 5, 1, NULL);
    INSERT INTO kol_contracts (id, region, kol_id, campaign_id, fee_amount, fee_currency, fee_usd, commission_pct, seeding_usd, deliverables,
                               usage_rights, disclosure_clause, status, updated_at)
      VALUES (1, 'SEA', 1, 5, 1170, 'SGD', 900, 10, 100, '{"tiktok":2}', 'organic 90 days', 1, 'signed', 0);
  `);
  run(db, 'INSERT INTO promo_codes VALUES (1, ?, ?, 1, NULL, 5, 10, ?, ?, ?)', ['SEA', code.code, sgt('2026-06-01T00:00'), sgt('2026-06-25T00:00'), code.maxUses]);
}

export function addAcquisition(db: Db, customerId: number, via: 'code' | 'referral', atLocal: string, code: string | null): void {
  run(db, "INSERT INTO customer_acquisitions VALUES (?, 'SEA', 1, NULL, 5, ?, ?, ?)", [customerId, code, via, sgt(atLocal)]);
}

/**
 * The fixture store's person 1 (Ana Reyes, granted SEA and EU) as an operator, in the store and as the person calls
 * act for: only operators edit rosters, and a lead of both regions reaches every row these tests make.
 */
export function operatorAna(store: FixtureDb): Person {
  run(store.db, "UPDATE people SET role = 'operator' WHERE id = ?", [store.lead.id]);
  return { ...store.lead, role: 'operator' };
}
