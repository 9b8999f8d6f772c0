// When the SLA clock stood still and why (waiting on the carrier or the customer).
import { STATUS_LABELS } from '../../../shared/domain';
import type { FeedbackDetail } from '../../../shared/feedback-detail';
import type { RegionFormat } from '../format/region-format';
import { preciseDuration } from '../format/durations';
import { labelFor } from '../format/labels';

export function SlaPauses({ pauses, format }: { pauses: FeedbackDetail['slaPauses']; format: RegionFormat }) {
  if (pauses.length === 0) return null;
  return (
    <section className="detail-section">
      <h3>SLA pauses</h3>
      <ul className="plain-list">
        {pauses.map((pause) => (
          <li key={pause.pausedAt}>
            {labelFor(STATUS_LABELS, pause.reason)}: <bdi>{format.dateTime(pause.pausedAt)}</bdi> →{' '}
            {pause.resumedAt === null
              ? 'still paused'
              : (
                <>
                  <bdi>{format.dateTime(pause.resumedAt)}</bdi> ({preciseDuration(pause.resumedAt - pause.pausedAt)})
                </>
              )}
          </li>
        ))}
      </ul>
    </section>
  );
}
