// Who wrote in: their value to the business and what they said before.
import { CATEGORY_LABELS, STATUS_LABELS } from '../../../shared/domain';
import type { CustomerSummary as Customer } from '../../../shared/feedback-detail';
import type { RegionFormat } from '../format/region-format';
import { Facts } from './Facts';

export function CustomerSummary({ customer, format }: { customer: Customer; format: RegionFormat }) {
  return (
    <section className="detail-section">
      <h3>
        Customer {customer.name}
        {customer.highValue && (
          <span className="badge badge-high-value" role="img" aria-label="High value" title="High value customer">
            ★ High value
          </span>
        )}
      </h3>
      <Facts
        facts={[
          ['Country', customer.country],
          ['Segment', customer.segment],
          ['Customer since', <bdi>{format.date(customer.signupAt)}</bdi>],
          ['Orders', <bdi>{format.number(customer.ordersCount)}</bdi>],
          ['Lifetime value', <bdi>{format.money(customer.lifetimeValueUsd, 'USD')}</bdi>],
        ]}
      />
      <h4>Earlier feedback</h4>
      {customer.earlierFeedback.length === 0 ? (
        <p className="muted">None before this one.</p>
      ) : (
        <ul className="plain-list">
          {customer.earlierFeedback.map((item) => (
            <li key={item.id}>
              <span className="muted">
                #{item.id} · <bdi>{format.date(item.createdAt)}</bdi> · {CATEGORY_LABELS[item.category]} · {STATUS_LABELS[item.status]}
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
