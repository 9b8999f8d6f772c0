// Feedback items from the staged reviews the mapping says are feedback: each with its order and customer, and the
// category and priority today's rules suggest, as for any other item. A review already imported keeps the
// operator's work (status, category, priority, assignee): only what the customer wrote is brought up to date.
import { DAY_MS, PRIORITIES, type Priority, type RegionCode } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { all, run, tuples, value, type SqlValue } from '../../db/statement-cache';
import type { SourceMapping } from '../../ingest/mapping';
import type { Reject } from '../../ingest/read-entity';
import { daysLate } from '../feedback/days-late';
import { suggestCategory } from '../rules/category-rules';
import type { FeedbackFacts } from '../rules/facts';
import { suggestPriority } from '../rules/priority-rules';
import { policyHours } from '../sla/policies';
import { insertMany } from '../../db/insert-many';
import { contentHash, IdAllocator, keyRows } from './keys';
import type { Pause, Tally } from './tally';

const BATCH = 2_000;

/** A staged review with its order's facts, when its order and customer were imported. */
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
  imported: 0 | 1;
  order_id: number;
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
  SELECT r.rowid, r."key", r."order", r.score, r.title, r.comment, r.created_at, r.answered_at, r._line,
    c.id IS NOT NULL AS imported, o.id AS order_id, o.customer_id, o.status, o.estimated_delivery_at, o.delivered_at, o.customs_entered_at, o.customs_cleared_at,
    o.duties_usd, c.is_high_value AS high_value
  FROM temp.stage_reviews r
    LEFT JOIN import_keys k ON k.source = ? AND k.entity = 'order' AND k.source_key = r."order"
    LEFT JOIN orders o ON o.id = k.local_id
    LEFT JOIN customers c ON c.id = o.customer_id
  WHERE r.rowid > ? AND (r.title IS NOT NULL OR r.comment IS NOT NULL OR r.score <= ?) ORDER BY r.rowid LIMIT ?`;
/** Reviews no text can make feedback (neither title nor comment, a good score): counted at once, never paged through. */
const PLAIN_SQL = 'SELECT count(*) FROM temp.stage_reviews WHERE title IS NULL AND comment IS NULL AND score > ?';
const EARLIER_SQL = 'SELECT customer_id, created_at FROM feedback WHERE region = ?';
const INSERT_INTO = `
  INSERT INTO feedback (id, customer_id, order_id, region, country, channel, language, text, rating, category, status, priority,
                        created_at, updated_at, sla_due_at)`;
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
  const maxScore = mapping.feedback.maxScoreWithoutText;
  let notFeedback = value<number>(db, PLAIN_SQL, [maxScore]) ?? 0;
  const write = db.transaction((page: StagedReview[]) => {
    const written: { review: StagedReview; text: string; createdAt: number }[] = [];
    for (const r of page) {
      const text = reviewText(mapping, r);
      if (text === null) {
        notFeedback++;
        continue;
      }
      if (r.imported === 0) {
        reject({ file, line: r._line, column: 'order', value: r.order, reason: `order "${r.order}" was not imported (see its own reject)`, record: null });
        continue;
      }
      written.push({ review: r, text, createdAt: r.answered_at ?? r.created_at });
    }
    const keyed = keyRows(db, mapping.source, 'review', written.map((w) => ({ key: w.review.key, content: contentHash([w.review.order, w.review.score, w.text, w.createdAt]) })), ids);
    const inserts: SqlValue[][] = [];
    keyed.forEach((k, i) => {
      const { review: r, text, createdAt } = written[i] as (typeof written)[number];
      tally[k.change]++;
      if (k.change === 'updated') run(db, UPDATE_SQL, [text, r.score, createdAt, k.id]);
      if (k.change !== 'inserted') return;
      const facts: FeedbackFacts = {
        language: mapping.feedback.language,
        text,
        rating: r.score,
        category: 'other',
        customerHighValue: r.high_value === 1,
        recentComplaints: times.within30Days(r.customer_id, createdAt),
        order: {
          status: r.status,
          daysLate: daysLate({ status: r.status, estimatedDeliveryAt: r.estimated_delivery_at, deliveredAt: r.delivered_at }, createdAt),
          customsHeld: r.customs_entered_at !== null && r.customs_cleared_at === null,
          dutiesUsd: r.duties_usd,
        },
        policyHours: hours,
      };
      const category = suggestCategory(facts).value;
      const priority = suggestPriority({ ...facts, category }).value;
      times.add(r.customer_id, createdAt);
      inserts.push([
        k.id, r.customer_id, r.order_id, region, mapping.country, mapping.feedback.channel, mapping.feedback.language, text, r.score,
        category, 'new', priority, createdAt, createdAt, createdAt + hours[priority] * 3_600_000,
      ]);
    });
    insertMany(db, INSERT_INTO, inserts);
  });
  let after = 0;
  for (;;) {
    const page = all<StagedReview>(db, REVIEWS_SQL, [mapping.source, after, maxScore, BATCH]);
    if (page.length === 0) return notFeedback;
    write(page);
    await pause();
    after = (page.at(-1) as StagedReview).rowid;
  }
}
