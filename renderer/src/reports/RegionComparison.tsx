// With several regions picked: each region's headline side by side, one KPI per row, so "which region's CAC
// rose" is one glance along a row. The full review of each region sits in its tab below.
import { KPI_INFO } from '../../../shared/kpi-definitions';
import type { RegionWeeklyReport } from '../../../shared/report-types';
import { useSession } from '../session/SessionContext';
import { ChangeText } from './ChangeText';
import { flagText } from './kpi-format';
import { groupByKpi } from './kpi-groups';
import { KpiValue } from './KpiValue';
import { headlineOf } from './report-parts';

export function RegionComparison({ reports }: { reports: readonly RegionWeeklyReport[] }) {
  const { formatFor } = useSession();
  const locales = reports.map((report) => formatFor(report.region).region?.locale ?? 'en-GB');
  const first = reports[0];
  if (!first) return null;

  return (
    <section className="report-section" aria-label="Headline KPIs by region">
      <h3 className="report-section-title">Headline KPIs by region</h3>
      <p className="muted">Value this week and its change against the previous week.</p>
      <div className="compare-scroll">
        <table className="data-table report-table compare-table">
          <thead>
            <tr>
              <th scope="col">KPI</th>
              {reports.map((report) => (
                <th key={report.region} scope="col">
                  {report.regionName} <span className="muted">{report.region}</span>
                </th>
              ))}
            </tr>
          </thead>
          {groupByKpi(first.headline).map(({ group, items }) => (
            <tbody key={group}>
              <tr className="compare-group">
                <th scope="rowgroup" colSpan={reports.length + 1}>
                  {group}
                </th>
              </tr>
              {items.map(({ kpi }) => (
                <tr key={kpi}>
                  <th scope="row" title={KPI_INFO[kpi].definition}>
                    {KPI_INFO[kpi].label}
                  </th>
                  {reports.map((report, index) => {
                    const headline = headlineOf(report, kpi);
                    const locale = locales[index] ?? 'en-GB';
                    return (
                      <td key={report.region} className="compare-cell">
                        {headline && (
                          <>
                            <KpiValue className="compare-value" kpi={kpi} value={headline.value} locale={locale} />
                            <ChangeText kpi={kpi} comparison={headline.previousWeek} locale={locale} />
                            {headline.flag && (
                              <span className="compare-flag" title={flagText(headline.flag, locale)}>
                                <span aria-hidden="true">⚑</span>
                                <span className="visually-hidden">{flagText(headline.flag, locale)}</span>
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
