// The Communities tab: each community with its latest week and roster; the one picked shows its members' D30
// retention and repurchase beside non-members who signed up in the same weeks, and its weekly snapshots.
import { useMemo, useState } from 'react';
import type { RetentionGroup } from '../../../shared/rosters-calls';
import { useWords } from '../i18n/LocaleContext';
import { failureText } from '../ui/failure-text';
import { QueueLinkButton } from './QueueLinkButton';
import { rosterFormat } from './rosters-format';
import { useRosterCall } from './useRosterCall';
import { WeeklyChart, type WeeklySeries } from './WeeklyChart';

export function CommunitiesTab() {
  const words = useWords();
  const { t, label, locale } = words;
  const format = rosterFormat(locale);
  const list = useRosterCall('rosters.communities', {});
  const [picked, setPicked] = useState<number | null>(null);
  const retention = useRosterCall('rosters.communityRetention', picked === null ? null : { communityId: picked });
  const weeks = useRosterCall('rosters.communityWeeks', picked === null ? null : { communityId: picked });
  const series = useMemo<WeeklySeries[]>(
    () => [
      { key: 'members', name: t('rosters.members'), kind: 'bar' },
      { key: 'activeMembers', name: t('rosters.activeMembers'), kind: 'bar' },
    ],
    [t],
  );
  if (list.loaded.status === 'loading') return <p className="screen-message">{t('rosters.loading')}</p>;
  if (list.loaded.status === 'failed') return <p className="screen-message" role="alert">{failureText(list.loaded.failure, words)}</p>;
  const group = (name: string, g: RetentionGroup) => (
    <tr>
      <th scope="row">{name}</th>
      <td>{format.count(g.customers)}</td>
      <td>{format.percent(g.d30Rate)}</td>
      <td>{format.percent(g.repurchaseRate)}</td>
    </tr>
  );
  return (
    <div className="rosters-split">
      <div className="rosters-table-wrap">
        <table className="data-table" aria-label={t('rosters.tab.communities')}>
          <thead>
            <tr>
              <th scope="col">{t('rosters.column.name')}</th>
              <th scope="col">{t('rosters.column.region')}</th>
              <th scope="col">{t('rosters.column.platform')}</th>
              <th scope="col">{t('rosters.members')}</th>
              <th scope="col">{t('rosters.linkedCustomers')}</th>
              <th scope="col">{t('rosters.fig.newCustomers')}</th>
            </tr>
          </thead>
          <tbody>
            {list.loaded.value.map((c) => (
              <tr key={c.id} aria-selected={picked === c.id}>
                <td>
                  <button type="button" className="link-button" aria-pressed={picked === c.id} onClick={() => setPicked(c.id)}>
                    {c.name}
                  </button>
                </td>
                <td>{label('region', c.region)}</td>
                <td>{c.platform}</td>
                <td>{format.count(c.members)}</td>
                <td>{format.count(c.linkedCustomers)}</td>
                <td>{format.count(c.newCustomers)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <aside className="detail" aria-label={t('rosters.communityResults')}>
        {picked === null && <p className="detail-empty">{t('rosters.pickCommunity')}</p>}
        {picked !== null && retention.loaded.status === 'failed' && <p className="detail-empty" role="alert">{failureText(retention.loaded.failure, words)}</p>}
        {picked !== null && retention.loaded.status === 'ready' && (
          <div className="detail-content">
            <header className="detail-header"><h2>{retention.loaded.value.name}</h2></header>
            <section className="detail-section">
              <h3>{t('rosters.retention')}</h3>
              <table className="data-table rosters-retention">
                <thead>
                  <tr>
                    <th scope="col">{t('rosters.group')}</th>
                    <th scope="col">{t('rosters.customers')}</th>
                    <th scope="col">{t('rosters.d30')}</th>
                    <th scope="col">{t('rosters.fig.repurchase')}</th>
                  </tr>
                </thead>
                <tbody>
                  {group(t('rosters.members'), retention.loaded.value.members)}
                  {group(t('rosters.nonMembers'), retention.loaded.value.nonMembers)}
                </tbody>
              </table>
              <p className="muted">{t('rosters.sameWeeks', { weeks: retention.loaded.value.signupWeeks })}</p>
              <QueueLinkButton kind="community" id={retention.loaded.value.communityId} />
            </section>
            <section className="detail-section">
              <h3>{t('rosters.byWeek')}</h3>
              {weeks.loaded.status === 'ready' && <WeeklyChart rows={weeks.loaded.value} series={series} caption={t('rosters.weeklyCaption', { name: retention.loaded.value.name })} />}
            </section>
          </div>
        )}
      </aside>
    </div>
  );
}
