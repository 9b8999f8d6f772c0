// The core's suggested category and priority, with its reasons, one click from being applied.
import { CATEGORY_LABELS } from '../../../shared/domain';
import type { FeedbackDetail } from '../../../shared/feedback-detail';
import type { BulkChange } from '../../../shared/queue';

interface SuggestionsProps {
  detail: FeedbackDetail;
  busy: boolean;
  onApply(change: BulkChange): void;
}

interface SuggestionRowProps {
  label: 'category' | 'priority';
  shown: string;
  reasons: readonly string[];
  alreadySet: boolean;
  busy: boolean;
  onAccept(): void;
}

function SuggestionRow({ label, shown, reasons, alreadySet, busy, onAccept }: SuggestionRowProps) {
  return (
    <div className="suggestion">
      <p>
        {label === 'category' ? 'Category' : 'Priority'} <strong>{shown}</strong>
        {reasons.length > 0 && <span className="reasons">: {reasons.join('; ')}</span>}
      </p>
      <button
        type="button"
        className="button button-small"
        disabled={busy || alreadySet}
        title={alreadySet ? 'Already set' : undefined}
        onClick={onAccept}
      >
        Accept {label}
      </button>
    </div>
  );
}

export function Suggestions({ detail, busy, onApply }: SuggestionsProps) {
  const { feedback, suggestions } = detail;
  return (
    <section className="detail-section">
      <h3>Suggestions</h3>
      <SuggestionRow
        label="category"
        shown={CATEGORY_LABELS[suggestions.category.value]}
        reasons={suggestions.category.reasons}
        alreadySet={suggestions.category.value === feedback.category}
        busy={busy}
        onAccept={() => onApply({ category: suggestions.category.value })}
      />
      <SuggestionRow
        label="priority"
        shown={suggestions.priority.value}
        reasons={suggestions.priority.reasons}
        alreadySet={suggestions.priority.value === feedback.priority}
        busy={busy}
        onAccept={() => onApply({ priority: suggestions.priority.value })}
      />
    </section>
  );
}
