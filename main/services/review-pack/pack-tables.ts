// The pack's tables, built once from the weekly report and written both as CSV files and as workbook sheets, so
// the two always hold the same rounded numbers.
import { CATEGORY_LABELS } from '../../../shared/domain';
import { KIND_DECIMALS, KPI_INFO, REPORT_KPIS, roundForKind, type KpiKind, type ReportKpi } from '../../../shared/kpi-definitions';
import type { RegionWeeklyReport } from '../../../shared/report-types';
import type { RostersReport } from '../../../shared/rosters-kols';

/**
 * How a column's numbers read: a KPI kind; `kpi`, the kind of the row's KPI; `delta`, a change in the row's KPI
 * (percentage points for rates, else the KPI's unit); `pp`, percentage points; `text`.
 */
export type ColumnFormat = KpiKind | 'kpi' | 'delta' | 'pp' | 'text';
export type CellKind = KpiKind | 'pp' | 'text';

export interface PackColumn {
  header: string;
  format: ColumnFormat;
  /** Characters of width in the workbook. */
  width: number;
}

export type Cell = string | number | null;

export interface PackTable {
  /** The CSV's file name, without .csv. */
  file: string;
  /** The workbook's sheet name. */
  sheet: string;
  columns: PackColumn[];
  rows: Cell[][];
  /** Each row's KPI, for `kpi` and `delta` columns. */
  rowKpis?: ReportKpi[];
}

const text = (header: string, width = 12): PackColumn => ({ header, format: 'text', width });
const num = (header: string, format: ColumnFormat, width = 14): PackColumn => ({ header, format, width });

/** The kind a cell is rounded and formatted as. */
export function cellKind(table: PackTable, column: PackColumn, row: number): CellKind {
  if (column.format !== 'kpi' && column.format !== 'delta') return column.format;
  const kind = KPI_INFO[table.rowKpis?.[row] ?? 'new_customers'].kind;
  return column.format === 'delta' && kind === 'rate' ? 'pp' : kind;
}

/** Decimals of each kind of cell, as every file of the pack writes it. */
export function roundCell(kind: CellKind, value: number | null): number | null {
  if (kind === 'text' || value === null) return value;
  return kind === 'pp' ? Math.round(value * 100) / 100 : roundForKind(kind, value);
}

export function cellDecimals(kind: CellKind): number {
  return kind === 'pp' ? 2 : kind === 'text' ? 0 : KIND_DECIMALS[kind];
}

/** Rounds every number the way its column, or its row's KPI, says. */
function table(spec: PackTable): PackTable {
  const rows = spec.rows.map((row, r) =>
    row.map((cell, c) => (typeof cell === 'number' ? roundCell(cellKind(spec, spec.columns[c] as PackColumn, r), cell) : cell)),
  );
  return { ...spec, rows };
}

function summary(report: RegionWeeklyReport): PackTable {
  return table({
    file: 'summary',
    sheet: 'Summary',
    columns: [
      text('region', 8),
      text('week', 10),
      text('kpi', 28),
      text('label', 24),
      num('value', 'kpi'),
      num('previous_week', 'kpi'),
      num('delta_previous_week', 'delta'),
      num('change_previous_week', 'rate'),
      num('same_week_last_year', 'kpi'),
      num('delta_last_year', 'delta'),
      num('change_last_year', 'rate'),
      num('trailing_4w_average', 'kpi'),
      num('delta_trailing_4w', 'delta'),
      num('change_trailing_4w', 'rate'),
      num('target', 'kpi'),
      text('flag', 8),
      num('flag_z', 'ratio', 10),
    ],
    rows: report.headline.map((h) => [
      report.region,
      report.week,
      h.kpi,
      KPI_INFO[h.kpi].label,
      h.value,
      h.previousWeek.reference,
      h.previousWeek.delta,
      h.previousWeek.deltaRatio,
      h.lastYear.reference,
      h.lastYear.delta,
      h.lastYear.deltaRatio,
      h.trailing4.reference,
      h.trailing4.delta,
      h.trailing4.deltaRatio,
      h.target,
      h.flag?.direction ?? '',
      h.flag?.z ?? null,
    ]),
    rowKpis: report.headline.map((h) => h.kpi),
  });
}

