// The Reports view's "KOL and community" page for one region: who brings customers cheaply, whose customers complain,
// what campaigns return, and whether community members stay better than non-members who signed up with them.
import type { RegionCode } from '../../../shared/domain';
import { useWords } from '../i18n/LocaleContext';
import { failureText } from '../ui/failure-text';
import { rosterFormat } from './rosters-format';
import { useRosterCall } from './useRosterCall';

export function RostersReportSection({ region }: { region: RegionCode }) {
  const words = useWords();
  const { t, locale } = words;
  const f = rosterFormat(locale);
  const { loaded } = useRosterCall('rosters.report', { region });
  return (
    <section className="report-section rosters-report" aria-label={t('rosters.report.title')}>
      <h3 className="report-figure-title">{t('rosters.report.title')}</h3>
      {loaded.status === 'loading' && <p className="report-empty-chart">{t('rosters.loading')}</p>}
      {loaded.status === 'failed' && <p role="alert">{failureText(loaded.failure, words)}</p>}
      {loaded.status === 'ready' && (
        <div className="rosters-report-tables">
          <table className="data-table" aria-label={t('rosters.report.topByCac')}>
            <caption>{t('rosters.report.topByCac')}</caption>
            <thead><tr><th scope="col">{t('rosters.kols')}</th><th scope="col">{t('rosters.fig.newCustomers')}</th><th scope="col">{t('rosters.fig.cac')}</th></tr></thead>
            <tbody>
              {loaded.value.topByCac.map((k) => (
                <tr key={k.id}><th scope="row">{k.name}</th><td>{f.count(k.newCustomers)}</td><td>{f.usd(k.cacUsd)}</td></tr>
              ))}
            </tbody>
          </table>
          <table className="data-table" aria-label={t('rosters.report.topByComplaints')}>
            <caption>{t('rosters.report.topByComplaints')}</caption>
            <thead><tr><th scope="col">{t('rosters.kols')}</th><th scope="col">{t('rosters.fig.orders')}</th><th scope="col">{t('rosters.fig.complaints')}</th></tr></thead>
            <tbody>
              {loaded.value.topByComplaints.map((k) => (
                <tr key={k.id}><th scope="row">{k.name}</th><td>{f.count(k.orders)}</td><td>{f.ratio(k.complaintsPer1kOrders)}</td></tr>
              ))}
            </tbody>
          </table>
          <table className="data-table" aria-label={t('rosters.report.campaigns')}>
            <caption>{t('rosters.report.campaigns')}</caption>
            <thead><tr><th scope="col">{t('rosters.tab.campaigns')}</th><th scope="col">{t('rosters.fig.spend')}</th><th scope="col">{t('rosters.fig.revenue')}</th><th scope="col">{t('rosters.fig.roas')}</th></tr></thead>
            <tbody>
              {loaded.value.campaigns.map((c) => (
                <tr key={c.id}><th scope="row">{c.name}</th><td>{f.usd(c.spendUsd)}</td><td>{f.usd(c.revenueUsd)}</td><td>{f.ratio(c.roas)}</td></tr>
              ))}
            </tbody>
          </table>
          <table className="data-table" aria-label={t('rosters.report.communities')}>
            <caption>{t('rosters.report.communities')}</caption>
            <thead><tr><th scope="col">{t('rosters.tab.communities')}</th><th scope="col">{t('rosters.report.d30Members')}</th><th scope="col">{t('rosters.report.d30Others')}</th><th scope="col">{t('rosters.report.repurchaseMembers')}</th><th scope="col">{t('rosters.report.repurchaseOthers')}</th></tr></thead>
            <tbody>
              {loaded.value.communities.map((c) => (
                <tr key={c.id}><th scope="row">{c.name}</th><td>{f.percent(c.membersD30)}</td><td>{f.percent(c.nonMembersD30)}</td><td>{f.percent(c.membersRepurchase)}</td><td>{f.percent(c.nonMembersRepurchase)}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
