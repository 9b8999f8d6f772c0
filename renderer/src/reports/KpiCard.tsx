// One headline KPI: its value, its three changes and, when it moved unusually far, a flag.
import { useId } from 'react';
import type { HeadlineKpi } from '../../../shared/report-types';
import type { MessageId } from '../i18n/messages/en';
import { ChangeText } from './ChangeText';
import { flagText, formatKpi } from './kpi-format';
import { KpiValue } from './KpiValue';
import { useWords } from '../i18n/LocaleContext';

const CHANGES = [
  ['previousWeek', 'headline.vsPreviousWeek'],
  ['lastYear', 'headline.vsLastYear'],
  ['trailing4', 'headline.vsTrailing4'],
] as const satisfies readonly (readonly [string, MessageId])[];

export function KpiCard({ headline }: { headline: HeadlineKpi }) {
  const words = useWords();
  const nameId = useId();
  const { t, label } = words;
  return (
    <article className={`kpi-card ${headline.flag ? 'kpi-card-flagged' : ''}`} aria-labelledby={nameId}>
      <span id={nameId} className="kpi-name" title={label('kpiDef', headline.kpi)}>
        {label('kpi', headline.kpi)}
      </span>
      <KpiValue className="kpi-value" kpi={headline.kpi} value={headline.value} missing={headline.missing} />
      {headline.target !== null && (
        <span className="kpi-target">{t('headline.target', { value: formatKpi(headline.kpi, headline.target, words) })}</span>
      )}
      <dl className="kpi-changes">
        {CHANGES.map(([key, change]) => (
          <div key={key} className="kpi-change">
            <dt>{t(change)}</dt>
            <dd>
              <ChangeText kpi={headline.kpi} comparison={headline[key]} />
            </dd>
          </div>
        ))}
      </dl>
      {headline.flag && (
        <p className="kpi-flag">
          <span aria-hidden="true">⚑ </span>
          {flagText(headline.flag, words)}
        </p>
      )}
    </article>
  );
}
