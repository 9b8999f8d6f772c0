// One headline KPI: its value, its three changes and, when it moved unusually far, a flag.
import { useId } from 'react';
import { KPI_INFO } from '../../../shared/kpi-definitions';
import type { HeadlineKpi } from '../../../shared/report-types';
import { ChangeText } from './ChangeText';
import { flagText, formatKpi } from './kpi-format';
import { KpiValue } from './KpiValue';

const CHANGES = [
  ['previousWeek', 'vs prev. week'],
  ['lastYear', 'vs last year'],
  ['trailing4', 'vs 4-wk avg'],
] as const;

export function KpiCard({ headline, locale }: { headline: HeadlineKpi; locale: string }) {
  const nameId = useId();
  const { label, definition } = KPI_INFO[headline.kpi];
  return (
    <article className={`kpi-card ${headline.flag ? 'kpi-card-flagged' : ''}`} aria-labelledby={nameId}>
      <span id={nameId} className="kpi-name" title={definition}>
        {label}
      </span>
      <KpiValue className="kpi-value" kpi={headline.kpi} value={headline.value} locale={locale} />
      {headline.target !== null && <span className="kpi-target">Target {formatKpi(headline.kpi, headline.target, locale)}</span>}
      <dl className="kpi-changes">
        {CHANGES.map(([key, words]) => (
          <div key={key} className="kpi-change">
            <dt>{words}</dt>
            <dd>
              <ChangeText kpi={headline.kpi} comparison={headline[key]} locale={locale} />
            </dd>
          </div>
        ))}
      </dl>
      {headline.flag && (
        <p className="kpi-flag">
          <span aria-hidden="true">⚑ </span>
          {flagText(headline.flag, locale)}
        </p>
      )}
    </article>
  );
}
