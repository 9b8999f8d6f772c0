// Members of a community beside non-members of the same signup weeks, on a hand-made store: D30 retention and
// 90-day repurchase, each expected figure worked out beside it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureDb, type FixtureDb } from '../../test-support/fixture-db';
import { run } from '../../db/statement-cache';
import { communityRetention } from './community-retention';
import { addCustomer, addOrder, sgt } from './test-support/rosters-fixture';

let store: FixtureDb;

function member(id: number, communityId: number, customerId: number | null): void {
  run(store.db, "INSERT INTO community_members VALUES (?, 'SEA', ?, ?, 'member', '2026-06-01', NULL, ?, ?, ?, ?)", [
    id, communityId, `member${id}`, customerId, customerId === null ? null : 'consent', customerId === null ? null : sgt('2026-06-01T09:00'),
    customerId === null ? null : 'signup form opt-in',
  ]);
}

beforeEach(() => {
  store = fixtureDb();
  const { db } = store;
  db.exec(`INSERT INTO communities VALUES (7, 'SEA', 'whatsapp', 'VIP circle SEA 1', 'en', 'vip', '3', 'active', 0),
                                          (8, 'SEA', 'line', 'Deal hunters SEA 1', 'en', 'category_fans', '3', 'active', 0)`);
  addCustomer(db, 41, '2026-06-03T10:00'); // member of 7, signed up in 2026-W23
  addCustomer(db, 42, '2026-06-04T10:00'); // no community, same week
  addCustomer(db, 43, '2026-06-06T10:00'); // member of 8 only: in neither group
  addCustomer(db, 44, '2026-06-15T10:00'); // no community, another week: not compared
  member(1, 7, 41);
  member(2, 8, 43);
  member(3, 7, null); // anonymous: no customer to count
  addOrder(db, 401, 41, '2026-06-05T10:00', 20, null);
  addOrder(db, 402, 41, '2026-06-20T10:00', 20, null); // 41 again within 90 days
  addOrder(db, 403, 42, '2026-06-06T10:00', 20, null); // 42 once
  db.exec(`UPDATE customers SET first_order_at = (SELECT min(placed_at) FROM orders o WHERE o.customer_id = customers.id) WHERE id BETWEEN 41 AND 44`);
  // Day 30 after signup: 41 on 3 July (active), 42 on 4 July (not); 44's later visit takes the data past both.
  db.exec(`INSERT INTO customer_activity VALUES ('SEA', '2026-07-03', 41), ('SEA', '2026-07-05', 42), ('SEA', '2026-08-01', 44)`);
});

afterEach(() => store.cleanup());

describe('community retention', () => {
  it('compares members with non-members who signed up in the same weeks', () => {
    expect(communityRetention(store.db, 7, store.lead)).toEqual({
      communityId: 7,
      name: 'VIP circle SEA 1',
      signupWeeks: 1,
      members: { customers: 1, d30Due: 1, d30Active: 1, d30Rate: 1, repurchaseDue: 1, repurchased: 1, repurchaseRate: 1 },
      nonMembers: { customers: 1, d30Due: 1, d30Active: 0, d30Rate: 0, repurchaseDue: 1, repurchased: 0, repurchaseRate: 0 },
    });
  });

  it('leaves a signup whose thirtieth day the data has not reached out of D30, and refuses ungranted regions', () => {
    run(store.db, 'DELETE FROM customer_activity WHERE customer_id = 44');
    run(store.db, 'DELETE FROM customer_activity WHERE customer_id = 42');
    // The data now ends on 3 July: 42's day 30 (4 July) is not reached.
    const retention = communityRetention(store.db, 7, store.lead);
    expect(retention.nonMembers.d30Due).toBe(0);
    expect(retention.nonMembers.d30Rate).toBeNull();
    expect(() => communityRetention(store.db, 7, { ...store.lead, regions: ['EU'] })).toThrow('Community #7 is in SEA, which you are not granted');
  });
});
