// The "KOL and community" page for one region, in the Reports view (over the whole life) and in the weekly review
// pack (for one ISO week): top KOLs by CAC and by complaint rate, campaigns' ROAS, and the biggest communities'
// retention against non-members. Each figure is the one the rosters show (performance-service.ts,
// community-retention.ts): one definition, docs/metrics.md.
import type { Person, RegionCode } from '../../../shared/domain';
import { addDays, isoWeekMonday, weekBounds, type IsoWeek } from '../../../shared/iso-week';
import type { RosterNumbers, RosterPerformance } from '../../../shared/rosters-calls';
import type { RostersReport } from '../../../shared/rosters-kols';
import type { Db } from '../../db/open';
import { column, value } from '../../db/statement-cache';
import { ServiceError } from '../kit';
import { communityRetention } from './community-retention';
import { rosterPerformance } from './performance-service';

const TOP = 5;
const CAMPAIGNS = 8;
const COMMUNITIES = 3;

/** The figures of a life, or of one of its weeks (none when nothing happened in that week). */
function figures(performance: RosterPerformance, week: IsoWeek | undefined): RosterNumbers | undefined {
  return week === undefined ? performance.life : performance.weeks.find((w) => w.week === week);
}

// The owners (KOLs or campaigns) that may have figures in a week, so a week's page reads few of them, not all:
// a contract whose campaign runs that week (spend), a code valid that week with an order placed under it then
// (orders, commissions, complaints), or a customer acquired that week. Each then shows only what the week holds.
const ACTIVE_IN_WEEK_SQL = (owner: 'kol_id' | 'campaign_id') => `
  SELECT k.${owner} FROM kol_contracts k JOIN campaigns c ON c.id = k.campaign_id
  WHERE k.region = $region AND k.status NOT IN ('draft', 'cancelled') AND c.starts_on <= $lastDay AND c.ends_on >= $firstDay
  UNION
  SELECT p.${owner} FROM promo_codes p
  WHERE p.region = $region AND p.${owner} IS NOT NULL AND p.valid_from < $end AND (p.valid_until IS NULL OR p.valid_until > $start)
    AND EXISTS (SELECT 1 FROM orders o WHERE o.promo_code IS NOT NULL AND o.region = p.region AND upper(o.promo_code) = upper(p.code)
                AND o.placed_at >= max(p.valid_from, $start) AND o.placed_at < min(coalesce(p.valid_until, $end), $end))
  UNION
  SELECT a.${owner} FROM customer_acquisitions a WHERE a.region = $region AND a.${owner} IS NOT NULL AND a.acquired_at >= $start AND a.acquired_at < $end`;

function activeInWeek(db: Db, region: RegionCode, owner: 'kol_id' | 'campaign_id', week: IsoWeek): Set<number> {
  const bounds = weekBounds(week, value<string>(db, 'SELECT time_zone FROM regions WHERE code = ?', [region]) ?? 'UTC');
  return new Set(column<number>(db, ACTIVE_IN_WEEK_SQL(owner), { region, firstDay: bounds.firstDay, lastDay: bounds.lastDay, start: bounds.start, end: bounds.end }));
}

/** The latest campaigns; for a week, the latest of those with spend or attributed figures in it. */
function campaignFigures(db: Db, region: RegionCode, person: Person, week: IsoWeek | undefined): { performance: RosterPerformance; numbers: RosterNumbers }[] {
  const sunday = week === undefined ? '9999-12-31' : addDays(isoWeekMonday(week), 6);
  const active = week === undefined ? null : activeInWeek(db, region, 'campaign_id', week);
  const ids = column<number>(db, 'SELECT id FROM campaigns WHERE region = ? AND starts_on <= ? ORDER BY starts_on DESC, id DESC', [region, sunday])
    .filter((id) => active === null || active.has(id));
  const found: { performance: RosterPerformance; numbers: RosterNumbers }[] = [];
  for (const id of ids) {
    if (found.length === CAMPAIGNS) break;
    const performance = rosterPerformance(db, 'campaign', id, person);
    const numbers = figures(performance, week);
    if (numbers) found.push({ performance, numbers });
  }
  return found;
}

export function rostersReport(db: Db, region: RegionCode, person: Person, week?: IsoWeek): RostersReport {
  if (!person.regions.includes(region)) throw new ServiceError('forbidden', `You are not granted ${region}`, 'region');
  const active = week === undefined ? null : activeInWeek(db, region, 'kol_id', week);
  const kols = column<number>(db, 'SELECT DISTINCT kol_id FROM kol_contracts WHERE region = ? AND status NOT IN (\'draft\', \'cancelled\') ORDER BY kol_id', [region])
    .filter((id) => active === null || active.has(id))
    .map((id) => rosterPerformance(db, 'kol', id, person))
    .flatMap((performance) => {
      const numbers = figures(performance, week);
      return numbers ? [{ id: performance.id, name: performance.name, numbers }] : [];
    });
  const topByCac = kols
    .filter((k) => k.numbers.cacUsd !== null)
    .sort((a, b) => (a.numbers.cacUsd as number) - (b.numbers.cacUsd as number) || a.id - b.id)
    .slice(0, TOP)
    .map((k) => ({ id: k.id, name: k.name, newCustomers: k.numbers.newCustomers, cacUsd: k.numbers.cacUsd as number }));
  const topByComplaints = kols
    .filter((k) => k.numbers.complaintsPer1kOrders !== null)
    .sort((a, b) => (b.numbers.complaintsPer1kOrders as number) - (a.numbers.complaintsPer1kOrders as number) || a.id - b.id)
    .slice(0, TOP)
    .map((k) => ({ id: k.id, name: k.name, orders: k.numbers.orders, complaintsPer1kOrders: k.numbers.complaintsPer1kOrders as number }));
  const campaigns = campaignFigures(db, region, person, week).map(({ performance, numbers }) => ({
    id: performance.id, name: performance.name, spendUsd: numbers.spendUsd, revenueUsd: numbers.revenueUsd, roas: numbers.roas,
  }));
  // Retention is a comparison of signup weeks, not a figure of one week: the pack shows it as the rosters do.
  const communities = column<number>(
    db,
    `SELECT c.id FROM communities c WHERE c.region = ?
     ORDER BY (SELECT count(*) FROM community_members m WHERE m.community_id = c.id AND m.customer_id IS NOT NULL) DESC, c.id LIMIT ?`,
    [region, COMMUNITIES],
  ).map((id) => {
    const r = communityRetention(db, id, person);
    return {
      id, name: r.name, membersD30: r.members.d30Rate, nonMembersD30: r.nonMembers.d30Rate,
      membersRepurchase: r.members.repurchaseRate, nonMembersRepurchase: r.nonMembers.repurchaseRate,
    };
  });
  return { region, topByCac, topByComplaints, campaigns, communities };
}
