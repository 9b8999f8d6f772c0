// What the report shows for its own week only, read straight from the store: signup cohorts, the funnel by
// channel and the top complaints.
import { SIGNUP_CHANNELS, type FeedbackCategory, type Language, type Priority, type SignupChannel } from '../../../shared/domain';
import { dayNumber, shiftIsoWeek, type WeekBounds } from '../../../shared/iso-week';
import { FUNNEL_STAGES, type CohortRow, type FunnelChannelRow, type FunnelStageRow, type TopComplaint } from '../../../shared/report-types';
import type { Db } from '../../db/open';
import { all, column, value } from '../../db/statement-cache';
import { RETENTION_DAYS, cohortDay } from './activity-measures';
import { ratio } from './kpis';
import { scrubPersonalData } from './personal-data';
import type { RegionClock } from './region-clock';

const COHORT_WEEKS = 12;
const TOP_COMPLAINTS = 5;

/**
 * The signup cohorts of the 12 weeks ending with the report's week, newest first: for each, the share of its
 * customers active on exactly their signup day + N, once that day has passed for all of them by the week's end.
 */
export function cohortRows(db: Db, clock: RegionClock, week: WeekBounds): CohortRow[] {
  const lastDay = dayNumber(week.lastDay);
  const rows: CohortRow[] = [];
  for (let back = 0; back < COHORT_WEEKS; back++) {
    const cohort = clock.week(shiftIsoWeek(week.week, -back));
    const monday = dayNumber(cohort.firstDay);
    const customers =
      value<number>(db, 'SELECT count(*) FROM customers WHERE region = ? AND signup_at >= ? AND signup_at < ?', [clock.region, cohort.start, cohort.end]) ?? 0;
    const share = (n: number): number | null => {
      if (monday + 6 + n > lastDay) return null;
      let active = 0;
      for (let day = monday; day < monday + 7; day++) active += cohortDay(db, clock, day, n).active;
      return ratio(active, customers);
    };
    const [d1, d7, d30] = RETENTION_DAYS.map(share) as [number | null, number | null, number | null];
    rows.push({ week: cohort.week, customers, d1, d7, d30 });
  }
  return rows;
}

const FUNNEL_SQL = `
  SELECT channel, sum(visits) AS visits, sum(product_views) AS productViews, sum(add_to_cart) AS addToCart,
         sum(checkout_started) AS checkoutStarted, sum(orders) AS orders
  FROM daily_funnel WHERE region = ? AND day BETWEEN ? AND ?
  GROUP BY channel`;

/** The daily funnel summed over the week: its stages with step rates, and each channel's rows. */
export function funnelReport(db: Db, clock: RegionClock, week: WeekBounds): { stages: FunnelStageRow[]; byChannel: FunnelChannelRow[] } {
  const rows = all<Omit<FunnelChannelRow, 'conversionRate'>>(db, FUNNEL_SQL, [clock.region, week.firstDay, week.lastDay]);
  const byName = new Map(rows.map((row) => [row.channel, row]));
  const byChannel = SIGNUP_CHANNELS.filter((channel) => byName.has(channel)).map((channel) => {
    const row = byName.get(channel) as Omit<FunnelChannelRow, 'conversionRate'>;
    return { ...row, channel: channel as SignupChannel, conversionRate: ratio(row.orders, row.visits) };
  });
  const sum = (key: 'visits' | 'productViews' | 'addToCart' | 'checkoutStarted' | 'orders') => rows.reduce((total, row) => total + row[key], 0);
  const counts = [sum('visits'), sum('productViews'), sum('addToCart'), sum('checkoutStarted'), sum('orders')];
  const stages = FUNNEL_STAGES.map((stage, i) => ({
    stage,
    count: counts[i] as number,
    fromPrevious: i === 0 ? null : ratio(counts[i] as number, counts[i - 1] as number),
    fromVisits: ratio(counts[i] as number, counts[0] as number),
  }));
  return { stages, byChannel };
}

// The week's most pressing complaints: highest priority, then lowest rating, then the earliest; merged duplicates
// repeat their primary and 'other' is not a complaint.
const TOP_SQL = `
  SELECT f.id, f.category, f.priority, f.language, f.created_at AS createdAt, f.text, c.name
  FROM feedback f JOIN customers c ON c.id = f.customer_id
  WHERE f.region = ? AND f.created_at >= ? AND f.created_at < ? AND f.category <> 'other' AND f.duplicate_of IS NULL
  ORDER BY f.priority, coalesce(f.rating, 6), f.created_at, f.id
  LIMIT ?`;

export function topComplaints(db: Db, clock: RegionClock, week: WeekBounds): TopComplaint[] {
  const staff = column<string>(db, 'SELECT name FROM people');
  const rows = all<{
    id: number;
    category: FeedbackCategory;
    priority: Priority;
    language: Language;
    createdAt: number;
    text: string;
    name: string;
  }>(db, TOP_SQL, [clock.region, week.start, week.end, TOP_COMPLAINTS]);
  return rows.map((row) => ({
    feedbackId: row.id,
    category: row.category,
    priority: row.priority,
    language: row.language,
    createdAt: row.createdAt,
    text: scrubPersonalData(row.text, [row.name, ...staff]),
  }));
}
