// Turns an audit event into a sentence: "Ana Reyes set status Triaged → Waiting on carrier".
// The core stores before/after as plain strings (person ids for assignees, epoch ms for SLA times).
import { CATEGORY_LABELS, STATUS_LABELS, type Person } from '../../../shared/domain';
import type { AuditEvent } from '../../../shared/feedback-detail';
import { labelFor } from './labels';

export interface AuditContext {
  people: readonly Person[];
  dateTime(at: number): string;
}

function personName(id: string | null, people: readonly Person[]): string {
  if (id === null) return 'Unassigned';
  return people.find((person) => String(person.id) === id)?.name ?? `person #${id}`;
}

/** First-strong isolate marks keep a right-to-left date (Arabic locales) in order inside an English sentence. */
function time(value: string | null, dateTime: (at: number) => string): string {
  const at = Number(value);
  return value === null || !Number.isFinite(at) ? '—' : `\u2068${dateTime(at)}\u2069`;
}

function change(before: string, after: string): string {
  return `${before} → ${after}`;
}

/** What happened, without the actor: "set status Triaged → Waiting on carrier". */
function auditAction(event: AuditEvent, context: AuditContext): string {
  const { before, after } = event;
  switch (event.kind) {
    case 'status':
      return `set status ${change(labelFor(STATUS_LABELS, before), labelFor(STATUS_LABELS, after))}`;
    case 'priority':
      return `set priority ${change(before ?? '—', after ?? '—')}`;
    case 'category':
      return `set category ${change(labelFor(CATEGORY_LABELS, before), labelFor(CATEGORY_LABELS, after))}`;
    case 'assignee':
      return `set assignee ${change(personName(before, context.people), personName(after, context.people))}`;
    case 'tag_added':
      return `added tag ${after ?? ''}`;
    case 'tag_removed':
      return `removed tag ${before ?? ''}`;
    case 'sla_paused':
      return `paused the SLA clock (${labelFor(STATUS_LABELS, after)})`;
    case 'sla_resumed':
      return `resumed the SLA clock; now due ${time(after, context.dateTime)}`;
    case 'sla_due':
      return `moved the SLA due time ${change(time(before, context.dateTime), time(after, context.dateTime))}`;
    case 'merged':
      return `merged ${after ?? 'duplicates'} into this item`;
    case 'merged_into':
      return `merged this item into #${after ?? '?'}`;
    case 'unmerged':
      // On the item kept, `before` lists the duplicates ("#12, #13"); on a duplicate it is the kept item's id.
      return before?.startsWith('#') ? `split ${before} back out` : `undid the merge into #${before ?? '?'}`;
    default:
      return `${event.kind.replace(/_/g, ' ')} ${change(before ?? '—', after ?? '—')}`;
  }
}

export function auditSentence(event: AuditEvent, context: AuditContext): string {
  return `${event.actorName ?? 'System'} ${auditAction(event, context)}`;
}
