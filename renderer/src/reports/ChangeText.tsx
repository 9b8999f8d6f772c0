// A KPI's change as it reads, coloured good or bad by the KPI's direction, said in words for screen readers,
// with the value compared against on hover.
import type { ReportKpi } from '../../../shared/kpi-definitions';
import type { KpiComparison } from '../../../shared/report-types';
import { NO_VALUE, formatChange, formatKpi } from './kpi-format';

const TONE_WORDS = { good: 'better', bad: 'worse', flat: 'no change' } as const;

export function ChangeText({ kpi, comparison, locale }: { kpi: ReportKpi; comparison: KpiComparison; locale: string }) {
  const change = formatChange(kpi, comparison, locale);
  if (!change) {
    return (
      <span className="change change-none" title="Nothing to compare with: one of the two weeks has no value">
        {NO_VALUE}
      </span>
    );
  }
  // The arrow says which way the number moved; the colour says whether that is good news.
  const arrow = change.tone === 'flat' ? null : (comparison.delta ?? 0) > 0 ? '▲' : '▼';
  return (
    <span className={`change change-${change.tone}`} title={`Was ${formatKpi(kpi, comparison.reference, locale)}`}>
      {arrow && (
        <span className="change-arrow" aria-hidden="true">
          {arrow}
        </span>
      )}
      {change.text}
      <span className="visually-hidden"> ({TONE_WORDS[change.tone]})</span>
    </span>
  );
}
