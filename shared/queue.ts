import { z } from 'zod';
import {
  FEEDBACK_CATEGORIES,
  FEEDBACK_STATUSES,
  LANGUAGES,
  PRIORITIES,
  REGION_CODES,
  type FeedbackCategory,
  type FeedbackStatus,
  type Language,
  type OrderStatus,
  type Priority,
  type RegionCode,
} from './domain';
import { plainText } from './plain-text';

/** The views a person picks in one click; region views are the `regions` filter. */
export const QUEUE_VIEWS = ['all', 'unassigned', 'mine', 'sla_at_risk', 'logistics'] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

export const QUEUE_VIEW_LABELS: Record<QueueView, string> = {
  all: 'All open',
  unassigned: 'Unassigned',
  mine: 'My queue',
  sla_at_risk: 'SLA at risk',
  logistics: 'Logistics complaints',
};

/** Feedback due within this long (or already breached) counts as SLA at risk. */
export const SLA_AT_RISK_WINDOW_MS = 4 * 3_600_000;

export const SORTABLE_COLUMNS = [
  'created_at',
  'sla_due_at',
  'priority',
  'category',
  'region',
  'country',
  'language',
  'status',
  'assignee',
] as const;
export type SortableColumn = (typeof SORTABLE_COLUMNS)[number];

const tag = z.string().trim().min(1).max(40).regex(/^[\p{L}\p{N}_-]+$/u, 'use letters, digits, - and _ only');

export const queueFilterSchema = z.object({
  view: z.enum(QUEUE_VIEWS).default('all'),
  regions: z.array(z.enum(REGION_CODES)).max(REGION_CODES.length).optional(),
  statuses: z.array(z.enum(FEEDBACK_STATUSES)).max(FEEDBACK_STATUSES.length).optional(),
  priorities: z.array(z.enum(PRIORITIES)).max(PRIORITIES.length).optional(),
  categories: z.array(z.enum(FEEDBACK_CATEGORIES)).max(FEEDBACK_CATEGORIES.length).optional(),
  languages: z.array(z.enum(LANGUAGES)).max(LANGUAGES.length).optional(),
  tags: z.array(tag).max(10).optional(),
  /** Resolved feedback is hidden unless asked for. */
  includeResolved: z.boolean().default(false),
  /** Duplicates merged into another item are hidden unless asked for, whatever their status. */
  includeMerged: z.boolean().default(false),
  search: plainText().trim().max(200).optional(),
  /** Only feedback of the customers a KOL, a campaign or a community brought (the rosters' customer_acquisitions). */
  acquiredBy: z.object({ kind: z.enum(['kol', 'campaign', 'community']), id: z.number().int().positive() }).strict().optional(),
});
export type QueueFilter = z.input<typeof queueFilterSchema>;

export const queueSortSchema = z
  .array(z.object({ colId: z.enum(SORTABLE_COLUMNS), sort: z.enum(['asc', 'desc']) }))
  .max(3)
  .default([]);
export type QueueSort = z.input<typeof queueSortSchema>;

export const queuePageInput = z
  .object({
    filter: queueFilterSchema,
    sort: queueSortSchema,
    startRow: z.number().int().min(0),
    endRow: z.number().int().min(1),
    /** The first block of a view asks for the count too. */
    withCount: z.boolean().default(false),
  })
  .refine((page) => page.endRow > page.startRow && page.endRow - page.startRow <= 500, {
    message: 'a page is 1 to 500 rows, with endRow after startRow',
    path: ['endRow'],
  });

/** Which feedback a bulk action touches: listed ids, or everything a filter matches but the excluded ids. */
export const bulkTargetSchema = z.union([
  z.object({ ids: z.array(z.number().int().positive()).min(1).max(100_000) }),
  z.object({ filter: queueFilterSchema, exceptIds: z.array(z.number().int().positive()).max(100_000).default([]) }),
]);
export type BulkTarget = z.input<typeof bulkTargetSchema>;

export const bulkChangeSchema = z
  .object({
    /** A person id, or null to unassign. */
    assigneeId: z.number().int().positive().nullable().optional(),
    priority: z.enum(PRIORITIES).optional(),
    status: z.enum(FEEDBACK_STATUSES).optional(),
    category: z.enum(FEEDBACK_CATEGORIES).optional(),
    addTags: z.array(tag).max(10).optional(),
    removeTags: z.array(tag).max(10).optional(),
  })
  .refine((change) => Object.values(change).some((value) => value !== undefined), {
    message: 'say what to change: assignee, priority, status, category or tags',
  });
export type BulkChange = z.input<typeof bulkChangeSchema>;

export interface QueueRow {
  id: number;
  createdAt: number;
  slaDueAt: number;
  /** Set while the SLA clock is paused. */
  slaPausedAt: number | null;
  priority: Priority;
  category: FeedbackCategory;
  region: RegionCode;
  country: string;
  language: Language;
  customerId: number;
  customerName: string;
  customerHighValue: boolean;
  orderId: number | null;
  orderStatus: OrderStatus | null;
  carrier: string | null;
  daysLate: number | null;
  assigneeId: number | null;
  assigneeName: string | null;
  status: FeedbackStatus;
  tags: string[];
  firstLine: string;
  mergedCount: number;
}

export interface QueuePage {
  rows: QueueRow[];
  /** The view's total, when asked for. */
  count?: number;
}
