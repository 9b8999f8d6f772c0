// A conflict's field and values in the words of the queue: labels for codes, names for assignee ids.
import type { Person } from '../../../shared/domain';
import type { FeedbackField, FieldValue } from '../../../shared/hub-protocol';
import type { SyncConflict } from '../../../shared/sync';
import type { Words } from '../i18n/words';

function feedbackValueText(
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

function rosterValueText(field: string, value: FieldValue, people: readonly Pick<Person, 'id' | 'name'>[], { t, label }: Pick<Words, 't' | 'label'>): string {
  if (value === null) return '—';
  if (field === 'status') return label('kolStatus', String(value));
  if (field === 'owner_id') return people.find((person) => person.id === value)?.name ?? t('common.person', { id: String(value) });
  return String(value);
}

/** One of a conflict's values in the words of its screen: labels for codes, names for people. */
export function conflictValueText(
  conflict: SyncConflict,
  value: FieldValue,
  people: readonly Pick<Person, 'id' | 'name'>[],
  words: Pick<Words, 't' | 'label'>,
): string {
  return conflict.table === 'feedback' ? feedbackValueText(conflict.field, value, people, words) : rosterValueText(conflict.field, value, people, words);
}

/** What the conflict is about ("#12" for a feedback item, "KOL #7" for a roster row) and its field, in words. */
export function conflictSubject(conflict: SyncConflict, { t, label }: Pick<Words, 't' | 'label'>): { subject: string; field: string; fieldLower: string } {
  if (conflict.table === 'feedback') {
    return { subject: `#${conflict.feedbackId}`, field: label('conflictField', conflict.field), fieldLower: label('conflictFieldLower', conflict.field) };
  }
  return {
    subject: t('conflicts.row', { what: label('rosterTable', conflict.table), id: conflict.rowId }),
    field: label('rosterField', conflict.field),
    fieldLower: label('rosterFieldLower', conflict.field),
  };
}

/** What the toast says once a conflict is settled. */
export function keptText(keep: 'local' | 'hub', conflict: SyncConflict, words: Pick<Words, 't' | 'label'>): string {
  const { t, label } = words;
  const field = conflictSubject(conflict, words).fieldLower;
  if (conflict.table === 'feedback') return t(keep === 'local' ? 'conflicts.keptMine' : 'conflicts.keptHub', { field, id: conflict.feedbackId });
  return t(keep === 'local' ? 'conflicts.keptMineRow' : 'conflicts.keptHubRow', { field, what: label('rosterTable', conflict.table), id: conflict.rowId });
}

/** Names a row's button uniquely, e.g. "Keep mine for feedback #12 status", so each can be told apart. */
export function keepButtonName(keep: 'local' | 'hub', conflict: SyncConflict, words: Pick<Words, 't' | 'label'>): string {
  const { t, label } = words;
  const field = conflictSubject(conflict, words).fieldLower;
  if (conflict.table === 'feedback') return t(keep === 'local' ? 'conflicts.keepMineFor' : 'conflicts.keepHubFor', { id: conflict.feedbackId, field });
  const values = { what: label('rosterTable', conflict.table), id: conflict.rowId, field };
  return t(keep === 'local' ? 'conflicts.keepMineForRow' : 'conflicts.keepHubForRow', values);
}
