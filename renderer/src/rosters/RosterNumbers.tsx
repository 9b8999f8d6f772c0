// A roster's attributed figures as a compact list of facts (docs/metrics.md, "KOL and community attribution").
import type { RosterNumbers } from '../../../shared/rosters-calls';
import { useWords } from '../i18n/LocaleContext';
import { rosterFormat } from './rosters-format';

export function RosterNumbersList({ numbers }: { numbers: RosterNumbers }) {
  const { t, locale } = useWords();
  const f = rosterFormat(locale);
  const facts: [string, string][] = [
    [t('rosters.fig.newCustomers'), f.count(numbers.newCustomers)],
    [t('rosters.fig.orders'), f.count(numbers.orders)],
    [t('rosters.fig.revenue'), f.usd(numbers.revenueUsd)],
    [t('rosters.fig.spend'), f.usd(numbers.spendUsd)],
    [t('rosters.fig.cac'), f.usd(numbers.cacUsd)],
    [t('rosters.fig.roas'), f.ratio(numbers.roas)],
    [t('rosters.fig.repurchase'), f.percent(numbers.repurchaseRate)],
    [t('rosters.fig.complaints'), numbers.complaintsPer1kOrders === null ? '–' : f.ratio(numbers.complaintsPer1kOrders)],
    [t('rosters.fig.rating'), numbers.averageRating === null ? '–' : f.ratio(numbers.averageRating)],
  ];
  return (
    <dl className="facts rosters-facts">
      {facts.map(([name, value]) => (
        <div key={name} className="fact">
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
