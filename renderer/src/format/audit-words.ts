// Turns an audit event into a sentence: "Ana Reyes set status Triaged → Waiting on carrier", in the UI language.
// The core stores before/after as plain strings (person ids for assignees, epoch ms for SLA times).
import type { Person } from '../../../shared/domain';
import type { AuditEvent } from '../../../shared/feedback-detail';
import type { Words } from '../i18n/words';

export interface AuditContext {
  people: readonly Person[];
  dateTime(at: number): string;
  words: Words;
}

function personName(id: string | null, { people, words }: AuditContext): string {
  if (id === null) return words.t('common.unassigned');
  return people.find((person) => String(person.id) === id)?.name ?? words.t('audit.personUnknown', { id });
}

/** First-strong isolate marks keep a right-to-left date (Arabic locales) in order inside a sentence. */
function time(value: string | null, dateTime: (at: number) => string): string {
  const at = Number(value);
  return value === null || !Number.isFinite(at) ? '—' : `\u2068${dateTime(at)}\u2069`;
}

/** What happened, without the actor: "set status Triaged → Waiting on carrier". */
function auditAction(event: AuditEvent, context: AuditContext): string {
  const { before, after } = event;
  const { t, label } = context.words;
  switch (event.kind) {
    case 'status':
      return t('audit.status', { before: label('status', before), after: label('status', after) });
    case 'priority':
      return t('audit.priority', { before: before ?? '—', after: after ?? '—' });
    case 'category':
      return t('audit.category', { before: label('category', before), after: label('category', after) });
    case 'assignee':
      return t('audit.assignee', { before: personName(before, context), after: personName(after, context) });
    case 'tag_added':
      return t('audit.tagAdded', { tag: after ?? '' });
    case 'tag_removed':
      return t('audit.tagRemoved', { tag: before ?? '' });
    case 'sla_paused':
      return t('audit.slaPaused', { reason: label('status', after) });
    case 'sla_resumed':
      return t('audit.slaResumed', { due: time(after, context.dateTime) });
    case 'sla_due':
      return t('audit.slaDue', { before: time(before, context.dateTime), after: time(after, context.dateTime) });
    case 'merged':
      return after === null ? t('audit.mergedSome') : t('audit.merged', { items: after });
    case 'merged_into':
      return t('audit.mergedInto', { id: after ?? '?' });
    case 'unmerged':
      // On the item kept, `before` lists the duplicates ("#12, #13"); on a duplicate it is the kept item's id.
      return before?.startsWith('#') ? t('audit.splitOut', { items: before }) : t('audit.unmergedFrom', { id: before ?? '?' });
    default:
      return t('audit.other', { kind: event.kind.replace(/_/g, ' '), before: before ?? '—', after: after ?? '—' });
  }
}

export function auditSentence(event: AuditEvent, context: AuditContext): string {
  return context.words.t('audit.sentence', { actor: event.actorName ?? context.words.t('audit.system'), action: auditAction(event, context) });
}
