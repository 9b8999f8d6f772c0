// The Campaigns tab: every campaign of the person's regions, newest first; the one picked shows its attributed
// figures over its life and per week.
import { useMemo } from 'react';
import type { CampaignListRow } from '../../../shared/rosters-kols';
import { useWords } from '../i18n/LocaleContext';
import { failureText } from '../ui/failure-text';
import { QueueLinkButton } from './QueueLinkButton';
import { RosterListTab, type ListColumn } from './RosterListTab';
import { RosterNumbersList } from './RosterNumbers';
import { rosterFormat } from './rosters-format';
import { useRosterCall } from './useRosterCall';
import { WeeklyChart, type WeeklySeries } from './WeeklyChart';

function CampaignPane({ id }: { id: number }) {
  const words = useWords();
  const { t } = words;
  const performance = useRosterCall('rosters.performance', { kind: 'campaign', id });
  const series = useMemo<WeeklySeries[]>(
    () => [
      { key: 'newCustomers', name: t('rosters.fig.newCustomers'), kind: 'bar' },
      { key: 'spendUsd', name: t('rosters.fig.spend'), kind: 'line' },
    ],
    [t],
  );
  if (performance.loaded.status === 'loading') return <p className="detail-empty">{t('rosters.loading')}</p>;
  if (performance.loaded.status === 'failed') return <p className="detail-empty" role="alert">{failureText(performance.loaded.failure, words)}</p>;
  const campaign = performance.loaded.value;
  return (
    <div className="detail-content">
      <header className="detail-header"><h2>{campaign.name}</h2></header>
      <section className="detail-section">
        <h3>{t('rosters.overLife')}</h3>
        <RosterNumbersList numbers={campaign.life} />
        <QueueLinkButton kind="campaign" id={campaign.id} />
      </section>
      <section className="detail-section">
        <h3>{t('rosters.byWeek')}</h3>
        <WeeklyChart rows={campaign.weeks} series={series} caption={t('rosters.weeklyCaption', { name: campaign.name })} />
      </section>
    </div>
  );
}

export function CampaignsTab() {
  const { t, label, locale } = useWords();
  const list = useRosterCall('rosters.campaigns', {});
  const columns = useMemo<ListColumn<CampaignListRow>[]>(() => {
    const format = rosterFormat(locale);
    return [
      { header: t('rosters.column.region'), cell: (c) => label('region', c.region) },
      { header: t('rosters.dates'), cell: (c) => `${c.startsOn} – ${c.endsOn}`, className: 'mono' },
      { header: t('rosters.budget'), cell: (c) => format.usd(c.budgetUsd) },
      { header: t('rosters.contracted'), cell: (c) => format.usd(c.contractedUsd) },
      { header: t('rosters.kols'), cell: (c) => format.count(c.kols) },
      { header: t('rosters.fig.newCustomers'), cell: (c) => format.count(c.newCustomers) },
    ];
  }, [t, label, locale]);
  return (
    <RosterListTab
      list="campaigns"
      rows={list.loaded}
      columns={columns}
      paneLabel={t('rosters.campaignResults')}
      pickFirst={t('rosters.pickCampaign')}
      pane={(id) => <CampaignPane id={id} />}
    />
  );
}
