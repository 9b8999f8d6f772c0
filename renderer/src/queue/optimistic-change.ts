// What a change to one item looks like before the core answers: the grid row and the detail pane both show this
// at once (the pane's item is a queue row with more fields). Only what the change names is set; what the core
// derives from it (the SLA due time of a new priority, when it was resolved) arrives with the confirming reload.
import type { Person } from '../../../shared/domain';
import type { BulkChange, QueueRow } from '../../../shared/queue';

export function withChange<Row extends QueueRow>(row: Row, change: BulkChange, people: readonly Person[]): Row {
  const next: Row = { ...row };
  if (change.priority !== undefined) next.priority = change.priority;
  if (change.status !== undefined) next.status = change.status;
  if (change.category !== undefined) next.category = change.category;
  if (change.assigneeId !== undefined) {
    next.assigneeId = change.assigneeId;
    // Someone the session does not list keeps a blank name until the reload names them.
    next.assigneeName = change.assigneeId === null ? null : (people.find((person) => person.id === change.assigneeId)?.name ?? null);
  }
  if (change.addTags !== undefined || change.removeTags !== undefined) {
    // As the core does: tags added first, then those removed.
    const added = (change.addTags ?? []).filter((tag) => !row.tags.includes(tag));
    next.tags = [...row.tags, ...added].filter((tag) => !(change.removeTags ?? []).includes(tag));
  }
  return next;
}
