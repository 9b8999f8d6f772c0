// The attribution rules and a KOL's and campaign's figures on a hand-made store (test-support/rosters-fixture.ts):
// each expected number below is worked out by hand in the comment beside it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureDb, type FixtureDb } from '../../test-support/fixture-db';
import { codeAcquisition, ordersOfCode, codesOf } from './attribution';
import { rosterPerformance } from './performance-service';
import { rostersReport } from './rosters-report';
import { addAcquisition, addCustomer, addFeedback, addKolCampaign, addOrder, sgt } from './test-support/rosters-fixture';

let store: FixtureDb;

beforeEach(() => {
  store = fixtureDb();
  const { db } = store;
  addKolCampaign(db, { code: 'MAI10', maxUses: 3 });
  for (const id of [31, 32, 33, 34, 35, 36]) addCustomer(db, id, '2026-05-30T12:00');
  addOrder(db, 301, 31, '2026-06-02T10:00', 50, 'mai10'); // typed in another case: use 1
  addOrder(db, 302, 32, '2026-05-31T23:00', 15, 'MAI10'); // before valid_from: not attributed, not a use
  addOrder(db, 303, 32, '2026-06-03T09:00', 20, 'MAI10'); // use 2 (customer 32's first order had no valid code)
  addOrder(db, 304, 33, '2026-06-09T20:00', 30, 'Mai10'); // use 3
  addOrder(db, 305, 34, '2026-06-10T08:00', 70, 'MAI10'); // use 4: over the cap of 3
  addOrder(db, 306, 35, '2026-06-25T00:00', 40, 'MAI10'); // at valid_until: expired
  addOrder(db, 307, 31, '2026-07-15T12:00', 25, null); // customer 31 again, 43 days after the first
  db.exec(`UPDATE customers SET first_order_at = (SELECT min(placed_at) FROM orders o WHERE o.customer_id = customers.id) WHERE id BETWEEN 31 AND 36`);
  addAcquisition(db, 31, 'code', '2026-06-02T10:00', 'mai10');
  addAcquisition(db, 33, 'code', '2026-06-09T20:00', 'Mai10');
  addAcquisition(db, 36, 'referral', '2026-06-05T18:00', null);
  addFeedback(db, 901, 31, 301, 'late_delivery', 2);
  addFeedback(db, 902, 33, 304, 'product_quality', 4);
  addFeedback(db, 903, 34, 305, 'lost_parcel', 1); // on an order over the cap: not the KOL's
});

afterEach(() => store.cleanup());

describe('the attribution rules', () => {
  it('counts a code whatever its case, from valid_from up to valid_until, its first max_uses valid uses only', () => {
    const [code] = codesOf(store.db, { kind: 'kol', id: 1 });
    expect(ordersOfCode(store.db, code as NonNullable<typeof code>).map((o) => o.id)).toEqual([301, 303, 304]);
  });

  it('acquires a customer by code only when their first order is one the code brings', () => {
    expect(codeAcquisition(store.db, 31)?.placedAt).toBe(sgt('2026-06-02T10:00'));
    expect(codeAcquisition(store.db, 33)?.code.kol_id).toBe(1);
    expect(codeAcquisition(store.db, 32)).toBeNull(); // first order before the code was valid
    expect(codeAcquisition(store.db, 34)).toBeNull(); // over the cap
    expect(codeAcquisition(store.db, 35)).toBeNull(); // expired
    expect(codeAcquisition(store.db, 36)).toBeNull(); // no orders (a referral, recorded as such)
  });
});

describe('a KOL’s figures', () => {
  it('adds up its life: orders, revenue, spend with commission, CAC, ROAS, repurchase, complaints and rating', () => {
    const { life } = rosterPerformance(store.db, 'kol', 1, store.lead);
    expect(life).toEqual({
      newCustomers: 3, // 31 and 33 by code, 36 by referral
      orders: 3, // 301, 303, 304
      revenueUsd: 100, // 50 + 20 + 30
      spendUsd: 1010, // 900 fee + 100 seeding + 10% of $100
      cacUsd: 1010 / 3,
      roas: 100 / 1010,
      repurchaseDue: 2, // 31 and 33 ordered first more than 90 days before the last SEA order (31 Oct); 36 never ordered
      repurchased: 1, // 31 ordered again on 15 July
      repurchaseRate: 0.5,
      complaints: 1, // late delivery on 301; 902 is about the product, 903 is on an order over the cap
      complaintsPer1kOrders: 1000 / 3,
      ratings: 2,
      averageRating: 3, // (2 + 4) / 2
    });
  });

  it('splits it by ISO week in Singapore time, the fee and seeding spread over the campaign’s ten days', () => {
    const { weeks } = rosterPerformance(store.db, 'kol', 1, store.lead);
    expect(weeks.map((w) => [w.week, w.orders, w.revenueUsd, w.newCustomers, w.spendUsd])).toEqual([
      // 1-7 June: 7 days of $100 + commission on 301 ($5) and 303 ($2)
      ['2026-W23', 2, 70, 2, 707],
      // 8-10 June: 3 days of $100 + commission on 304 ($3)
      ['2026-W24', 1, 30, 1, 303],
    ]);
  });

  it('gives the campaign the same figures, and refuses a region the person is not granted', () => {
    const kol = rosterPerformance(store.db, 'kol', 1, store.lead);
    const campaign = rosterPerformance(store.db, 'campaign', 5, store.lead);
    expect(campaign.life).toEqual(kol.life);
    expect(campaign.name).toBe('KOL mid-year creators 2026');
    const euOnly = { ...store.lead, regions: ['EU' as const] };
    expect(() => rosterPerformance(store.db, 'kol', 1, euOnly)).toThrow('KOL #1 is in SEA, which you are not granted');
  });
});

describe('the Reports view’s KOL and community page', () => {
  it('ranks KOLs by CAC and complaints and lists the campaigns’ ROAS with the rosters’ own figures', () => {
    expect(rostersReport(store.db, 'SEA', store.lead)).toEqual({
      region: 'SEA',
      topByCac: [{ id: 1, name: 'Mai Review', newCustomers: 3, cacUsd: 1010 / 3 }],
      topByComplaints: [{ id: 1, name: 'Mai Review', orders: 3, complaintsPer1kOrders: 1000 / 3 }],
      campaigns: [{ id: 5, name: 'KOL mid-year creators 2026', spendUsd: 1010, revenueUsd: 100, roas: 100 / 1010 }],
      communities: [],
    });
  });
});
