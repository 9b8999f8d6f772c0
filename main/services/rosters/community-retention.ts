// A community's members (customers linked with consent) beside non-members (customers of no community) who signed
// up in the same ISO weeks: D30 retention as the Reports view counts it, and 90-day repurchase as the rosters do
// (docs/metrics.md, "KOL and community attribution").
import { DAY_MS, type Person, type RegionCode } from '../../../shared/domain';
import { dayNumber, isoWeekMonday, isoWeekOfDay, dayFromNumber } from '../../../shared/iso-week';
import type { CommunityRetention, RetentionGroup } from '../../../shared/rosters-calls';
import type { Db } from '../../db/open';
import { all, get, value } from '../../db/statement-cache';
import { ServiceError } from '../kit';
import { clockOf } from './region-clocks';

const RETENTION_DAY = 30;
const REPURCHASE_DAYS = 90;

// Every signup day of the weeks at once (a JSON list of [start, end, day 30 text, whether day 30 is reached]): each
// customer's group (1 member of this community, 0 of none, null of another only), whether they were active on day
// 30, and whether they ordered again within 90 days of their first order.
const COHORT_SQL = `
  WITH days AS (
    SELECT json_extract(value, '$[0]') AS start, json_extract(value, '$[1]') AS stop, json_extract(value, '$[2]') AS target,
           json_extract(value, '$[3]') AS due
    FROM json_each($days))
  SELECT CASE WHEN EXISTS (SELECT 1 FROM community_members m WHERE m.customer_id = c.id AND m.community_id = $community) THEN 1
              WHEN EXISTS (SELECT 1 FROM community_members m WHERE m.customer_id = c.id) THEN NULL ELSE 0 END AS member,
         count(*) AS customers,
         sum(d.due) AS d30_due,
         sum(d.due AND a.customer_id IS NOT NULL) AS d30_active,
         sum(c.first_order_at IS NOT NULL AND c.first_order_at + $window <= $asOf) AS repurchase_due,
         sum(c.first_order_at IS NOT NULL AND c.first_order_at + $window <= $asOf
             AND (SELECT count(*) FROM orders o WHERE o.customer_id = c.id AND o.placed_at <= c.first_order_at + $window) >= 2) AS repurchased
  FROM days d
  CROSS JOIN customers c ON c.region = $region AND c.signup_at >= d.start AND c.signup_at < d.stop
  LEFT JOIN customer_activity a ON a.region = c.region AND a.day = d.target AND a.customer_id = c.id
  GROUP BY 1`;

const emptyGroup = (): RetentionGroup => ({ customers: 0, d30Due: 0, d30Active: 0, d30Rate: null, repurchaseDue: 0, repurchased: 0, repurchaseRate: null });

export function communityRetention(db: Db, communityId: number, person: Person): CommunityRetention {
  const community = get<{ name: string; region: RegionCode }>(db, 'SELECT name, region FROM communities WHERE id = ?', [communityId]);
  if (!community) throw new ServiceError('not_found', `Community #${communityId} does not exist`, 'communityId');
  if (!person.regions.includes(community.region)) {
    throw new ServiceError('forbidden', `Community #${communityId} is in ${community.region}, which you are not granted`, 'communityId');
  }
  const clock = clockOf(db, community.region);
  const signups = all<{ signup_at: number }>(
    db,
    'SELECT DISTINCT c.signup_at FROM community_members m JOIN customers c ON c.id = m.customer_id WHERE m.community_id = ?',
    [communityId],
  );
  const weeks = new Set(signups.map((s) => isoWeekOfDay(clock.dayOf(s.signup_at))));
  const lastActive = value<string>(db, 'SELECT max(day) FROM customer_activity WHERE region = ?', [community.region]);
  const asOf = value<number>(db, 'SELECT max(placed_at) FROM orders WHERE region = ?', [community.region]) ?? 0;
  const groups = { members: emptyGroup(), nonMembers: emptyGroup() };
  const last = lastActive === undefined || lastActive === null ? null : dayNumber(lastActive);
  const days: [number, number, string, number][] = [];
  for (const week of weeks) {
    const monday = dayNumber(isoWeekMonday(week));
    for (let day = monday; day < monday + 7; day++) {
      // Only signups whose thirtieth day the activity data has reached are due.
      days.push([clock.dayStart(day), clock.dayStart(day + 1), dayFromNumber(day + RETENTION_DAY), last !== null && day + RETENTION_DAY <= last ? 1 : 0]);
    }
  }
  const rows = all<{ member: 0 | 1 | null; customers: number; d30_due: number; d30_active: number; repurchase_due: number; repurchased: number }>(db, COHORT_SQL, {
    days: JSON.stringify(days), community: communityId, window: REPURCHASE_DAYS * DAY_MS, asOf, region: community.region,
  });
  for (const row of rows) {
    if (row.member === null) continue;
    const group = row.member === 1 ? groups.members : groups.nonMembers;
    group.customers += row.customers;
    group.d30Due += row.d30_due ?? 0;
    group.d30Active += row.d30_active ?? 0;
    group.repurchaseDue += row.repurchase_due ?? 0;
    group.repurchased += row.repurchased ?? 0;
  }
  for (const group of Object.values(groups)) {
    group.d30Rate = group.d30Due === 0 ? null : group.d30Active / group.d30Due;
    group.repurchaseRate = group.repurchaseDue === 0 ? null : group.repurchased / group.repurchaseDue;
  }
  return { communityId, name: community.name, signupWeeks: weeks.size, ...groups };
}
