// With several regions picked: each region's headline side by side, one KPI per row, so "which region's CAC
// rose" is one glance along a row. The full review of each region sits in its tab below.
import type { RegionWeeklyReport } from '../../../shared/report-types';
import { useWords } from '../i18n/LocaleContext';
import { ChangeText } from './ChangeText';
import { flagText } from './kpi-format';
import { groupByKpi } from './kpi-groups';
import { KpiValue } from './KpiValue';
import { headlineOf } from './report-parts';

export function RegionComparison({ reports }: { reports: readonly RegionWeeklyReport[] }) {
  const words = useWords();
  const { t, label } = words;
  const first = reports[0];
  if (!first) return null;

  return (
    <section className="report-section" aria-label={t('compare.title')}>
      <h3 className="report-section-title">{t('compare.title')}</h3>
      <p className="muted">{t('compare.text')}</p>
      <div className="compare-scroll">
        <table className="data-table report-table compare-table">
          <thead>
            <tr>
              <th scope="col">{t('compare.kpi')}</th>
              {reports.map((report) => (
                <th key={report.region} scope="col">
                  {label('region', report.region)} <span className="muted">{report.region}</span>
                </th>
              ))}
            </tr>
          </thead>
          {groupByKpi(first.headline).map(({ group, items }) => (
            <tbody key={group}>
              <tr className="compare-group">
                <th scope="rowgroup" colSpan={reports.length + 1}>
                  {label('kpiGroup', group)}
                </th>
              </tr>
              {items.map(({ kpi }) => (
                <tr key={kpi}>
                  <th scope="row" title={label('kpiDef', kpi)}>
                    {label('kpi', kpi)}
                  </th>
                  {reports.map((report) => {
                    const headline = headlineOf(report, kpi);
                    return (
                      <td key={report.region} className="compare-cell">
                        {headline && (
                          <>
                            <KpiValue className="compare-value" kpi={kpi} value={headline.value} />
                            <ChangeText kpi={kpi} comparison={headline.previousWeek} />
                            {headline.flag && (
                              <span className="compare-flag" title={flagText(headline.flag, words)}>
                                <span aria-hidden="true">⚑</span>
                                <span className="visually-hidden">{flagText(headline.flag, words)}</span>
                              </span>
                            )}
                          </>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}
