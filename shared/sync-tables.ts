// The tables the hub sends to consoles, column by column: both sides build their SQL from these, and the
// console checks every pulled row against them before it touches the store.
import {
  FEEDBACK_CATEGORIES,
  FEEDBACK_CHANNELS,
  FEEDBACK_STATUSES,
  LANGUAGES,
  ORDER_STATUSES,
  PRIORITIES,
  REGION_CODES,
  ROLES,
  SIGNUP_CHANNELS,
} from './domain';
import { REPORT_KPIS } from './kpi-definitions';

export type ColumnType = 'int' | 'real' | 'text';

export interface SyncColumn {
  name: string;
  type: ColumnType;
  nullable?: boolean;
  /** The only values allowed, for enumerated text. */
  values?: readonly string[];
  /** Longest text accepted. */
  max?: number;
  /** Smallest and largest number accepted. */
  range?: readonly [number, number];
}

/**
 * How a table's rows are scoped to a person: `region` rows carry their region, `feedback` rows hang off a
 * feedback item (the hub keeps the item's region beside them), `directory` rows go to every console.
 */
export type SyncScope = 'region' | 'feedback' | 'directory';

export interface SyncTable {
  name: SyncTableName;
  columns: readonly SyncColumn[];
  key: readonly string[];
  scope: SyncScope;
  /** For `feedback` scope: the column naming the feedback item. */
  feedbackColumn?: string;
}

export const SYNC_TABLE_NAMES = [
  'regions',
  'people',
  'people_regions',
  'sla_policies',
  'customers',
  'orders',
  'feedback',
  'feedback_tags',
  'feedback_events',
  'feedback_sla_pauses',
  'feedback_merges',
  'customer_activity',
  'marketing_spend',
  'daily_funnel',
  'weekly_targets',
] as const;
export type SyncTableName = (typeof SYNC_TABLE_NAMES)[number];

const int = (name: string, nullable = false): SyncColumn => ({ name, type: 'int', nullable });
const real = (name: string): SyncColumn => ({ name, type: 'real' });
const text = (name: string, max = 200, nullable = false): SyncColumn => ({ name, type: 'text', max, nullable });
const oneOf = (name: string, values: readonly string[], nullable = false): SyncColumn => ({ name, type: 'text', values, nullable });
/** A local date, 'YYYY-MM-DD': the console's own check refuses any other shape. */
const day = (): SyncColumn => text('day', 10);
/** A count of a day's visitors or steps: far above any region's day, far below overflow. */
const count = (name: string): SyncColumn => ({ ...int(name), range: [0, 1_000_000_000] });

