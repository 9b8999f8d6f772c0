// Actions on everything selected: explicit rows, or all the view matches but the rows unticked.
import { useState, type ReactNode } from 'react';
import type { Person } from '../../../shared/domain';
import { FEEDBACK_STATUSES, PRIORITIES, type FeedbackStatus, type Priority } from '../../../shared/domain';
import type { BulkChange } from '../../../shared/queue';
import { useWords } from '../i18n/LocaleContext';
import type { SelectionApi } from './useSelection';

interface BulkBarProps {
  selection: SelectionApi;
  matchingCount: number | null;
  me: Person;
  /** Those who may take every selected item. */
  people: readonly Person[];
  busy: boolean;
  onChange(change: BulkChange): void;
  onSelectAllMatching(): void;
  onMerge(): void;
}

/** A select that acts once on choosing, then shows its prompt again. */
function ActionSelect({
  label,
  prompt,
  disabled,
  onPick,
  children,
}: {
  label: string;
  prompt: string;
  disabled: boolean;
  onPick(value: string): void;
  children: ReactNode;
}) {
  return (
    <select aria-label={label} value="" disabled={disabled} onChange={(event) => onPick(event.target.value)}>
      <option value="" disabled>
        {prompt}
      </option>
      {children}
    </select>
  );
}

export function BulkBar({ selection, matchingCount, me, people, busy, onChange, onSelectAllMatching, onMerge }: BulkBarProps) {
  const { t, label } = useWords();
  const [tag, setTag] = useState('');
  const size = selection.size(matchingCount);
  const allMode = selection.selection.mode === 'all';
  const canSelectAll = !allMode && matchingCount !== null && matchingCount > size;
  const canMerge = selection.explicitIds.length >= 2;
  const cleanTag = tag.trim();

  return (
    <div className="bulk-bar" role="toolbar" aria-label={t('bulk.label')}>
      <span className="bulk-count">
        {t('bulk.selected', { count: size })}
        {allMode && <span className="bulk-note">{t('bulk.allMatching')}</span>}
      </span>
      {canSelectAll && (
        <button type="button" className="link-button" onClick={onSelectAllMatching}>
          {t('bulk.selectAll', { count: matchingCount })}
        </button>
      )}
      <span className="bulk-sep" aria-hidden="true" />
      <button type="button" className="button" disabled={busy} onClick={() => onChange({ assigneeId: me.id })}>
        {t('bulk.assignToMe')}
      </button>
      <ActionSelect
        label={t('bulk.assignTo')}
        prompt={t('bulk.assignToPrompt')}
        disabled={busy}
        onPick={(value) => onChange({ assigneeId: Number(value) })}
      >
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </ActionSelect>
      <button type="button" className="button" disabled={busy} onClick={() => onChange({ assigneeId: null })}>
        {t('bulk.unassign')}
      </button>
      <ActionSelect
        label={t('bulk.setPriority')}
        prompt={t('bulk.priorityPrompt')}
        disabled={busy}
        onPick={(value) => onChange({ priority: value as Priority })}
      >
        {PRIORITIES.map((priority) => (
          <option key={priority} value={priority}>
            {priority}
          </option>
        ))}
      </ActionSelect>
      <ActionSelect
        label={t('bulk.setStatus')}
        prompt={t('bulk.statusPrompt')}
        disabled={busy}
        onPick={(value) => onChange({ status: value as FeedbackStatus })}
      >
        {FEEDBACK_STATUSES.map((status) => (
          <option key={status} value={status}>
            {label('status', status)}
          </option>
        ))}
      </ActionSelect>
      <span className="bulk-sep" aria-hidden="true" />
      <input
        className="tag-input"
        aria-label={t('bulk.tag')}
        placeholder={t('bulk.tagPlaceholder')}
        maxLength={40}
        value={tag}
        onChange={(event) => setTag(event.target.value)}
      />
      <button
        type="button"
        className="button"
        disabled={busy || cleanTag === ''}
        onClick={() => onChange({ addTags: [cleanTag] })}
      >
        {t('bulk.addTag')}
      </button>
      <button
        type="button"
        className="button"
        disabled={busy || cleanTag === ''}
        onClick={() => onChange({ removeTags: [cleanTag] })}
      >
        {t('bulk.removeTag')}
      </button>
      <span className="bulk-sep" aria-hidden="true" />
      <button
        type="button"
        className="button"
        disabled={busy || !canMerge}
        title={canMerge ? undefined : t('bulk.mergeHint')}
        onClick={onMerge}
      >
        {t('bulk.merge')}
      </button>
      <button type="button" className="button button-quiet" onClick={selection.clear}>
        {t('bulk.clear')}
      </button>
    </div>
  );
}
