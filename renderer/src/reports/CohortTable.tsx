// Retention by signup cohort as a heat-map table: each cell shaded by its share, so a weak cohort stands out
// down a column while the numbers stay readable.
import type { CSSProperties } from 'react';
import type { RegionWeeklyReport } from '../../../shared/report-types';
import { NO_VALUE, formatValue } from './kpi-format';
import { weekDaysText } from './report-words';
import { useWords } from '../i18n/LocaleContext';

const DAYS = [
  ['d1', 1],
  ['d7', 7],
  ['d30', 30],
] as const;

/** Shading from the column's own best cohort, so D30's smaller shares still show their spread. */
function heat(value: number, best: number): CSSProperties {
  return { '--heat': best > 0 ? (value / best).toFixed(2) : '0' } as CSSProperties;
}

export function CohortTable({ report }: { report: RegionWeeklyReport }) {
  const words = useWords();
  const { t } = words;
  const { cohorts } = report;
  const best = (key: 'd1' | 'd7' | 'd30') => Math.max(0, ...cohorts.map((row) => row[key] ?? 0));
  const bests = { d1: best('d1'), d7: best('d7'), d30: best('d30') };
  const noRetention = report.noInputs.retention ?? null;

  return (
    <section className="report-section" aria-label={t('cohort.title')}>
      <h3 className="report-figure-title">{t('cohort.title')}</h3>
      {cohorts.length === 0 ? (
        <p className="report-empty-chart">{t('cohort.empty')}</p>
      ) : (
        <table className="data-table report-table cohort-table">
          <caption className="visually-hidden">{t('cohort.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cohort.week')}</th>
              <th scope="col">{t('cohort.customers')}</th>
              {DAYS.map(([key, days]) => (
                <th key={key} scope="col">
                  {t('cohort.day', { days })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cohorts.map((row) => (
              <tr key={row.week}>
                <th scope="row">
                  {row.week}
                  <span className="cohort-days">{weekDaysText(row.week, words.locale)}</span>
                </th>
                <td className="num">{formatValue('count', row.customers, words)}</td>
                {DAYS.map(([key, days]) => {
                  const value = row[key];
                  return value === null ? (
                    <td key={key} className="num heat-none" title={noRetention === null ? t('cohort.notYet', { days }) : noRetention}>
                      {noRetention === null ? NO_VALUE : t('kpiValue.missing')}
                    </td>
                  ) : (
                    <td key={key} className="num heat" style={heat(value, bests[key])}>
                      {formatValue('rate', value, words)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {noRetention !== null && <p className="report-figure-caption">{t('noInputs.retention', { reason: noRetention })}</p>}
    </section>
  );
}
