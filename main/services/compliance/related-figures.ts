// Figures from the rest of the console that bear on a requirement: the region's late-delivery rate of its last
// complete week beside the FTC Mail Order Rule (ship when promised), from the same weekly figures as Reports.
import type { RelatedFigure } from '../../../shared/compliance-types';
import type { RegionCode } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { regionSpan } from '../metrics/report-weeks';
import { regionWeeklyReport } from '../metrics/weekly-report';

const BESIDE: Record<string, RelatedFigure['kpi']> = { 'ftc.mail-order-ship': 'late_delivery_rate', 'ftc.mail-order-delay': 'late_delivery_rate' };

/** The figures for the requirements among `requirementIds` that have one, computed once per checklist. */
export function relatedFigures(db: Db, region: RegionCode, requirementIds: readonly string[]): Map<string, RelatedFigure> {
  const wanted = requirementIds.filter((id) => BESIDE[id] !== undefined);
  const figures = new Map<string, RelatedFigure>();
  if (wanted.length === 0) return figures;
  const span = regionSpan(db, region);
  if (!span) return figures;
  const report = regionWeeklyReport(db, region, span.latest);
  for (const id of wanted) {
    const kpi = BESIDE[id] as RelatedFigure['kpi'];
    figures.set(id, { kpi, week: span.latest, value: report.headline.find((headline) => headline.kpi === kpi)?.value ?? null });
  }
  return figures;
}
