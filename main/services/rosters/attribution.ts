// The attribution rules (docs/metrics.md, "KOL and community attribution"): which orders a promo code brings to
// its owner. An order's code matches a code of the order's region whatever the case; it counts when placed from
// the code's `valid_from` up to (not at) its `valid_until`; a code with `max_uses` counts its first uses only, in
// the order they were placed (ties by order id), expired and early uses not counting towards the cap.
import type { RegionCode } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { all } from '../../db/statement-cache';

export interface CodeRow {
  id: number;
  region: RegionCode;
  code: string;
  kol_id: number | null;
  community_id: number | null;
  campaign_id: number | null;
  valid_from: number;
  valid_until: number | null;
  max_uses: number | null;
}

export interface AttributedOrder {
  id: number;
  customer_id: number;
  placed_at: number;
  amount_usd: number;
  code: CodeRow;
}

// The partial index orders_region_promo_code serves this (its WHERE repeated, so the planner may use it): one range
// of (region, upper(code)) in time order.
const USES_SQL = `
  SELECT id, customer_id, placed_at, amount_usd FROM orders
  WHERE promo_code IS NOT NULL AND region = ? AND upper(promo_code) = upper(?) AND placed_at >= ? AND placed_at < ?
  ORDER BY placed_at, id`;

/** The orders a code brings, under the rules above. */
export function ordersOfCode(db: Db, code: CodeRow): AttributedOrder[] {
  const uses = all<Omit<AttributedOrder, 'code'>>(db, USES_SQL, [code.region, code.code, code.valid_from, code.valid_until ?? Number.MAX_SAFE_INTEGER]);
  const counted = code.max_uses === null ? uses : uses.slice(0, code.max_uses);
  return counted.map((use) => ({ ...use, code }));
}

export type Owner = { kind: 'kol' | 'campaign' | 'community'; id: number };
const OWNER_COLUMN = { kol: 'kol_id', campaign: 'campaign_id', community: 'community_id' } as const;

export function codesOf(db: Db, owner: Owner): CodeRow[] {
  return all<CodeRow>(db, `SELECT id, region, code, kol_id, community_id, campaign_id, valid_from, valid_until, max_uses FROM promo_codes WHERE ${OWNER_COLUMN[owner.kind]} = ?`, [owner.id]);
}

/** Every order attributed to the owner (a KOL, a campaign or a community), oldest first. */
export function attributedOrders(db: Db, owner: Owner): AttributedOrder[] {
  return codesOf(db, owner)
    .flatMap((code) => ordersOfCode(db, code))
    .sort((a, b) => a.placed_at - b.placed_at || a.id - b.id);
}

/**
 * Who acquired a customer by the rules: the owner of the attributable code their first order used (first by time,
 * then id). Referral signups are recorded in customer_acquisitions as they happen; this is the check of the rest.
 */
export function codeAcquisition(db: Db, customerId: number): { code: CodeRow; placedAt: number } | null {
  const first = all<{ id: number; region: RegionCode; promo_code: string | null; placed_at: number }>(
    db,
    'SELECT id, region, promo_code, placed_at FROM orders WHERE customer_id = ? ORDER BY placed_at, id LIMIT 1',
    [customerId],
  )[0];
  if (!first?.promo_code) return null;
  const codes = all<CodeRow>(
    db,
    'SELECT id, region, code, kol_id, community_id, campaign_id, valid_from, valid_until, max_uses FROM promo_codes WHERE region = ? AND upper(code) = upper(?)',
    [first.region, first.promo_code],
  );
  const code = codes[0];
  if (!code || (code.kol_id === null && code.community_id === null)) return null;
  return ordersOfCode(db, code).some((order) => order.id === first.id) ? { code, placedAt: first.placed_at } : null;
}
