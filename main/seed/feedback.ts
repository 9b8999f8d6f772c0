// Feedback: each complaint's item with its status, SLA, assignee, words, tags, pauses and the audit trail the
// console would have written on the way to its status.

import {
  DAY_MS,
  FEEDBACK_STATUSES,
  HOUR_MS,
  LOGISTICS_CATEGORIES,
  PRIORITIES,
  type FeedbackCategory,
  type FeedbackStatus,
  type Priority,
} from '../../shared/domain';
import { drawComplaint, type Complaint } from './complaints';
import { regionEnd, type Context } from './context';
import type { SimOrder } from './orders';
import type { Profile } from './profiles';
import { Rng, mixSeed } from './random';
import type { CustomerRow, FeedbackEventRow, FeedbackRow, FeedbackSlaPauseRow, FeedbackTagRow } from './rows';
import { FEEDBACK_TEXTS, composeText, fillTemplate } from './texts';

const PRIORITY_WEIGHTS: Record<FeedbackCategory, readonly number[]> = {
  late_delivery: [3, 30, 52, 15],
  lost_parcel: [35, 45, 18, 2],
  damaged: [8, 42, 42, 8],
  customs_duties: [8, 40, 42, 10],
  returns: [2, 20, 55, 23],
  product_quality: [2, 18, 50, 30],
  payment: [20, 45, 28, 7],
  account: [5, 25, 45, 25],
  other: [1, 9, 40, 50],
};

const RATINGS = [1, 2, 3, 4, 5] as const;
const COMPLAINT_RATINGS = [45, 25, 15, 10, 5];
const ACCOUNT_RATINGS = [25, 25, 25, 15, 10];
const OTHER_RATINGS = [10, 15, 25, 30, 20];

/** Mean hours to a first answer, by priority. */
const RESPONSE_HOURS: Record<Priority, number> = { P1: 0.75, P2: 3, P3: 8, P4: 16 };

const LOGISTICS = new Set<FeedbackCategory>(LOGISTICS_CATEGORIES);

export interface FeedbackOut {
  feedback: FeedbackRow[];
  tags: FeedbackTagRow[];
  events: FeedbackEventRow[];
  pauses: FeedbackSlaPauseRow[];
}

/**
 * Share of feedback still open, by age. A team's open queue is mostly the last hours and days; a few items
 * stay stuck for a week or weeks (a lost parcel's claim, a customer who never answers), none for a season.
 */
function openShare(ageMs: number): number {
  const hours = ageMs / HOUR_MS;
  if (hours < 6) return 0.98;
  if (hours < 24) return 0.92;
  const days = ageMs / DAY_MS;
  if (days < 3) return 0.8;
  if (days < 7) return 0.4;
  if (days < 14) return 0.05;
  if (days < 30) return 0.01;
  return 0;
}

