// Where the parcel is and was: the order's milestones, lateness, carrier and money.
import type { OrderTimeline as Order } from '../../../shared/feedback-detail';
import type { RegionFormat } from '../format/region-format';
import type { MessageId } from '../i18n/messages/en';
import { useWords } from '../i18n/LocaleContext';
import { Facts } from './Facts';

interface OrderTimelineProps {
  order: Order | null;
  format: RegionFormat;
}

export function OrderTimeline({ order, format }: OrderTimelineProps) {
  const { t, label } = useWords();
  if (!order) {
    return (
      <section className="detail-section">
        <h3>{t('order.title')}</h3>
        <p className="muted">{t('order.none')}</p>
      </section>
    );
  }
  const when = (at: number | null) => (at === null ? null : format.dateTime(at));
  const milestones: [MessageId, number | null][] = [
    ['order.placed', order.placedAt],
    ['order.shipped', order.shippedAt],
    ['order.customsEntered', order.customsEnteredAt],
    ['order.customsCleared', order.customsClearedAt],
    ['order.estimatedDelivery', order.estimatedDeliveryAt],
    ['order.delivered', order.deliveredAt],
  ];
  return (
    <section className="detail-section">
      <h3>
        {t('order.heading', { id: order.id })} <span className="badge badge-neutral">{label('orderStatus', order.status)}</span>
      </h3>
      <ol className="timeline">
        {milestones.map(([milestone, at]) => (
          <li key={milestone} className={at === null ? 'timeline-pending' : 'timeline-done'}>
            <span className="timeline-label">{t(milestone)}</span>
            <bdi className="timeline-at">{when(at) ?? t('order.notYet')}</bdi>
          </li>
        ))}
      </ol>
      <Facts
        facts={[
          [
            t('order.daysLate'),
            order.daysLate === null ? null : (
              <bdi className={order.daysLate > 0 ? 'late' : undefined}>{format.number(order.daysLate)}</bdi>
            ),
          ],
          [t('order.carrier'), order.carrier],
          [t('order.tracking'), <span className="mono">{order.trackingNumber}</span>],
          [t('order.fulfilment'), label('fulfilment', order.fulfilment)],
          [
            t('order.amount'),
            // Two isolates: a right-to-left local amount must not swap places with the USD one.
            <>
              <bdi>{format.money(order.amountLocal, order.currency)}</bdi> (<bdi>{format.money(order.amountUsd, 'USD')}</bdi>)
            </>,
          ],
          [t('order.shippingFee'), <bdi>{format.money(order.shippingFeeUsd, 'USD')}</bdi>],
          [t('order.duties'), <bdi>{format.money(order.dutiesUsd, 'USD')}</bdi>],
        ]}
      />
    </section>
  );
}
