// A conflict's field and values in the words of the queue: labels for codes, names for assignee ids.
import { CATEGORY_LABELS, STATUS_LABELS, type Person } from '../../../shared/domain';
import type { FeedbackField, FieldValue } from '../../../shared/hub-protocol';
import { labelFor } from '../format/labels';

export const CONFLICT_FIELD_LABELS: Record<FeedbackField, string> = {
  status: 'Status',
  priority: 'Priority',
  category: 'Category',
  assigneeId: 'Assignee',
};

export function conflictValueText(field: FeedbackField, value: FieldValue, people: readonly Pick<Person, 'id' | 'name'>[]): string {
  const code = value === null ? null : String(value);
  switch (field) {
    case 'status':
      return labelFor(STATUS_LABELS, code);
    case 'category':
      return labelFor(CATEGORY_LABELS, code);
    case 'priority':
      return code ?? '—';
    case 'assigneeId':
      if (value === null) return 'Unassigned';
      // Someone outside this person's regions is not in the session's people; the id still identifies them.
      return people.find((person) => person.id === value)?.name ?? `Person #${code}`;
  }
}

/** Names a row's button uniquely, e.g. "Keep mine for feedback #12 status", so each can be told apart. */
export function keepButtonName(keep: 'local' | 'hub', conflict: { feedbackId: number; field: FeedbackField }): string {
  const choice = keep === 'local' ? 'Keep mine' : "Keep hub's";
  return `${choice} for feedback #${conflict.feedbackId} ${CONFLICT_FIELD_LABELS[conflict.field].toLowerCase()}`;
}
