// Who wrote in: their value to the business and what they said before.
import type { CustomerSummary as Customer } from '../../../shared/feedback-detail';
import type { RegionFormat } from '../format/region-format';
import { useWords } from '../i18n/LocaleContext';
import { Facts, type Fact } from './Facts';

/** "KOL Mai Daily (@maidaily, TikTok) · KOL 11.11 2026 · code MAI10": who brought the customer, and how. */
function AcquiredByText({ by }: { by: NonNullable<Customer['acquiredBy']> }) {
  const { t, label } = useWords();
  const who = by.kind === 'kol' ? t('customer.acquiredByKol', { name: by.name, handle: by.handle ?? '', platform: label('kolPlatform', by.platform) }) : t('customer.acquiredByCommunity', { name: by.name });
  const how = by.via === 'code' && by.promoCode ? t('customer.acquiredByCode', { code: by.promoCode }) : t('customer.acquiredByLink');
  return (
    <bdi className="acquired-by">
      {[who, by.campaignName, how].filter((part) => part).join(' · ')}
    </bdi>
  );
}

export function CustomerSummary({ customer, format }: { customer: Customer; format: RegionFormat }) {
  const { t, label } = useWords();
  return (
    <section className="detail-section">
      <h3>
        {t('customer.heading', { name: customer.name })}
        {customer.highValue && (
          <span className="badge badge-high-value" role="img" aria-label={t('cell.highValue')} title={t('cell.highValueCustomer')}>
            {t('customer.highValueBadge')}
          </span>
        )}
      </h3>
      <Facts
        facts={[
          [t('customer.country'), customer.country],
          [t('customer.segment'), customer.segment],
          [t('customer.since'), <bdi>{format.date(customer.signupAt)}</bdi>],
          [t('customer.orders'), <bdi>{format.number(customer.ordersCount)}</bdi>],
          [t('customer.lifetimeValue'), <bdi>{format.money(customer.lifetimeValueUsd, 'USD')}</bdi>],
          ...(customer.acquiredBy ? [[t('customer.acquiredBy'), <AcquiredByText by={customer.acquiredBy} />] satisfies Fact] : []),
        ]}
      />
      <h4>{t('customer.earlier')}</h4>
      {customer.earlierFeedback.length === 0 ? (
        <p className="muted">{t('customer.noneEarlier')}</p>
      ) : (
        <ul className="plain-list">
          {customer.earlierFeedback.map((item) => (
            <li key={item.id}>
              <span className="muted">
                #{item.id} · <bdi>{format.date(item.createdAt)}</bdi> · {label('category', item.category)} · {label('status', item.status)}
              </span>
              <span className="earlier-text" dir="auto">
                {item.firstLine}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
