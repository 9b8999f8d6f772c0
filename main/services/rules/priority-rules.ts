import type { FeedbackCategory, Priority } from '../../../shared/domain';
import type { Suggestion } from '../../../shared/feedback-detail';
import type { FeedbackFacts } from './facts';

/** Score needed for each priority; below P3_MIN_SCORE an item is P4. */
const P1_MIN_SCORE = 6;
const P2_MIN_SCORE = 4;
const P3_MIN_SCORE = 2;

const HIGH_VALUE_POINTS = 2;
/** A customer writing again within the month is close to churning or escalating publicly. */
const REPEAT_COMPLAINTS_POINTS = 2;
const REPEAT_COMPLAINTS_MIN = 2;
/** The goods are gone: nothing the customer can wait out. */
const ORDER_LOST_POINTS = 3;
const VERY_LATE_DAYS = 7;
const VERY_LATE_POINTS = 2;
const LATE_DAYS = 3;
const LATE_POINTS = 1;
const ONE_STAR_POINTS = 1;
const CUSTOMS_HOLD_POINTS = 1;

/**
 * Categories where the customer is out of goods or money until we act; late deliveries, returns and
 * product questions usually resolve on their own course and carry no extra weight.
 */
const CATEGORY_SEVERITY: Partial<Record<FeedbackCategory, { points: number; reason: string }>> = {
  lost_parcel: { points: 1, reason: 'lost-parcel case' },
  damaged: { points: 1, reason: 'goods arrived damaged' },
  customs_duties: { points: 1, reason: 'customs dispute' },
  payment: { points: 1, reason: 'payment problem' },
};

interface Driver {
  points: number;
  reason: string;
}

/** Suggests a priority from an additive score; the first reason is the SLA it commits the team to. */
export function suggestPriority(facts: FeedbackFacts): Suggestion<Priority> {
  const drivers = priorityDrivers(facts);
  const score = drivers.reduce((sum, d) => sum + d.points, 0);
  const value = priorityForScore(score);
  const reasons = drivers.length > 0 ? drivers.map((d) => d.reason) : ['no urgency signals'];
  return { value, reasons: [slaReason(value, facts.policyHours[value]), ...reasons] };
}

function priorityForScore(score: number): Priority {
  if (score >= P1_MIN_SCORE) return 'P1';
  if (score >= P2_MIN_SCORE) return 'P2';
  if (score >= P3_MIN_SCORE) return 'P3';
  return 'P4';
}

/** What raises the score, strongest first (stable, so equal drivers keep this order). */
function priorityDrivers(facts: FeedbackFacts): Driver[] {
  const { order } = facts;
  const candidates: (Driver | null)[] = [
    facts.customerHighValue ? { points: HIGH_VALUE_POINTS, reason: 'high-value customer' } : null,
    facts.recentComplaints >= REPEAT_COMPLAINTS_MIN
      ? { points: REPEAT_COMPLAINTS_POINTS, reason: `${facts.recentComplaints} earlier complaints in 30 days` }
      : null,
    order?.status === 'lost' ? { points: ORDER_LOST_POINTS, reason: 'parcel marked lost by carrier' } : null,
    order ? lateness(order.daysLate) : null,
    order?.customsHeld ? { points: CUSTOMS_HOLD_POINTS, reason: 'held in customs' } : null,
    facts.rating === 1 ? { points: ONE_STAR_POINTS, reason: 'rated 1 star' } : null,
    CATEGORY_SEVERITY[facts.category] ?? null,
  ];
  return candidates.filter((d): d is Driver => d !== null).sort((a, b) => b.points - a.points);
}

function lateness(daysLate: number): Driver | null {
  const reason = `parcel ${daysLate} days late`;
  if (daysLate > VERY_LATE_DAYS) return { points: VERY_LATE_POINTS, reason };
  if (daysLate > LATE_DAYS) return { points: LATE_POINTS, reason };
  return null;
}

function slaReason(priority: Priority, hours: number): string {
  return `${priority}: reply due within ${formatHours(hours)} under this region's policy`;
}

function formatHours(hours: number): string {
  return `${Number.isInteger(hours) ? hours : Number(hours.toFixed(1))} h`;
}
