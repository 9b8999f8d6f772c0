import type { FeedbackCategory, FeedbackStatus, Language, OrderStatus, Person, Priority, RegionCode } from '../../../shared/domain';
import type { QueuePage, QueueRow, SortableColumn } from '../../../shared/queue';
import type { InputOf } from '../../../shared/contract-kit';
import type { feedbackCalls } from '../../../shared/feedback-calls';
import type { Db } from '../../db/open';
import { all, column, value } from '../../db/statement-cache';
import { daysLate } from './days-late';
import { filterSql, type ParsedQueueFilter } from './queue-filter-sql';

type Sort = InputOf<(typeof feedbackCalls)['feedback.page']>['sort'];

const SORT_SQL: Record<SortableColumn, string> = {
  created_at: 'f.created_at',
  sla_due_at: 'f.sla_due_at',
  priority: 'f.priority',
  category: 'f.category',
  region: 'f.region',
  country: 'f.country',
  language: 'f.language',
  status: 'f.status',
  assignee: '(SELECT name FROM people WHERE id = f.assignee_id)',
};

const DEFAULT_SORT: Sort = [{ colId: 'sla_due_at', sort: 'asc' }];

function orderBy(sort: Sort): string {
  const keys = (sort.length > 0 ? sort : DEFAULT_SORT).map(
    (key) => `${SORT_SQL[key.colId]} ${key.sort === 'desc' ? 'DESC' : 'ASC'}`,
  );
  const last = sort.at(-1)?.sort === 'desc' ? 'DESC' : 'ASC';
  return [...keys, `f.id ${last}`].join(', ');
}

interface PageRow {
  id: number;
  created_at: number;
  sla_due_at: number;
  sla_paused_at: number | null;
  priority: Priority;
  category: FeedbackCategory;
  region: RegionCode;
  country: string;
  language: Language;
  customer_id: number;
  customer_name: string;
  customer_high_value: number;
  order_id: number | null;
  order_status: OrderStatus | null;
  carrier: string | null;
  estimated_delivery_at: number | null;
  delivered_at: number | null;
  assignee_id: number | null;
  assignee_name: string | null;
  status: FeedbackStatus;
  tags: string | null;
  first_line: string;
  merged_count: number;
}

/** Rows for ids in the order given; the heavy columns are read only for the page's own rows. */
const PAGE_ROWS_SQL = `
  SELECT f.id, f.created_at, f.sla_due_at, f.sla_paused_at, f.priority, f.category, f.region, f.country,
         f.language, f.customer_id, c.name AS customer_name, c.is_high_value AS customer_high_value,
         f.order_id, o.status AS order_status, o.carrier, o.estimated_delivery_at, o.delivered_at,
         f.assignee_id, p.name AS assignee_name, f.status,
         (SELECT group_concat(tag, char(31)) FROM feedback_tags WHERE feedback_id = f.id) AS tags,
         substr(f.text, 1, coalesce(nullif(instr(f.text, char(10)), 0) - 1, 160)) AS first_line,
         (SELECT count(*) FROM feedback d WHERE d.duplicate_of = f.id) AS merged_count
  FROM json_each(?) AS page
  CROSS JOIN feedback f ON f.id = page.value
  JOIN customers c ON c.id = f.customer_id
  LEFT JOIN orders o ON o.id = f.order_id
  LEFT JOIN people p ON p.id = f.assignee_id
  ORDER BY page.key`;

function toQueueRow(row: PageRow, now: number): QueueRow {
  return {
    id: row.id,
    createdAt: row.created_at,
    slaDueAt: row.sla_due_at,
    slaPausedAt: row.sla_paused_at,
    priority: row.priority,
    category: row.category,
    region: row.region,
    country: row.country,
    language: row.language,
    customerId: row.customer_id,
    customerName: row.customer_name,
    customerHighValue: row.customer_high_value === 1,
    orderId: row.order_id,
    orderStatus: row.order_status,
    carrier: row.carrier,
    daysLate:
      row.order_status === null || row.estimated_delivery_at === null
        ? null
        : daysLate({ status: row.order_status, estimatedDeliveryAt: row.estimated_delivery_at, deliveredAt: row.delivered_at }, now),
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name,
    status: row.status,
    tags: row.tags ? row.tags.split('\u001f').sort() : [],
    firstLine: row.first_line,
    mergedCount: row.merged_count,
  };
}

export function readQueueRows(db: Db, ids: readonly number[], now: number): QueueRow[] {
  if (ids.length === 0) return [];
  return all<PageRow>(db, PAGE_ROWS_SQL, [JSON.stringify(ids)]).map((row) => toQueueRow(row, now));
}

/**
 * Ids of the view's rows in order; OFFSET walks the sort index only, then the rows are read by id. LIMIT and OFFSET
 * are bound, so every page of a view shares one statement (SQLite plans it as with literals: the sort index).
 */
export function pageIds(db: Db, filter: ParsedQueueFilter, sort: Sort, person: Person, now: number, offset: number, limit: number): number[] {
  const { where, params } = filterSql(filter, person, now);
  return column<number>(db, `SELECT f.id FROM feedback f WHERE ${where} ORDER BY ${orderBy(sort)} LIMIT ? OFFSET ?`, [...params, limit, offset]);
}

export function countView(db: Db, filter: ParsedQueueFilter, person: Person, now: number): number {
  const { where, params } = filterSql(filter, person, now);
  return value<number>(db, `SELECT count(*) FROM feedback f WHERE ${where}`, params) ?? 0;
}

/** Every id a filter matches, for bulk actions on "all matching". */
export function matchingIds(db: Db, filter: ParsedQueueFilter, person: Person, now: number): number[] {
  const { where, params } = filterSql(filter, person, now);
  return column<number>(db, `SELECT f.id FROM feedback f WHERE ${where}`, params);
}

export function queuePage(db: Db, input: InputOf<(typeof feedbackCalls)['feedback.page']>, person: Person, now: number): QueuePage {
  const ids = pageIds(db, input.filter, input.sort, person, now, input.startRow, input.endRow - input.startRow);
  const rows = readQueueRows(db, ids, now);
  return input.withCount ? { rows, count: countView(db, input.filter, person, now) } : { rows };
}