/** The KPIs of the 12 weeks ending with the report's week, one row per week, oldest first. */
const WEEKLY_KPI_WEEKS = 12;

function weeklyKpis(report: RegionWeeklyReport): PackTable {
  const byKpi = new Map(report.series.map((s) => [s.kpi, s.trailing12Months.slice(-WEEKLY_KPI_WEEKS)]));
  const weeks = (byKpi.get('new_customers') ?? []).map((point) => point.week);
  return table({
    file: 'weekly_kpis',
    sheet: 'Weekly KPIs',
    columns: [text('region', 8), text('week', 10), ...REPORT_KPIS.map((kpi) => num(kpi, KPI_INFO[kpi].kind, Math.max(12, kpi.length + 2)))],
    rows: weeks.map((week, i) => [report.region, week, ...REPORT_KPIS.map((kpi) => byKpi.get(kpi)?.[i]?.value ?? null)]),
  });
}

function channels(report: RegionWeeklyReport): PackTable {
  return table({
    file: 'channels',
    sheet: 'Channels',
    columns: [text('region', 8), text('week', 10), text('channel'), num('new_customers', 'count'), num('share', 'rate'), num('spend_usd', 'usd'), num('cac_usd', 'usd')],
    rows: report.channels.map((c) => [report.region, report.week, c.channel, c.newCustomers, c.share, c.spendUsd, c.cacUsd]),
  });
}

function cohorts(report: RegionWeeklyReport): PackTable {
  return table({
    file: 'cohorts',
    sheet: 'Cohorts',
    columns: [
      text('region', 8),
      text('week', 10),
      text('signup_week', 12),
      num('customers', 'count'),
      num('d1_retention', 'rate'),
      num('d7_retention', 'rate'),
      num('d30_retention', 'rate'),
    ],
    rows: report.cohorts.map((c) => [report.region, report.week, c.week, c.customers, c.d1, c.d7, c.d30]),
  });
}

function funnel(report: RegionWeeklyReport): PackTable {
  // A region without a funnel has null counts: empty cells, never 0.
  const total = (stage: string) => report.funnel.stages.find((s) => s.stage === stage)?.count ?? null;
  const visits = total('visits');
  const orders = total('orders');
  return table({
    file: 'funnel',
    sheet: 'Funnel',
    columns: [
      text('region', 8),
      text('week', 10),
      text('channel'),
      num('visits', 'count'),
      num('product_views', 'count'),
      num('add_to_cart', 'count'),
      num('checkout_started', 'count'),
      num('orders', 'count'),
      num('conversion_rate', 'rate'),
    ],
    rows: [
      [
        report.region,
        report.week,
        'all',
        visits,
        total('product_views'),
        total('add_to_cart'),
        total('checkout_started'),
        orders,
        visits !== null && orders !== null && visits > 0 ? orders / visits : null,
      ],
      ...report.funnel.byChannel.map((c) => [
        report.region,
        report.week,
        c.channel,
        c.visits,
        c.productViews,
        c.addToCart,
        c.checkoutStarted,
        c.orders,
        c.conversionRate,
      ]),
    ],
  });
}

function complaints(report: RegionWeeklyReport): PackTable {
  return table({
    file: 'complaints',
    sheet: 'Complaints',
    columns: [text('region', 8), text('week', 10), text('category', 16), text('label', 18), text('logistics', 10), num('count', 'count'), num('previous_week', 'count')],
    rows: report.complaints.map((c) => [report.region, report.week, c.category, CATEGORY_LABELS[c.category], c.logistics ? 'yes' : 'no', c.count, c.previousWeek]),
  });
}

function topComplaints(report: RegionWeeklyReport): PackTable {
  return table({
    file: 'top_complaints',
    sheet: 'Top complaints',
    columns: [
      text('region', 8),
      text('week', 10),
      num('feedback_id', 'count', 12),
      text('category', 16),
      text('priority', 9),
      text('language', 9),
      text('created_utc', 22),
      text('text', 80),
    ],
    rows: report.topComplaints.map((c) => [
      report.region,
      report.week,
      c.feedbackId,
      c.category,
      c.priority,
      c.language,
      new Date(c.createdAt).toISOString(),
      c.text,
    ]),
  });
}

