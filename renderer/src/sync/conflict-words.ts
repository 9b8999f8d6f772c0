// A conflict's field and values in the words of the queue: labels for codes, names for assignee ids.
import type { Person } from '../../../shared/domain';
import type { FeedbackField, FieldValue } from '../../../shared/hub-protocol';
import type { Words } from '../i18n/words';

export function conflictValueText(
  field: FeedbackField,
  value: FieldValue,
  people: readonly Pick<Person, 'id' | 'name'>[],
  { t, label }: Pick<Words, 't' | 'label'>,
): string {
  const code = value === null ? null : String(value);
  switch (field) {
    case 'status':
      return label('status', code);
    case 'category':
      return label('category', code);
    case 'priority':
      return code ?? '—';
    case 'assigneeId':
      if (value === null) return t('common.unassigned');
      // Someone outside this person's regions is not in the session's people; the id still identifies them.
      return people.find((person) => person.id === value)?.name ?? t('common.person', { id: code });
  }
}

/** Names a row's button uniquely, e.g. "Keep mine for feedback #12 status", so each can be told apart. */
export function keepButtonName(
  keep: 'local' | 'hub',
  conflict: { feedbackId: number; field: FeedbackField },
  { t, label }: Pick<Words, 't' | 'label'>,
): string {
  const values = { id: conflict.feedbackId, field: label('conflictFieldLower', conflict.field) };
  return t(keep === 'local' ? 'conflicts.keepMineFor' : 'conflicts.keepHubFor', values);
}
