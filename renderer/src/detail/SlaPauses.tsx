// When the SLA clock stood still and why (waiting on the carrier or the customer).
import type { FeedbackDetail } from '../../../shared/feedback-detail';
import type { RegionFormat } from '../format/region-format';
import { preciseDuration } from '../format/durations';
import { useWords } from '../i18n/LocaleContext';

export function SlaPauses({ pauses, format }: { pauses: FeedbackDetail['slaPauses']; format: RegionFormat }) {
  const words = useWords();
  if (pauses.length === 0) return null;
  return (
    <section className="detail-section">
      <h3>{words.t('pauses.title')}</h3>
      <ul className="plain-list">
        {pauses.map((pause) => (
          <li key={pause.pausedAt}>
            {words.label('status', pause.reason)}: <bdi>{format.dateTime(pause.pausedAt)}</bdi> →{' '}
            {pause.resumedAt === null
              ? words.t('pauses.stillPaused')
              : (
                <>
                  <bdi>{format.dateTime(pause.resumedAt)}</bdi> ({preciseDuration(pause.resumedAt - pause.pausedAt, words)})
                </>
              )}
          </li>
        ))}
      </ul>
    </section>
  );
}
