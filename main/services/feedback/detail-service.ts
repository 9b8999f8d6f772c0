import type { FeedbackDetail, OrderTimeline } from '../../../shared/feedback-detail';
import { DAY_MS, PRIORITIES, type FeedbackChannel, type Person, type Priority } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { all, get } from '../../db/statement-cache';
import { ServiceError } from '../kit';
import { acquiredBy } from '../rosters/acquired-by';
import { suggestCategory } from '../rules/category-rules';
import { suggestPriority } from '../rules/priority-rules';
import { policyHours } from '../sla/policies';
import { daysLate } from './days-late';
import { readQueueRows } from './queue-service';

interface FeedbackExtra {
  text: string;
  channel: FeedbackChannel;
  rating: number | null;
  first_response_at: number | null;
  resolved_at: number | null;
  duplicate_of: number | null;
  updated_at: number;
}

type CustomerRow = Omit<FeedbackDetail['customer'], 'earlierFeedback' | 'highValue' | 'acquiredBy'> & { highValue: number };

function readOrder(db: Db, orderId: number, now: number): OrderTimeline | null {
  const order = get<Omit<OrderTimeline, 'daysLate'>>(
    db,
    `SELECT id, status, carrier, tracking_number AS trackingNumber, fulfilment, currency, amount_local AS amountLocal,
            amount_usd AS amountUsd, shipping_fee_usd AS shippingFeeUsd, duties_usd AS dutiesUsd, placed_at AS placedAt,
            shipped_at AS shippedAt, customs_entered_at AS customsEnteredAt, customs_cleared_at AS customsClearedAt,
            estimated_delivery_at AS estimatedDeliveryAt, delivered_at AS deliveredAt
     FROM orders WHERE id = ?`,
    [orderId],
  );
  return order ? { ...order, daysLate: daysLate(order, now) } : null;
}

export function feedbackDetail(db: Db, id: number, person: Person, now: number): FeedbackDetail {
  const [row] = readQueueRows(db, [id], now);
  if (!row) throw new ServiceError('not_found', `Feedback #${id} does not exist`, 'id');
  if (!person.regions.includes(row.region)) throw new ServiceError('forbidden', `Feedback #${id} is in ${row.region}, which you are not granted`, 'id');
  const extra = get<FeedbackExtra>(db, 'SELECT text, channel, rating, first_response_at, resolved_at, duplicate_of, updated_at FROM feedback WHERE id = ?', [
    id,
  ]);

  const order = row.orderId === null ? null : readOrder(db, row.orderId, now);
  const customer = get<CustomerRow>(
    db,
    `SELECT id, name, country, segment, signup_at AS signupAt, orders_count AS ordersCount,
            lifetime_value_usd AS lifetimeValueUsd, is_high_value AS highValue
     FROM customers WHERE id = ?`,
    [row.customerId],
  );
  // Read outside a transaction: a sync may have taken the item away since its queue row was read.
  if (!extra || !customer) throw new ServiceError('not_found', `Feedback #${id} does not exist`, 'id');
  const earlierFeedback = all<FeedbackDetail['customer']['earlierFeedback'][number]>(
    db,
    `SELECT id, created_at AS createdAt, category, status, substr(text, 1, 160) AS firstLine
     FROM feedback WHERE customer_id = ? AND id <> ? ORDER BY created_at DESC LIMIT 20`,
    [row.customerId, id],
  );
  const merged = all<FeedbackDetail['merged'][number]>(
    db,
    `SELECT id, merge_id AS mergeId, text, created_at AS createdAt, sla_due_at AS slaDueAt,
            first_response_at AS firstResponseAt, resolved_at AS resolvedAt
     FROM feedback WHERE duplicate_of = ? ORDER BY created_at`,
    [id],
  );
  const events = all<FeedbackDetail['events'][number]>(
    db,
    `SELECT e.id, e.feedback_id AS feedbackId, e.at, p.name AS actorName, e.kind, e.before, e.after
     FROM feedback_events e LEFT JOIN people p ON p.id = e.actor_id
     WHERE e.feedback_id IN (SELECT value FROM json_each(?))
     ORDER BY e.at, e.id`,
    [JSON.stringify([id, ...merged.map((item) => item.id)])],
  );
  const slaPauses = all<FeedbackDetail['slaPauses'][number]>(
    db,
    'SELECT paused_at AS pausedAt, resumed_at AS resumedAt, reason FROM feedback_sla_pauses WHERE feedback_id = ? ORDER BY paused_at',
    [id],
  );

  const recentComplaints = earlierFeedback.filter(
    (earlier) => earlier.createdAt <= row.createdAt && earlier.createdAt > row.createdAt - 30 * DAY_MS,
  ).length;
  const facts = {
    language: row.language,
    text: extra.text,
    rating: extra.rating,
    category: row.category,
    customerHighValue: row.customerHighValue,
    recentComplaints,
    order: order && {
      status: order.status,
      daysLate: order.daysLate ?? 0,
      customsHeld: order.customsEnteredAt !== null && order.customsClearedAt === null,
      dutiesUsd: order.dutiesUsd,
    },
    policyHours: Object.fromEntries(PRIORITIES.map((priority) => [priority, policyHours(db, row.region, priority)])) as Record<Priority, number>,
  };

  return {
    feedback: {
      ...row,
      text: extra.text,
      channel: extra.channel,
      rating: extra.rating,
      firstResponseAt: extra.first_response_at,
      resolvedAt: extra.resolved_at,
      duplicateOf: extra.duplicate_of,
      updatedAt: extra.updated_at,
    },
    order,
    customer: { ...customer, highValue: customer.highValue === 1, earlierFeedback, acquiredBy: acquiredBy(db, row.customerId) },
    merged,
    events,
    slaPauses,
    suggestions: { category: suggestCategory(facts), priority: suggestPriority(facts) },
  };
}
