// The Communities tab: each community with its latest week and roster; the one picked shows its members' D30
// retention and repurchase beside non-members who signed up in the same weeks, and its weekly snapshots.
import { useMemo } from 'react';
import type { RetentionGroup } from '../../../shared/rosters-calls';
import type { CommunityListRow } from '../../../shared/rosters-kols';
import { useWords } from '../i18n/LocaleContext';
import { failureText } from '../ui/failure-text';
import { QueueLinkButton } from './QueueLinkButton';
import { RosterListTab, type ListColumn } from './RosterListTab';
import { rosterFormat } from './rosters-format';
import { useRosterCall } from './useRosterCall';
import { WeeklyChart, type WeeklySeries } from './WeeklyChart';

function CommunityPane({ id }: { id: number }) {
  const words = useWords();
  const { t, locale } = words;
  const format = rosterFormat(locale);
  const retention = useRosterCall('rosters.communityRetention', { communityId: id });
  const weeks = useRosterCall('rosters.communityWeeks', { communityId: id });
  const series = useMemo<WeeklySeries[]>(
    () => [
      { key: 'members', name: t('rosters.members'), kind: 'bar' },
      { key: 'activeMembers', name: t('rosters.activeMembers'), kind: 'bar' },
    ],
    [t],
  );
  if (retention.loaded.status === 'loading') return null;
  if (retention.loaded.status === 'failed') return <p className="detail-empty" role="alert">{failureText(retention.loaded.failure, words)}</p>;
  const community = retention.loaded.value;
  const group = (name: string, g: RetentionGroup) => (
    <tr>
      <th scope="row">{name}</th>
      <td>{format.count(g.customers)}</td>
      <td>{format.percent(g.d30Rate)}</td>
      <td>{format.percent(g.repurchaseRate)}</td>
    </tr>
  );
  return (
    <div className="detail-content">
      <header className="detail-header"><h2>{community.name}</h2></header>
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
            {group(t('rosters.members'), community.members)}
            {group(t('rosters.nonMembers'), community.nonMembers)}
          </tbody>
        </table>
        <p className="muted">{t('rosters.sameWeeks', { weeks: community.signupWeeks })}</p>
        <QueueLinkButton kind="community" id={community.communityId} />
      </section>
      <section className="detail-section">
        <h3>{t('rosters.byWeek')}</h3>
        {weeks.loaded.status === 'ready' && <WeeklyChart rows={weeks.loaded.value} series={series} caption={t('rosters.weeklyCaption', { name: community.name })} />}
      </section>
    </div>
  );
}

export function CommunitiesTab() {
  const { t, label, locale } = useWords();
  const list = useRosterCall('rosters.communities', {});
  const columns = useMemo<ListColumn<CommunityListRow>[]>(() => {
    const format = rosterFormat(locale);
    return [
      { header: t('rosters.column.region'), cell: (c) => label('region', c.region) },
      { header: t('rosters.column.platform'), cell: (c) => c.platform },
      { header: t('rosters.members'), cell: (c) => format.count(c.members) },
      { header: t('rosters.linkedCustomers'), cell: (c) => format.count(c.linkedCustomers) },
      { header: t('rosters.fig.newCustomers'), cell: (c) => format.count(c.newCustomers) },
    ];
  }, [t, label, locale]);
  return (
    <RosterListTab
      list="communities"
      rows={list.loaded}
      columns={columns}
      paneLabel={t('rosters.communityResults')}
      pickFirst={t('rosters.pickCommunity')}
      pane={(id) => <CommunityPane id={id} />}
    />
  );
}
