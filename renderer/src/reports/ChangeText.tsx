// A KPI's change as it reads, coloured good or bad by the KPI's direction, said in words for screen readers,
// with the value compared against on hover.
import type { ReportKpi } from '../../../shared/kpi-definitions';
import type { KpiComparison } from '../../../shared/report-types';
import { NO_VALUE, formatChange, formatKpi } from './kpi-format';
import { useWords } from '../i18n/LocaleContext';

export function ChangeText({ kpi, comparison }: { kpi: ReportKpi; comparison: KpiComparison }) {
  const words = useWords();
  const change = formatChange(kpi, comparison, words);
  if (!change) {
    return (
      <span className="change change-none" title={words.t('change.nothing')}>
        {NO_VALUE}
      </span>
    );
  }
  // The arrow says which way the number moved; the colour says whether that is good news.
  const arrow = change.tone === 'flat' ? null : (comparison.delta ?? 0) > 0 ? '▲' : '▼';
  return (
    <span className={`change change-${change.tone}`} title={words.t('change.was', { value: formatKpi(kpi, comparison.reference, words) })}>
      {arrow && (
        <span className="change-arrow" aria-hidden="true">
          {arrow}
        </span>
      )}
      {change.text}
      <span className="visually-hidden"> ({words.t('change.tone', { tone: change.tone })})</span>
    </span>
  );
}
