// Everything about the focused feedback item: its words, the order behind it, the customer, its history.
import type { FeedbackDetail } from '../../../shared/feedback-detail';
import type { BulkChange } from '../../../shared/queue';
import { slaView } from '../format/durations';
import { useWords } from '../i18n/LocaleContext';
import { failureText } from '../ui/failure-text';
import { useSession } from '../session/SessionContext';
import { useNow } from '../ui/useNow';
import { AuditTrail } from './AuditTrail';
import { CustomerSummary } from './CustomerSummary';
import { Facts } from './Facts';
import { MergedItems } from './MergedItems';
import { OrderTimeline } from './OrderTimeline';
import { SlaPauses } from './SlaPauses';
import { Suggestions } from './Suggestions';
import type { DetailState } from './useFeedbackDetail';

interface DetailPaneProps {
  /** The focused item's id (while its detail loads) and its detail, which the queue screen loads and previews. */
  id: number | null;
  state: DetailState;
  busy: boolean;
  onUpdate(id: number, change: BulkChange): void;
  onUnmerge(mergeId: number): void;
}

export function DetailPane({ id, state, busy, onUpdate, onUnmerge }: DetailPaneProps) {
  const words = useWords();
  const shown = state.status === 'ready' ? state.detail : state.status === 'loading' ? state.previous : null;

  return (
    <aside className="detail" aria-label={words.t('detail.label')} aria-busy={state.status === 'loading'}>
      {state.status === 'idle' && <p className="detail-empty">{words.t('detail.empty')}</p>}
      {state.status === 'failed' && (
        <p className="detail-empty" role="alert">
          {failureText(state.failure, words)}
        </p>
      )}
      {state.status === 'loading' && !shown && <p className="detail-empty">{words.t('detail.loading', { id })}</p>}
      {shown && (
        <DetailContent
          detail={shown}
          busy={busy}
          onUpdate={(change) => onUpdate(shown.feedback.id, change)}
          onUnmerge={onUnmerge}
        />
      )}
    </aside>
  );
}

interface DetailContentProps {
  detail: FeedbackDetail;
  busy: boolean;
  onUpdate(change: BulkChange): void;
  onUnmerge(mergeId: number): void;
}

function DetailContent({ detail, busy, onUpdate, onUnmerge }: DetailContentProps) {
  const { session, formatFor } = useSession();
  const now = useNow();
  const words = useWords();
  const { t, label } = words;
  const { feedback } = detail;
  const format = formatFor(feedback.region);
  const sla = slaView(feedback, now, words);

  return (
    <div className="detail-content">
      <header className="detail-header">
        <h2>
          #{feedback.id} {label('category', feedback.category)}
        </h2>
        <div className="detail-badges">
          <span className={`badge priority-${feedback.priority}`}>{feedback.priority}</span>
          <span className="badge badge-neutral">{label('status', feedback.status)}</span>
          <span className={`sla sla-${sla.state}`}>{sla.text}</span>
        </div>
      </header>

      <p className="feedback-text" dir="auto" lang={feedback.language}>
        {feedback.text}
      </p>
      {/* Right under the text: just after a merge, its "Undo merge" shows without scrolling. */}
      <MergedItems merged={detail.merged} format={format} busy={busy} onUnmerge={onUnmerge} />

      <Facts
        facts={[
          [t('detail.assignee'), feedback.assigneeName ?? t('common.unassigned')],
          [t('detail.language'), label('language', feedback.language)],
          [t('detail.channel'), label('channel', feedback.channel)],
          [t('detail.rating'), feedback.rating === null ? null : t('detail.ratingValue', { rating: feedback.rating })],
          [t('detail.received'), <bdi>{format.dateTime(feedback.createdAt)}</bdi>],
          [t('detail.slaDue'), <bdi>{format.dateTime(feedback.slaDueAt)}</bdi>],
          [t('detail.firstResponse'), feedback.firstResponseAt === null ? null : <bdi>{format.dateTime(feedback.firstResponseAt)}</bdi>],
          [t('detail.resolved'), feedback.resolvedAt === null ? null : <bdi>{format.dateTime(feedback.resolvedAt)}</bdi>],
          [t('detail.region'), `${label('region', feedback.region)} · ${feedback.country}`],
          [t('detail.duplicateOf'), feedback.duplicateOf === null ? null : `#${feedback.duplicateOf}`],
          [t('detail.tags'), feedback.tags.length === 0 ? null : feedback.tags.join(', ')],
        ]}
      />

      <Suggestions detail={detail} busy={busy} onApply={onUpdate} />
      <OrderTimeline order={detail.order} format={format} />
      <CustomerSummary customer={detail.customer} format={format} />
      <SlaPauses pauses={detail.slaPauses} format={format} />
      <AuditTrail feedbackId={feedback.id} events={detail.events} people={session.people} format={format} />
    </div>
  );
}
