// Feedback by category and SLA attainment with its medians, per week.
import { HOUR_MS, type RegionCode } from '../../../shared/domain';
import type { WeekBounds } from '../../../shared/iso-week';
import type { Db } from '../../db/open';
import { all, tuples } from '../../db/statement-cache';
import type { MeasureValue } from './measures';

const CATEGORIES_SQL = `
  SELECT category, count(*) AS n FROM feedback
  WHERE region = ? AND created_at >= ? AND created_at < ?
  GROUP BY category`;

const SLA_SQL = `
  SELECT priority, created_at, sla_due_at, first_response_at, resolved_at FROM feedback
  WHERE region = ? AND sla_due_at >= ? AND sla_due_at < ?`;

type SlaRow = [priority: string, createdAt: number, dueAt: number, firstResponseAt: number | null, resolvedAt: number | null];

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * feedback_count per category (created in the week); sla_due and sla_met per priority (due in the week, and of those
 * the ones first answered at or before the due time); the median hours to a first response and to resolution of
 * the feedback due in the week (answered, respectively resolved, items only).
 */
export function feedbackMeasures(db: Db, region: RegionCode, weeks: readonly WeekBounds[]): MeasureValue[] {
  const out: MeasureValue[] = [];
  for (const w of weeks) {
    let total = 0;
    for (const row of all<{ category: string; n: number }>(db, CATEGORIES_SQL, [region, w.start, w.end])) {
      out.push({ week: w.week, measure: 'feedback_count', part: row.category, value: row.n });
      total += row.n;
    }
    if (total > 0) out.push({ week: w.week, measure: 'feedback_count', part: '', value: total });

    const due = new Map<string, number>();
    const met = new Map<string, number>();
    const responseHours: number[] = [];
    const resolutionHours: number[] = [];
    for (const [priority, createdAt, dueAt, firstResponseAt, resolvedAt] of tuples<SlaRow>(db, SLA_SQL, [region, w.start, w.end])) {
      due.set(priority, (due.get(priority) ?? 0) + 1);
      if (firstResponseAt !== null) {
        responseHours.push((firstResponseAt - createdAt) / HOUR_MS);
        if (firstResponseAt <= dueAt) met.set(priority, (met.get(priority) ?? 0) + 1);
      }
      if (resolvedAt !== null) resolutionHours.push((resolvedAt - createdAt) / HOUR_MS);
    }
    for (const [measure, byPriority] of [['sla_due', due], ['sla_met', met]] as const) {
      let sum = 0;
      for (const [priority, count] of byPriority) {
        out.push({ week: w.week, measure, part: priority, value: count });
        sum += count;
      }
      if (sum > 0) out.push({ week: w.week, measure, part: '', value: sum });
    }
    const firstResponse = median(responseHours);
    const resolution = median(resolutionHours);
    if (firstResponse !== null) out.push({ week: w.week, measure: 'median_first_response_hours', part: '', value: firstResponse });
    if (resolution !== null) out.push({ week: w.week, measure: 'median_resolution_hours', part: '', value: resolution });
  }
  return out;
}
