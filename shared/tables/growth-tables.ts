// The growth data behind the Reports view. Consoles never edit it; their metrics_* rollup is a cache each console
// builds from these rows and the rest, so it stays local.
import { REPORT_KPIS } from '../kpi-definitions';
import { REGION_CODES, SIGNUP_CHANNELS } from '../domain';
import { count, day, int, oneOf, real, text, type LocalTable, type TableSpec } from './table-spec';

export const GROWTH_TABLES = [
  {
    name: 'customer_activity',
    scope: 'region',
    key: ['region', 'day', 'customer_id'],
    demo: true,
    checksum: 'count',
    columns: [oneOf('region', REGION_CODES), day(), int('customer_id')],
  },
  {
    name: 'marketing_spend',
    scope: 'region',
    key: ['id'],
    demo: true,
    checksum: 'count',
    columns: [
      int('id'), oneOf('region', REGION_CODES), oneOf('channel', SIGNUP_CHANNELS), day(),
      { ...real('amount_usd'), range: [0, 1_000_000_000] }, text('campaign', 120, true),
    ],
  },
  {
    name: 'daily_funnel',
    scope: 'region',
    key: ['region', 'day', 'channel'],
    demo: true,
    checksum: 'count',
    columns: [
      oneOf('region', REGION_CODES), oneOf('channel', SIGNUP_CHANNELS), day(), count('visits'), count('product_views'),
      count('add_to_cart'), count('checkout_started'), count('orders'),
    ],
  },
  {
    name: 'weekly_targets',
    scope: 'region',
    key: ['region', 'week', 'kpi'],
    demo: true,
    checksum: 'count',
    // Every KPI is a count, an amount, a rate or a ratio: none is negative.
    columns: [oneOf('region', REGION_CODES), text('week', 8), oneOf('kpi', REPORT_KPIS), { ...real('value'), range: [0, 1_000_000_000_000] }],
  },
] as const satisfies readonly TableSpec[];

export const GROWTH_LOCAL_TABLES: readonly LocalTable[] = [
  { name: 'metrics_weekly', why: "the weekly KPI rollup, a cache of each console's own rows" },
  { name: 'metrics_coverage', why: 'which weeks the rollup holds, per region and family' },
  { name: 'metrics_stale', why: 'where the rollup must be computed again, marked by triggers' },
];
