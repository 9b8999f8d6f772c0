// Every change to this item (and to the duplicates merged into it), in words.
import type { Person } from '../../../shared/domain';
import type { AuditEvent } from '../../../shared/feedback-detail';
import { auditSentence } from '../format/audit-words';
import type { RegionFormat } from '../format/region-format';
import { useWords } from '../i18n/LocaleContext';

interface AuditTrailProps {
  feedbackId: number;
  events: readonly AuditEvent[];
  people: readonly Person[];
  format: RegionFormat;
}

export function AuditTrail({ feedbackId, events, people, format }: AuditTrailProps) {
  const words = useWords();
  const context = { people, dateTime: format.dateTime, words };
  return (
    <section className="detail-section">
      <h3>{words.t('audit.title')}</h3>
      {events.length === 0 ? (
        <p className="muted">{words.t('audit.none')}</p>
      ) : (
        <ol className="audit">
          {events.map((event) => (
            <li key={event.id}>
              <time className="muted" dir="auto" dateTime={new Date(event.at).toISOString()}>
                {format.dateTime(event.at)}
              </time>{' '}
              <span>{auditSentence(event, context)}</span>
              {event.feedbackId !== feedbackId && <span className="muted">{words.t('audit.onItem', { id: event.feedbackId })}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
