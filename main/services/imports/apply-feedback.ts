// Feedback items from the staged reviews the mapping says are feedback: each with its order and customer, and the
// category and priority today's rules suggest, as for any other item. A review already imported keeps the
// operator's work (status, category, priority, assignee): only what the customer wrote is brought up to date.
import { DAY_MS, PRIORITIES, type Priority, type RegionCode } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { all, get, run, tuples } from '../../db/statement-cache';
import type { SourceMapping } from '../../ingest/mapping';
import type { Reject } from '../../ingest/read-entity';
import { daysLate } from '../feedback/days-late';
import { suggestCategory } from '../rules/category-rules';
import type { FeedbackFacts } from '../rules/facts';
import { suggestPriority } from '../rules/priority-rules';
import { policyHours } from '../sla/policies';
import { contentHash, IdAllocator, keyRow, localId } from './keys';
import type { Pause, Tally } from './tally';

const BATCH = 2_000;

interface StagedReview {
  rowid: number;
  key: string;
  order: string;
  score: number;
  title: string | null;
  comment: string | null;
  created_at: number;
  answered_at: number | null;
  _line: number;
  _raw: string;
}

interface OrderFacts {
  customer_id: number;
  status: NonNullable<FeedbackFacts['order']>['status'];
  estimated_delivery_at: number;
  delivered_at: number | null;
  customs_entered_at: number | null;
  customs_cleared_at: number | null;
  duties_usd: number;
  high_value: number;
}

const REVIEWS_SQL = `
  SELECT rowid, "key", "order", score, title, comment, created_at, answered_at, _line, _raw
  FROM temp.stage_reviews WHERE rowid > ? ORDER BY rowid LIMIT ?`;
const ORDER_SQL = `
  SELECT o.customer_id, o.status, o.estimated_delivery_at, o.delivered_at, o.customs_entered_at, o.customs_cleared_at, o.duties_usd,
         c.is_high_value AS high_value
  FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = ?`;
const EARLIER_SQL = 'SELECT customer_id, created_at FROM feedback WHERE region = ?';
const INSERT_SQL = `
  INSERT INTO feedback (id, customer_id, order_id, region, country, channel, language, text, rating, category, status, priority,
                        created_at, updated_at, sla_due_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?, ?)`;
const UPDATE_SQL = 'UPDATE feedback SET text = ?, rating = ?, updated_at = max(updated_at, ?), version = version + 1 WHERE id = ?';

/** What the customer wrote, or the mapping's words for a low score without a comment; null: not feedback. */
export function reviewText(mapping: SourceMapping, review: { score: number; title: string | null; comment: string | null }): string | null {
  const written = [review.title, review.comment].filter((part): part is string => part !== null && part.trim() !== '').join('\n');
  if (written !== '') return written;
  return review.score <= mapping.feedback.maxScoreWithoutText ? mapping.feedback.textWithoutComment.replace('{score}', String(review.score)) : null;
}

/**
 * When each customer of the region wrote before, read in one pass (a bulk load has set the table's indexes aside),
 * and kept as items are added: the rules count a customer's complaints of the 30 days before.
 */
class FeedbackTimes {
  private readonly byCustomer = new Map<number, number[]>();
  constructor(db: Db, region: RegionCode) {
    for (const [customer, at] of tuples<[number, number]>(db, EARLIER_SQL, [region])) this.add(customer, at);
  }
  add(customer: number, at: number): void {
    const times = this.byCustomer.get(customer);
    if (times) times.push(at);
    else this.byCustomer.set(customer, [at]);
  }
  within30Days(customer: number, at: number): number {
    return (this.byCustomer.get(customer) ?? []).filter((t) => t > at - 30 * DAY_MS && t <= at).length;
  }
}

export async function applyFeedback(db: Db, mapping: SourceMapping, tally: Tally, reject: (r: Reject) => void, pause: Pause, idsAfter = 0): Promise<number> {
  const ids = new IdAllocator(db, 'feedback', idsAfter);
  const times = new FeedbackTimes(db, mapping.region);
  const region = mapping.region as RegionCode;
  const hours = Object.fromEntries(PRIORITIES.map((p) => [p, policyHours(db, region, p)])) as Record<Priority, number>;
  const file = mapping.entities.reviews?.file ?? '';
  let notFeedback = 0;
  const write = db.transaction((page: StagedReview[]) => {
    for (const r of page) {
      const text = reviewText(mapping, r);
      if (text === null) {
        notFeedback++;
        continue;
      }
      const orderId = localId(db, mapping.source, 'order', r.order);
      const order = orderId === undefined ? undefined : get<OrderFacts>(db, ORDER_SQL, [orderId]);
      if (orderId === undefined || !order) {
        reject({ file, line: r._line, column: 'order', value: r.order, reason: `order "${r.order}" was not imported (see its own reject)`, record: JSON.parse(r._raw) as string[] });
        continue;
      }
      const createdAt = r.answered_at ?? r.created_at;
      const keyed = keyRow(db, mapping.source, 'review', r.key, contentHash([r.order, r.score, text, createdAt]), ids);
      tally[keyed.change]++;
      if (keyed.change === 'updated') run(db, UPDATE_SQL, [text, r.score, createdAt, keyed.id]);
      if (keyed.change !== 'inserted') continue;
      const facts: FeedbackFacts = {
        language: mapping.feedback.language,
        text,
        rating: r.score,
        category: 'other',
        customerHighValue: order.high_value === 1,
        recentComplaints: times.within30Days(order.customer_id, createdAt),
        order: {
          status: order.status,
          daysLate: daysLate({ status: order.status, estimatedDeliveryAt: order.estimated_delivery_at, deliveredAt: order.delivered_at }, createdAt),
          customsHeld: order.customs_entered_at !== null && order.customs_cleared_at === null,
          dutiesUsd: order.duties_usd,
        },
        policyHours: hours,
      };
      const category = suggestCategory(facts).value;
      const priority = suggestPriority({ ...facts, category }).value;
      times.add(order.customer_id, createdAt);
      run(db, INSERT_SQL, [
        keyed.id, order.customer_id, orderId, region, mapping.country, mapping.feedback.channel, mapping.feedback.language, text, r.score,
        category, priority, createdAt, createdAt, createdAt + hours[priority] * 3_600_000,
      ]);
    }
  });
  let after = 0;
  for (;;) {
    const page = all<StagedReview>(db, REVIEWS_SQL, [after, BATCH]);
    if (page.length === 0) return notFeedback;
    write(page);
    await pause();
    after = (page.at(-1) as StagedReview).rowid;
  }
}
