// Where the parcel is and was: the order's milestones, lateness, carrier and money.
import { ORDER_STATUS_LABELS } from '../../../shared/domain';
import type { OrderTimeline as Order } from '../../../shared/feedback-detail';
import type { RegionFormat } from '../format/region-format';
import { FULFILMENT_LABELS } from '../format/labels';
import { Facts } from './Facts';

interface OrderTimelineProps {
  order: Order | null;
  format: RegionFormat;
}

export function OrderTimeline({ order, format }: OrderTimelineProps) {
  if (!order) {
    return (
      <section className="detail-section">
        <h3>Order</h3>
        <p className="muted">No order is linked to this feedback.</p>
      </section>
    );
  }
  const when = (at: number | null) => (at === null ? null : format.dateTime(at));
  const milestones: [string, number | null][] = [
    ['Placed', order.placedAt],
    ['Shipped', order.shippedAt],
    ['Customs entered', order.customsEnteredAt],
    ['Customs cleared', order.customsClearedAt],
    ['Estimated delivery', order.estimatedDeliveryAt],
    ['Delivered', order.deliveredAt],
  ];
  return (
    <section className="detail-section">
      <h3>
        Order #{order.id} <span className="badge badge-neutral">{ORDER_STATUS_LABELS[order.status]}</span>
      </h3>
      <ol className="timeline">
        {milestones.map(([label, at]) => (
          <li key={label} className={at === null ? 'timeline-pending' : 'timeline-done'}>
            <span className="timeline-label">{label}</span>
            <bdi className="timeline-at">{when(at) ?? 'not yet'}</bdi>
          </li>
        ))}
      </ol>
      <Facts
        facts={[
          [
            'Days late',
            order.daysLate === null ? null : (
              <bdi className={order.daysLate > 0 ? 'late' : undefined}>{format.number(order.daysLate)}</bdi>
            ),
          ],
          ['Carrier', order.carrier],
          ['Tracking', <span className="mono">{order.trackingNumber}</span>],
          ['Fulfilment', FULFILMENT_LABELS[order.fulfilment]],
          [
            'Amount',
            // Two isolates: a right-to-left local amount must not swap places with the USD one.
            <>
              <bdi>{format.money(order.amountLocal, order.currency)}</bdi> (<bdi>{format.money(order.amountUsd, 'USD')}</bdi>)
            </>,
          ],
          ['Shipping fee', <bdi>{format.money(order.shippingFeeUsd, 'USD')}</bdi>],
          ['Duties', <bdi>{format.money(order.dutiesUsd, 'USD')}</bdi>],
        ]}
      />
    </section>
  );
}
