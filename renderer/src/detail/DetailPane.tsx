// Everything about the focused feedback item: its words, the order behind it, the customer, its history.
import { CATEGORY_LABELS, LANGUAGE_LABELS, STATUS_LABELS } from '../../../shared/domain';
import type { FeedbackDetail } from '../../../shared/feedback-detail';
import type { BulkChange } from '../../../shared/queue';
import { slaView } from '../format/durations';
import { CHANNEL_LABELS } from '../format/labels';
import { useSession } from '../session/SessionContext';
import { useNow } from '../ui/useNow';
import { AuditTrail } from './AuditTrail';
import { CustomerSummary } from './CustomerSummary';
import { Facts } from './Facts';
import { MergedItems } from './MergedItems';
import { OrderTimeline } from './OrderTimeline';
import { SlaPauses } from './SlaPauses';
import { Suggestions } from './Suggestions';
import { useFeedbackDetail } from './useFeedbackDetail';

interface DetailPaneProps {
  id: number | null;
  version: number;
  busy: boolean;
  onUpdate(id: number, change: BulkChange): void;
  onUnmerge(mergeId: number): void;
}

export function DetailPane({ id, version, busy, onUpdate, onUnmerge }: DetailPaneProps) {
  const state = useFeedbackDetail(id, version);
  const shown = state.status === 'ready' ? state.detail : state.status === 'loading' ? state.previous : null;

  return (
    <aside className="detail" aria-label="Feedback detail" aria-busy={state.status === 'loading'}>
      {state.status === 'idle' && (
        <p className="detail-empty">Select a feedback item to see its order, customer and history</p>
      )}
      {state.status === 'failed' && (
        <p className="detail-empty" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'loading' && !shown && <p className="detail-empty">Loading #{id}…</p>}
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
  const { feedback } = detail;
  const format = formatFor(feedback.region);
  const sla = slaView(feedback, now);

  return (
    <div className="detail-content">
      <header className="detail-header">
        <h2>
          #{feedback.id} {CATEGORY_LABELS[feedback.category]}
        </h2>
        <div className="detail-badges">
          <span className={`badge priority-${feedback.priority}`}>{feedback.priority}</span>
          <span className="badge badge-neutral">{STATUS_LABELS[feedback.status]}</span>
          <span className={`sla sla-${sla.state}`}>{sla.text}</span>
        </div>
      </header>

      <p className="feedback-text" dir="auto" lang={feedback.language}>
        {feedback.text}
      </p>

      <Facts
        facts={[
          ['Assignee', feedback.assigneeName ?? 'Unassigned'],
          ['Language', LANGUAGE_LABELS[feedback.language]],
          ['Channel', CHANNEL_LABELS[feedback.channel]],
          ['Rating', feedback.rating === null ? null : `${feedback.rating} / 5`],
          ['Received', <bdi>{format.dateTime(feedback.createdAt)}</bdi>],
          ['SLA due', <bdi>{format.dateTime(feedback.slaDueAt)}</bdi>],
          ['First response', feedback.firstResponseAt === null ? null : <bdi>{format.dateTime(feedback.firstResponseAt)}</bdi>],
          ['Resolved', feedback.resolvedAt === null ? null : <bdi>{format.dateTime(feedback.resolvedAt)}</bdi>],
          ['Region', `${format.region?.name ?? feedback.region} · ${feedback.country}`],
          ['Duplicate of', feedback.duplicateOf === null ? null : `#${feedback.duplicateOf}`],
          ['Tags', feedback.tags.length === 0 ? null : feedback.tags.join(', ')],
        ]}
      />

      <Suggestions detail={detail} busy={busy} onApply={onUpdate} />
      <OrderTimeline order={detail.order} format={format} />
      <CustomerSummary customer={detail.customer} format={format} />
      <MergedItems merged={detail.merged} format={format} busy={busy} onUnmerge={onUnmerge} />
      <SlaPauses pauses={detail.slaPauses} format={format} />
      <AuditTrail feedbackId={feedback.id} events={detail.events} people={session.people} format={format} />
    </div>
  );
}
