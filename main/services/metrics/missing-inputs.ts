// KPIs a region's data cannot give at all: their inputs are not in it (an imported platform export has no marketing
// spend, no visits, no funnel, and no replies to its reviews until operators answer them). Such a KPI reads "no
// data" with the reason, in the Reports view, the pack and kpis.csv (empty), never 0. docs/metrics.md lists them.
import { SIGNUP_CHANNELS, type RegionCode } from '../../../shared/domain';
import type { ReportKpi } from '../../../shared/kpi-definitions';
import type { Breakdown } from '../../../shared/report-types';
import type { Db } from '../../db/open';
import { value } from '../../db/statement-cache';

const INPUTS: { sql: string; reason: string; kpis: ReportKpi[] }[] = [
  { sql: 'SELECT 1 FROM marketing_spend WHERE region = ? LIMIT 1', reason: 'the data has no marketing spend', kpis: ['spend_usd', 'cac_usd', 'ltv_cac'] },
  {
    sql: 'SELECT 1 FROM customer_activity WHERE region = ? LIMIT 1',
    reason: 'the data has no visits (activity) of customers',
    kpis: ['active_customers', 'd1_retention', 'd7_retention', 'd30_retention'],
  },
  { sql: 'SELECT 1 FROM daily_funnel WHERE region = ? LIMIT 1', reason: 'the data has no funnel visits', kpis: ['conversion_rate'] },
  {
    sql: 'SELECT 1 FROM feedback WHERE region = ? AND (first_response_at IS NOT NULL OR resolved_at IS NOT NULL) LIMIT 1',
    reason: 'no feedback of the region has been answered or resolved',
    kpis: ['sla_attainment', 'median_first_response_hours', 'median_resolution_hours'],
  },
];

/** Each KPI whose inputs the region's data lacks entirely, with the reason. */
export function missingInputs(db: Db, region: RegionCode): Map<ReportKpi, string> {
  const missing = new Map<ReportKpi, string>();
  for (const input of INPUTS) {
    if (value(db, input.sql, [region]) === undefined) for (const kpi of input.kpis) missing.set(kpi, input.reason);
  }
  return missing;
}

/** The week's breakdowns reading a KPI's inputs: they have no data exactly when that KPI has none, for its reason. */
const BREAKDOWN_KPIS: [Breakdown, ReportKpi][] = [
  ['spend', 'spend_usd'],
  ['funnel', 'conversion_rate'],
  ['retention', 'd1_retention'],
  ['sla', 'sla_attainment'],
];
const NAMED_CHANNEL_SQL = `SELECT 1 FROM customers WHERE region = ? AND signup_channel IN (${SIGNUP_CHANNELS.map(() => '?').join(', ')}) LIMIT 1`;

/** Each breakdown the region's data cannot give, with the reason; the channel mix needs customers' signup channels. */
export function missingBreakdowns(db: Db, region: RegionCode, missingKpis: ReadonlyMap<ReportKpi, string>): Partial<Record<Breakdown, string>> {
  const missing: Partial<Record<Breakdown, string>> = {};
  for (const [breakdown, kpi] of BREAKDOWN_KPIS) {
    const reason = missingKpis.get(kpi);
    if (reason !== undefined) missing[breakdown] = reason;
  }
  if (value(db, NAMED_CHANNEL_SQL, [region, ...SIGNUP_CHANNELS]) === undefined) missing.channels = 'the data names no signup channel';
  return missing;
}
