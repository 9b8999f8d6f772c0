// The core's suggested category and priority, with its reasons, one click from being applied.
import { CATEGORY_LABELS } from '../../../shared/domain';
import type { FeedbackDetail } from '../../../shared/feedback-detail';
import type { BulkChange } from '../../../shared/queue';

interface SuggestionsProps {
  detail: FeedbackDetail;
  busy: boolean;
  onApply(change: BulkChange): void;
}

function Reasons({ reasons }: { reasons: readonly string[] }) {
  if (reasons.length === 0) return null;
  return <span className="reasons">: {reasons.join('; ')}</span>;
}

export function Suggestions({ detail, busy, onApply }: SuggestionsProps) {
  const { feedback, suggestions } = detail;
  const categoryMatches = suggestions.category.value === feedback.category;
  const priorityMatches = suggestions.priority.value === feedback.priority;
  return (
    <section className="detail-section">
      <h3>Suggestions</h3>
      <div className="suggestion">
        <p>
          Category <strong>{CATEGORY_LABELS[suggestions.category.value]}</strong>
          <Reasons reasons={suggestions.category.reasons} />
        </p>
        <button
          type="button"
          className="button button-small"
          disabled={busy || categoryMatches}
          title={categoryMatches ? 'Already set' : undefined}
          onClick={() => onApply({ category: suggestions.category.value })}
        >
          Accept category
        </button>
      </div>
      <div className="suggestion">
        <p>
          Priority <strong>{suggestions.priority.value}</strong>
          <Reasons reasons={suggestions.priority.reasons} />
        </p>
        <button
          type="button"
          className="button button-small"
          disabled={busy || priorityMatches}
          title={priorityMatches ? 'Already set' : undefined}
          onClick={() => onApply({ priority: suggestions.priority.value })}
        >
          Accept priority
        </button>
      </div>
    </section>
  );
}
