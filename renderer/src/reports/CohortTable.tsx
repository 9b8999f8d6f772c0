// Retention by signup cohort as a heat-map table: each cell shaded by its share, so a weak cohort stands out
// down a column while the numbers stay readable.
import type { CSSProperties } from 'react';
import type { RegionWeeklyReport } from '../../../shared/report-types';
import { NO_VALUE, formatValue } from './kpi-format';
import { weekDaysText } from './report-words';

const DAYS = [
  ['d1', 'D1', 1],
  ['d7', 'D7', 7],
  ['d30', 'D30', 30],
] as const;

/** Shading from the column's own best cohort, so D30's smaller shares still show their spread. */
function heat(value: number, best: number): CSSProperties {
  return { '--heat': best > 0 ? (value / best).toFixed(2) : '0' } as CSSProperties;
}

export function CohortTable({ report, locale }: { report: RegionWeeklyReport; locale: string }) {
  const { cohorts } = report;
  const best = (key: 'd1' | 'd7' | 'd30') => Math.max(0, ...cohorts.map((row) => row[key] ?? 0));
  const bests = { d1: best('d1'), d7: best('d7'), d30: best('d30') };

  return (
    <section className="report-section" aria-label="Retention by signup cohort">
      <h3 className="report-figure-title">Retention by signup cohort</h3>
      {cohorts.length === 0 ? (
        <p className="report-empty-chart">No signups in the last 12 weeks.</p>
      ) : (
        <table className="data-table report-table cohort-table">
          <caption className="visually-hidden">
            Share of each signup week's customers active exactly 1, 7 and 30 days after signing up, newest cohort first
          </caption>
          <thead>
            <tr>
              <th scope="col">Signup week</th>
              <th scope="col">Customers</th>
              {DAYS.map(([key, label]) => (
                <th key={key} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cohorts.map((row) => (
              <tr key={row.week}>
                <th scope="row">
                  {row.week}
                  <span className="cohort-days">{weekDaysText(row.week)}</span>
                </th>
                <td className="num">{formatValue('count', row.customers, locale)}</td>
                {DAYS.map(([key, , days]) => {
                  const value = row[key];
                  return value === null ? (
                    <td key={key} className="num heat-none" title={`Not yet: day ${days} after signup has not passed for the whole cohort`}>
                      {NO_VALUE}
                    </td>
                  ) : (
                    <td key={key} className="num heat" style={heat(value, bests[key])}>
                      {formatValue('rate', value, locale)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