export const SYNC_TABLES: readonly SyncTable[] = [
  {
    name: 'regions',
    scope: 'directory',
    key: ['code'],
    columns: [oneOf('code', REGION_CODES), text('name'), text('currency', 8), text('time_zone', 64), text('locale', 35)],
  },
  { name: 'people', scope: 'directory', key: ['id'], columns: [int('id'), text('name'), text('email'), oneOf('role', ROLES)] },
  { name: 'people_regions', scope: 'directory', key: ['person_id', 'region'], columns: [int('person_id'), oneOf('region', REGION_CODES)] },
  {
    name: 'sla_policies',
    scope: 'directory',
    key: ['region', 'priority'],
    columns: [oneOf('region', [...REGION_CODES, '*']), oneOf('priority', PRIORITIES), { ...real('hours'), range: [0.001, 100_000] }],
  },
  {
    name: 'customers',
    scope: 'region',
    key: ['id'],
    columns: [
      int('id'), oneOf('region', REGION_CODES), text('country', 8), text('name'), text('email'), int('signup_at'),
      text('signup_channel', 40), text('segment', 40), int('first_order_at', true), int('last_order_at', true),
      int('orders_count'), real('lifetime_value_usd'),
    ],
  },
  {
    name: 'orders',
    scope: 'region',
    key: ['id'],
    columns: [
      int('id'), int('customer_id'), oneOf('region', REGION_CODES), text('country', 8), oneOf('status', ORDER_STATUSES),
      text('carrier', 80), text('tracking_number', 80), oneOf('fulfilment', ['overseas_warehouse', 'cross_border']),
      text('currency', 8), real('amount_local'), real('amount_usd'), real('shipping_fee_usd'), real('duties_usd'),
      text('payment_method', 40), text('promo_code', 40, true), int('placed_at'), int('shipped_at', true),
      int('customs_entered_at', true), int('customs_cleared_at', true), int('estimated_delivery_at'), int('delivered_at', true),
    ],
  },
  {
    name: 'feedback',
    scope: 'region',
    key: ['id'],
    columns: [
      int('id'), int('customer_id'), int('order_id', true), oneOf('region', REGION_CODES), text('country', 8),
      oneOf('channel', FEEDBACK_CHANNELS), oneOf('language', LANGUAGES), text('text', 20_000), { ...int('rating', true), range: [1, 5] },
      oneOf('category', FEEDBACK_CATEGORIES), oneOf('status', FEEDBACK_STATUSES), oneOf('priority', PRIORITIES),
      int('assignee_id', true), int('created_at'), int('updated_at'), int('sla_due_at'), int('sla_paused_at', true),
      int('first_response_at', true), int('resolved_at', true), int('duplicate_of', true), int('merge_id', true), int('version'),
    ],
  },
  {
    name: 'feedback_tags',
    scope: 'feedback',
    feedbackColumn: 'feedback_id',
    key: ['feedback_id', 'tag'],
    columns: [int('feedback_id'), text('tag', 40)],
  },
  {
    name: 'feedback_events',
    scope: 'feedback',
    feedbackColumn: 'feedback_id',
    key: ['id'],
    columns: [int('id'), int('feedback_id'), int('at'), int('actor_id', true), text('kind', 40), text('before', 2000, true), text('after', 2000, true)],
  },
  {
    name: 'feedback_sla_pauses',
    scope: 'feedback',
    feedbackColumn: 'feedback_id',
    key: ['feedback_id', 'paused_at'],
    columns: [int('feedback_id'), int('paused_at'), int('resumed_at', true), text('reason', 40)],
  },
  {
    name: 'feedback_merges',
    scope: 'feedback',
    feedbackColumn: 'primary_id',
    key: ['id'],
    columns: [int('id'), int('primary_id'), int('at'), int('actor_id', true), int('undone_at', true)],
  },
  // The growth data behind the Reports view (issue 4). Consoles never edit it; their metrics_* rollup is a cache
  // each console builds from these rows and the rest, so it is not synced.
  {
    name: 'customer_activity',
    scope: 'region',
    key: ['region', 'day', 'customer_id'],
    columns: [oneOf('region', REGION_CODES), day(), int('customer_id')],
  },
  {
    name: 'marketing_spend',
    scope: 'region',
    key: ['id'],
    columns: [
      int('id'), oneOf('region', REGION_CODES), oneOf('channel', SIGNUP_CHANNELS), day(),
      { ...real('amount_usd'), range: [0, 1_000_000_000] }, text('campaign', 120, true),
    ],
  },
  {
    name: 'daily_funnel',
    scope: 'region',
    key: ['region', 'day', 'channel'],
    columns: [
      oneOf('region', REGION_CODES), oneOf('channel', SIGNUP_CHANNELS), day(), count('visits'), count('product_views'),
      count('add_to_cart'), count('checkout_started'), count('orders'),
    ],
  },
  {
    name: 'weekly_targets',
    scope: 'region',
    key: ['region', 'week', 'kpi'],
    // Every KPI is a count, an amount, a rate or a ratio: none is negative.
    columns: [oneOf('region', REGION_CODES), text('week', 8), oneOf('kpi', REPORT_KPIS), { ...real('value'), range: [0, 1_000_000_000_000] }],
  },
];

export const SYNC_TABLE_BY_NAME: ReadonlyMap<SyncTableName, SyncTable> = new Map(SYNC_TABLES.map((table) => [table.name, table]));

/** The tables a region's checksum counts, on the hub and on the console alike (hub/PROTOCOL.md, "Checksums"). */
export const CHECKSUM_TABLES: readonly SyncTableName[] = [
  'customers',
  'orders',
  'feedback',
  'marketing_spend',
  'customer_activity',
  'daily_funnel',
  'weekly_targets',
];

export function isSyncTableName(name: string): name is SyncTableName {
  return (SYNC_TABLE_NAMES as readonly string[]).includes(name);
}

function describeValue(value: unknown): string {
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > 40 ? `${shown.slice(0, 37)}...` : shown;
}

/** Why a pulled row cannot be stored, or null when it fits the table. */
export function rowProblem(table: SyncTable, row: unknown): string | null {
  if (!Array.isArray(row)) return `a ${table.name} row is not a list of values`;
  if (row.length !== table.columns.length) return `a ${table.name} row has ${row.length} values, not ${table.columns.length}`;
  for (let i = 0; i < table.columns.length; i++) {
    const column = table.columns[i] as SyncColumn;
    const value: unknown = row[i];
    if (value === null) {
      if (column.nullable) continue;
      return `${table.name}.${column.name} is empty`;
    }
    if (column.type === 'text') {
      if (typeof value !== 'string') return `${table.name}.${column.name} is not text (${describeValue(value)})`;
      if (column.values && !column.values.includes(value)) return `${table.name}.${column.name} has an unknown value ${describeValue(value)}`;
      if (column.max !== undefined && value.length > column.max) return `${table.name}.${column.name} is longer than ${column.max} characters`;
      continue;
    }
    const whole = column.type === 'int';
    if (whole ? !Number.isSafeInteger(value) : typeof value !== 'number' || !Number.isFinite(value)) {
      return `${table.name}.${column.name} is not a ${whole ? 'whole ' : ''}number (${describeValue(value)})`;
    }
    if (column.range && ((value as number) < column.range[0] || (value as number) > column.range[1])) {
      return `${table.name}.${column.name} is out of range (${describeValue(value)})`;
    }
  }
  return null;
}
