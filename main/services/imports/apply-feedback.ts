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
import { IdAllocator, keyPage, registerKeyFunctions, writePages } from './keys';
import type { Pause, Tally } from './tally';

const BATCH = 5_000;

/** A new item's review, with its order's facts. */
interface NewItem {
  id: number;
  score: number;
  text: string;
  created_at: number;
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

const PAGE_TABLE = `
  CREATE TEMP TABLE review_page (seq INTEGER PRIMARY KEY, "key", content, id, change, line, "order", score, text, created_at, imported,
    order_id, customer_id, status, estimated_delivery_at, delivered_at, customs_entered_at, customs_cleared_at, duties_usd, high_value)`;
/**
 * A page of staged reviews that may be feedback (a range of their rowids, in order) with their text (null: not
 * feedback after all), their order's facts when it was imported, and their content.
 */
const PAGE_SQL = `
  INSERT INTO temp.review_page (seq, "key", line, "order", score, text, created_at, imported, order_id, customer_id, status,
    estimated_delivery_at, delivered_at, customs_entered_at, customs_cleared_at, duties_usd, high_value, content)
  SELECT p.*, content_hash(p."order", p.score, p.text, p.created_at) FROM (
    SELECT r.rowid, r."key", r._line, r."order", r.score, import_review_text(r.score, r.title, r.comment) AS text,
      coalesce(r.answered_at, r.created_at) AS created_at, c.id IS NOT NULL, o.id, o.customer_id, o.status, o.estimated_delivery_at,
      o.delivered_at, o.customs_entered_at, o.customs_cleared_at, o.duties_usd, c.is_high_value
    FROM temp.stage_reviews r
      LEFT JOIN import_keys k ON k.source = @source AND k.entity = 'order' AND k.source_key = r."order"
      LEFT JOIN orders o ON o.id = k.local_id
      LEFT JOIN customers c ON c.id = o.customer_id
    WHERE r.rowid > @after AND (r.title IS NOT NULL OR r.comment IS NOT NULL OR r.score <= @maxScore) ORDER BY r.rowid LIMIT @limit
  ) AS p`;
const INSERTED_SQL = `
  SELECT id, customer_id, order_id, score, text, created_at, status, estimated_delivery_at, delivered_at, customs_entered_at,
    customs_cleared_at, duties_usd, high_value
  FROM temp.review_page WHERE change = 'inserted' ORDER BY seq`;
/** Reviews no text can make feedback (neither title nor comment, a good score): counted at once, never paged through. */
const PLAIN_SQL = 'SELECT count(*) FROM temp.stage_reviews WHERE title IS NULL AND comment IS NULL AND score > ?';
const EARLIER_SQL = 'SELECT customer_id, created_at FROM feedback WHERE region = ?';
const INSERT_INTO = `
  INSERT INTO feedback (id, customer_id, order_id, region, country, channel, language, text, rating, category, status, priority,
                        created_at, updated_at, sla_due_at)`;
const UPDATE_SQL = `
  UPDATE feedback SET text = p.text, rating = p.score, updated_at = max(feedback.updated_at, p.created_at), version = feedback.version + 1
  FROM temp.review_page p WHERE p.change = 'updated' AND feedback.id = p.id`;

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
  registerKeyFunctions(db);
  db.function('import_review_text', { deterministic: true }, (score: unknown, title: unknown, comment: unknown) =>
    reviewText(mapping, { score: score as number, title: title as string | null, comment: comment as string | null }));
  /** Writes a page; the last staged rowid it held, or null when there are no more. */
  const write = db.transaction((after: number): number | null => {
    run(db, 'DELETE FROM temp.review_page');
    if (run(db, PAGE_SQL, { source: mapping.source, after, maxScore, limit: BATCH }).changes === 0) return null;
    const last = value<number>(db, 'SELECT max(seq) FROM temp.review_page') as number;
    notFeedback += run(db, 'DELETE FROM temp.review_page WHERE text IS NULL').changes;
    for (const r of all<{ seq: number; line: number; order: string }>(db, 'SELECT seq, line, "order" FROM temp.review_page WHERE imported = 0')) {
      reject({ file, line: r.line, column: 'order', value: r.order, reason: `order "${r.order}" was not imported (see its own reject)`, record: null });
    }
    run(db, 'DELETE FROM temp.review_page WHERE imported = 0');
    keyPage(db, 'temp.review_page', mapping.source, 'review', ids, tally);
    run(db, UPDATE_SQL);
    const inserts: SqlValue[][] = [];
    // In the page's order: the rules count the customer's complaints before this one, this run's too.
    for (const r of all<NewItem>(db, INSERTED_SQL)) {
      const createdAt = r.created_at;
      const facts: FeedbackFacts = {
        language: mapping.feedback.language,
        text: r.text,
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
        r.id, r.customer_id, r.order_id, region, mapping.country, mapping.feedback.channel, mapping.feedback.language, r.text, r.score,
        category, 'new', priority, createdAt, createdAt, createdAt + hours[priority] * 3_600_000,
      ]);
    }
    insertMany(db, INSERT_INTO, inserts);
    return last;
  });
  await writePages(db, { create: PAGE_TABLE, drop: 'DROP TABLE temp.review_page' }, 0, write, pause);
  return notFeedback;
}