export function simulateFeedback(
  ctx: Context,
  profile: Profile,
  customer: CustomerRow,
  orders: readonly SimOrder[],
  count: number,
  firstFeedbackId: number,
): FeedbackOut {
  const out: FeedbackOut = { feedback: [], tags: [], events: [], pauses: [] };
  if (count === 0) return out;
  const rng = new Rng(mixSeed(ctx.seed, profile.id, 3));
  const until = regionEnd(ctx, profile.regionIndex);
  const region = profile.region;
  const language = profile.language;
  const texts = FEEDBACK_TEXTS[language];
  const used = new Set<string>();
  const complaints: Complaint[] = [];
  for (let k = 0; k < count; k++) complaints.push(drawComplaint(rng, until, profile.signupAt, orders, used));
  // Ids in time order within the customer; the first complaint is not a repeat.
  complaints.sort((a, b) => a.createdAt - b.createdAt);

  complaints.forEach((c, index) => {
    const id = firstFeedbackId + index;
    const createdAt = c.createdAt;
    const age = until - createdAt;
    let priority = rng.weighted(PRIORITIES, PRIORITY_WEIGHTS[c.category]);
    if (customer.segment === 'vip' && priority !== 'P1' && rng.chance(0.5)) {
      priority = PRIORITIES[PRIORITIES.indexOf(priority) - 1] as Priority;
    }
    const hours = region.slaHours[priority];
    const slaDueAt = createdAt + Math.round(hours * HOUR_MS);
    const channel = region.feedbackChannels.draw(rng);

    // Status by age, then the path that led there: each step leaves the audit trail the console would have
    // written (first response = leaving 'new', resolved_at = the step to 'resolved', a pause = a waiting step).
    let status: FeedbackStatus;
    if (!rng.chance(openShare(age))) status = 'resolved';
    else if (age < 6 * HOUR_MS) status = rng.weighted(FEEDBACK_STATUSES, [55, 30, 15, 0, 0, 0]);
    else {
      const carrierIssue = c.order !== null && LOGISTICS.has(c.category);
      status = rng.weighted(FEEDBACK_STATUSES, [8, 20, 35, carrierIssue ? 22 : 0, 15, 0]);
    }
    const steps: FeedbackStatus[] =
      status === 'new' ? []
      : status === 'triaged' ? ['triaged']
      : status === 'resolved' ? (rng.chance(0.3) ? ['triaged', 'resolved'] : ['triaged', 'in_progress', 'resolved'])
      : status === 'in_progress' ? ['triaged', 'in_progress']
      : ['triaged', 'in_progress', status];
    const responseLag = rng.exponential(RESPONSE_HOURS[priority] * HOUR_MS);
    const stepTimes: number[] = [];
    if (steps.length > 0) {
      let endAt: number;
      if (status === 'resolved') endAt = createdAt + Math.min(hours * HOUR_MS * Math.exp(rng.normal(-0.45, 0.55)), age * rng.next());
      else if (status === 'triaged') endAt = createdAt + Math.min(responseLag, age * rng.next());
      else endAt = createdAt + age * rng.next();
      const firstAt = steps.length === 1 ? endAt : createdAt + Math.min(responseLag, (endAt - createdAt) * 0.7);
      stepTimes.push(Math.floor(firstAt));
      if (steps.length === 3) stepTimes.push(Math.floor(firstAt + (endAt - firstAt) * rng.next()));
      if (steps.length > 1) stepTimes.push(Math.floor(endAt));
    }
    const lastAt = stepTimes[stepTimes.length - 1] ?? createdAt;
    const firstResponseAt = stepTimes[0] ?? null;
    const resolvedAt = status === 'resolved' ? lastAt : null;
    const waiting = status === 'waiting_on_carrier' || status === 'waiting_on_customer';
    const pausedAt = waiting ? lastAt : null;

    const assigned =
      status === 'new' ? rng.chance(0.25) : status === 'triaged' ? rng.chance(0.7) : status === 'resolved' ? rng.chance(0.97) : true;
    const assigneeId = assigned ? region.assignees.draw(rng) : null;
    const lead = region.leads.draw(rng);
    const actorId = assigneeId ?? lead;
    let updatedAt = lastAt;
    if (assigneeId !== null) {
      const assignedAt = stepTimes[0] ?? Math.floor(createdAt + (until - createdAt) * rng.next() * 0.5);
      updatedAt = Math.max(updatedAt, assignedAt);
      out.events.push({ id: 0, feedback_id: id, at: assignedAt, actor_id: lead, kind: 'assignee', before: null, after: String(assigneeId) });
    }
    let previous: FeedbackStatus = 'new';
    steps.forEach((step, k) => {
      const at = stepTimes[k] as number;
      out.events.push({ id: 0, feedback_id: id, at, actor_id: actorId, kind: 'status', before: previous, after: step });
      if (step === 'waiting_on_carrier' || step === 'waiting_on_customer') {
        out.events.push({ id: 0, feedback_id: id, at, actor_id: actorId, kind: 'sla_paused', before: null, after: step });
      }
      previous = step;
    });
    const rating = rng.chance(0.4)
      ? null
      : rng.weighted(RATINGS, c.category === 'other' ? OTHER_RATINGS : c.category === 'account' ? ACCOUNT_RATINGS : COMPLAINT_RATINGS);

    // The words.
    const templates = texts.templates[c.category];
    const template = templates[c.template ?? rng.int(0, templates.length - 1)] as string;
    const body = fillTemplate(template, {
      order: c.order ? `#${c.order.row.id}` : undefined,
      carrier: c.order?.row.carrier,
      days: c.days,
    }, language);
    const neutral = c.category === 'account' || c.category === 'other';
    const opener = rng.pick(texts.openers);
    const closer = texts.closers[rng.int(0, (neutral ? texts.neutralClosers : texts.closers.length) - 1)] ?? '';
    const text = composeText(language, body, opener, closer);

    out.feedback.push({
      id,
      customer_id: profile.id,
      order_id: c.order?.row.id ?? null,
      region: region.info.code,
      country: profile.country.code,
      channel,
      language,
      text,
      rating,
      category: c.category,
      status,
      priority,
      assignee_id: assigneeId,
      created_at: createdAt,
      updated_at: updatedAt,
      sla_due_at: slaDueAt,
      sla_paused_at: pausedAt,
      first_response_at: firstResponseAt,
      resolved_at: resolvedAt,
      duplicate_of: null,
      merge_id: null,
      version: 1,
    });

    const tags: string[] = [];
    if (customer.segment === 'vip') tags.push('vip');
    if (index > 0) tags.push('repeat');
    if (channel === 'social') tags.push('social-media');
    const refundable = c.category === 'lost_parcel' || c.category === 'damaged' || c.category === 'returns' || c.category === 'product_quality';
    if ((refundable && rng.chance(0.45)) || (c.category === 'payment' && rng.chance(0.3))) tags.push('refund-requested');
    if (priority === 'P1' && rng.chance(0.5)) tags.push('escalated');
    if ((c.category === 'lost_parcel' || c.category === 'damaged') && rng.chance(0.4)) tags.push('carrier-claim');
    for (const tag of tags) out.tags.push({ feedback_id: id, tag });

    if (pausedAt !== null) out.pauses.push({ feedback_id: id, paused_at: pausedAt, resumed_at: null, reason: status });
  });
  return out;
}