function sla(report: RegionWeeklyReport): PackTable {
  return table({
    file: 'sla',
    sheet: 'SLA',
    columns: [text('region', 8), text('week', 10), text('priority', 9), num('due', 'count'), num('met', 'count'), num('sla_attainment', 'rate')],
    rows: [
      [report.region, report.week, 'all', report.sla.due, report.sla.met, report.sla.attainment],
      ...report.sla.byPriority.map((p) => [report.region, report.week, p.priority, p.due, p.met, p.attainment]),
    ],
  });
}

function carriers(report: RegionWeeklyReport): PackTable {
  return table({
    file: 'carriers',
    sheet: 'Carriers',
    columns: [
      text('region', 8),
      text('week', 10),
      num('rank', 'count', 6),
      text('carrier', 18),
      num('delivered', 'count'),
      num('late', 'count'),
      num('late_delivery_rate', 'rate'),
    ],
    rows: report.carriers.map((c, i) => [report.region, report.week, i + 1, c.carrier, c.delivered, c.late, c.lateRate]),
  });
}

/** The KOL and community page's figures, each in its column of the table, in this order. */
const KOL_COMMUNITY_FIGURES = [
  ['new_customers', 'count'],
  ['cac_usd', 'usd'],
  ['orders', 'count'],
  ['complaints_per_1k_orders', 'per_1k'],
  ['spend_usd', 'usd'],
  ['revenue_usd', 'usd'],
  ['roas', 'ratio'],
  ['members_d30_retention', 'rate'],
  ['non_members_d30_retention', 'rate'],
  ['members_repurchase_90d', 'rate'],
  ['non_members_repurchase_90d', 'rate'],
] as const satisfies readonly (readonly [string, KpiKind])[];

/**
 * The KOL and community page as one table, a row per ranked KOL, campaign or community under its section; a
 * section with nothing in the week has one row saying so, and a figure with no denominator stays empty.
 */
function kolCommunity(report: RegionWeeklyReport, rosters: RostersReport): PackTable {
  const row = (section: string, name: string, figures: Partial<Record<(typeof KOL_COMMUNITY_FIGURES)[number][0], number | null>>): Cell[] => [
    report.region, report.week, section, name, ...KOL_COMMUNITY_FIGURES.map(([header]) => figures[header] ?? null),
  ];
  const section = (name: string, rows: Cell[][]): Cell[][] => (rows.length > 0 ? rows : [row(name, 'no data', {})]);
  return table({
    file: 'kol_community',
    sheet: 'KOL and community',
    columns: [text('region', 8), text('week', 10), text('section', 26), text('name', 30), ...KOL_COMMUNITY_FIGURES.map(([header, kind]) => num(header, kind))],
    rows: [
      ...section('top_kols_by_cac', rosters.topByCac.map((k) => row('top_kols_by_cac', k.name, { new_customers: k.newCustomers, cac_usd: k.cacUsd }))),
      ...section('top_kols_by_complaint_rate', rosters.topByComplaints.map((k) => row('top_kols_by_complaint_rate', k.name, { orders: k.orders, complaints_per_1k_orders: k.complaintsPer1kOrders }))),
      ...section('campaign_roas', rosters.campaigns.map((c) => row('campaign_roas', c.name, { spend_usd: c.spendUsd, revenue_usd: c.revenueUsd, roas: c.roas }))),
      ...section('community_retention', rosters.communities.map((c) => row('community_retention', c.name, {
        members_d30_retention: c.membersD30, non_members_d30_retention: c.nonMembersD30,
        members_repurchase_90d: c.membersRepurchase, non_members_repurchase_90d: c.nonMembersRepurchase,
      }))),
    ],
  });
}

/** The sheets of a region's workbook, in order; each is also a CSV (all regions' rows in one file). */
export function packTables(report: RegionWeeklyReport, rosters: RostersReport): PackTable[] {
  return [
    summary(report), weeklyKpis(report), channels(report), cohorts(report), funnel(report), complaints(report), topComplaints(report), sla(report),
    carriers(report), kolCommunity(report, rosters),
  ];
}
