// The core's suggested category and priority, with its reasons, one click from being applied.
import type { FeedbackDetail } from '../../../shared/feedback-detail';
import type { BulkChange } from '../../../shared/queue';
import { useWords } from '../i18n/LocaleContext';

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
  const { t } = useWords();
  return (
    <div className="suggestion">
      <p>
        {t(label === 'category' ? 'suggest.category' : 'suggest.priority')} <strong>{shown}</strong>
        {reasons.length > 0 && <span className="reasons">: {reasons.join('; ')}</span>}
      </p>
      <button
        type="button"
        className="button button-small"
        disabled={busy || alreadySet}
        title={alreadySet ? t('suggest.alreadySet') : undefined}
        onClick={onAccept}
      >
        {t(label === 'category' ? 'suggest.acceptCategory' : 'suggest.acceptPriority')}
      </button>
    </div>
  );
}

export function Suggestions({ detail, busy, onApply }: SuggestionsProps) {
  const { feedback, suggestions } = detail;
  const { t, label } = useWords();
  return (
    <section className="detail-section">
      <h3>{t('suggest.title')}</h3>
      <SuggestionRow
        label="category"
        shown={label('category', suggestions.category.value)}
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
