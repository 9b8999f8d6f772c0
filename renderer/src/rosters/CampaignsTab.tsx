// The Campaigns tab: every campaign of the person's regions, newest first; the one picked shows its attributed
// figures over its life and per week.
import { useMemo, useState } from 'react';
import { useWords } from '../i18n/LocaleContext';
import { failureText } from '../ui/failure-text';
import { QueueLinkButton } from './QueueLinkButton';
import { RosterNumbersList } from './RosterNumbers';
import { rosterFormat } from './rosters-format';
import { useRosterCall } from './useRosterCall';
import { WeeklyChart, type WeeklySeries } from './WeeklyChart';

export function CampaignsTab() {
  const words = useWords();
  const { t, label, locale } = words;
  const format = rosterFormat(locale);
  const list = useRosterCall('rosters.campaigns', {});
  const [picked, setPicked] = useState<number | null>(null);
  const performance = useRosterCall('rosters.performance', picked === null ? null : { kind: 'campaign', id: picked });
  const series = useMemo<WeeklySeries[]>(
    () => [
      { key: 'newCustomers', name: t('rosters.fig.newCustomers'), kind: 'bar' },
      { key: 'spendUsd', name: t('rosters.fig.spend'), kind: 'line' },
    ],
    [t],
  );
  if (list.loaded.status === 'loading') return <p className="screen-message">{t('rosters.loading')}</p>;
  if (list.loaded.status === 'failed') return <p className="screen-message" role="alert">{failureText(list.loaded.failure, words)}</p>;
  const campaigns = list.loaded.value;
  return (
    <div className="rosters-split">
      <div className="rosters-table-wrap">
        <table className="data-table" aria-label={t('rosters.tab.campaigns')}>
          <thead>
            <tr>
              <th scope="col">{t('rosters.column.name')}</th>
              <th scope="col">{t('rosters.column.region')}</th>
              <th scope="col">{t('rosters.dates')}</th>
              <th scope="col">{t('rosters.budget')}</th>
              <th scope="col">{t('rosters.contracted')}</th>
              <th scope="col">{t('rosters.kols')}</th>
              <th scope="col">{t('rosters.fig.newCustomers')}</th>
            </tr>
          </thead>
          <tbody>
            {campaigns.map((c) => (
              <tr key={c.id} aria-selected={picked === c.id}>
                <td>
                  <button type="button" className="link-button" aria-pressed={picked === c.id} onClick={() => setPicked(c.id)}>
                    {c.name}
                  </button>
                </td>
                <td>{label('region', c.region)}</td>
                <td className="mono">{c.startsOn} – {c.endsOn}</td>
                <td>{format.usd(c.budgetUsd)}</td>
                <td>{format.usd(c.contractedUsd)}</td>
                <td>{format.count(c.kols)}</td>
                <td>{format.count(c.newCustomers)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <aside className="detail" aria-label={t('rosters.campaignResults')}>
        {picked === null && <p className="detail-empty">{t('rosters.pickCampaign')}</p>}
        {picked !== null && performance.loaded.status === 'loading' && <p className="detail-empty">{t('rosters.loading')}</p>}
        {picked !== null && performance.loaded.status === 'failed' && <p className="detail-empty" role="alert">{failureText(performance.loaded.failure, words)}</p>}
        {picked !== null && performance.loaded.status === 'ready' && (
          <div className="detail-content">
            <header className="detail-header"><h2>{performance.loaded.value.name}</h2></header>
            <section className="detail-section">
              <h3>{t('rosters.overLife')}</h3>
              <RosterNumbersList numbers={performance.loaded.value.life} />
              <QueueLinkButton kind="campaign" id={performance.loaded.value.id} />
            </section>
            <section className="detail-section">
              <h3>{t('rosters.byWeek')}</h3>
              <WeeklyChart rows={performance.loaded.value.weeks} series={series} caption={t('rosters.weeklyCaption', { name: performance.loaded.value.name })} />
            </section>
          </div>
        )}
      </aside>
    </div>
  );
}
