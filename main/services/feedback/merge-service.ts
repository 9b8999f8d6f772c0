import type { Person } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { all, column, get, run } from '../../db/statement-cache';
import { ServiceError } from '../kit';
import { hubMergeId, nextLocalId } from '../sync/local-ids';
import { openOutbox } from '../sync/outbox';
import { openAuditTrail } from './audit';

interface MergeCandidate {
  id: number;
  region: string;
  duplicate_of: number | null;
  children: number;
}

function loadCandidates(db: Db, ids: number[], person: Person): Map<number, MergeCandidate> {
  const rows = all<MergeCandidate>(
    db,
    `SELECT f.id, f.region, f.duplicate_of,
            (SELECT count(*) FROM feedback d WHERE d.duplicate_of = f.id) AS children
     FROM json_each(?) AS t CROSS JOIN feedback f ON f.id = t.value`,
    [JSON.stringify(ids)],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) throw new ServiceError('not_found', `Feedback #${id} does not exist`);
    if (!person.regions.includes(row.region as Person['regions'][number])) {
      throw new ServiceError('forbidden', `Feedback #${id} is in ${row.region}, which you are not granted`);
    }
  }
  return byId;
}

/**
 * Folds duplicates into one item. The duplicates keep their own text, SLA history and audit trail;
 * they only leave the queue, and undoing the merge brings them back as they were.
 */
export function mergeFeedback(db: Db, primaryId: number, duplicateIds: number[], person: Person, now: number) {
  return db.transaction(() => {
    const unique = [...new Set(duplicateIds)];
    const rows = loadCandidates(db, [primaryId, ...unique], person);
    if (rows.get(primaryId)?.duplicate_of != null) {
      throw new ServiceError('conflict', `Feedback #${primaryId} is itself merged into another; keep that one instead`, 'primaryId');
    }
    for (const id of unique) {
      const row = rows.get(id);
      if (row?.duplicate_of != null) throw new ServiceError('conflict', `Feedback #${id} is already merged into #${row.duplicate_of}`, 'duplicateIds');
      if (row && row.children > 0) throw new ServiceError('conflict', `Feedback #${id} has items merged into it; merge into it instead`, 'duplicateIds');
    }
    // One region per merge: someone granted only one of two regions could neither see the merge whole nor undo it.
    const primary = rows.get(primaryId) as MergeCandidate;
    const other = unique.map((id) => rows.get(id) as MergeCandidate).find((row) => row.region !== primary.region);
    if (other) {
      throw new ServiceError(
        'conflict',
        `Feedback #${other.id} is in ${other.region} and #${primaryId} in ${primary.region}: only items of one region can be merged`,
        'duplicateIds',
      );
    }
    const mergeId = nextLocalId(db, 'feedback_merges');
    const recordEvent = openAuditTrail(db);
    run(db, 'INSERT INTO feedback_merges (id, primary_id, at, actor_id) VALUES (?, ?, ?, ?)', [mergeId, primaryId, now, person.id]);
    for (const id of unique) {
      run(db, 'UPDATE feedback SET duplicate_of = ?, merge_id = ?, updated_at = ?, version = version + 1 WHERE id = ?', [primaryId, mergeId, now, id]);
      recordEvent({ feedbackId: id, at: now, actorId: person.id, kind: 'merged_into', before: null, after: primaryId });
    }
    recordEvent({ feedbackId: primaryId, at: now, actorId: person.id, kind: 'merged', before: null, after: unique.map((id) => `#${id}`).join(', ') });
    run(db, 'UPDATE feedback SET updated_at = ?, version = version + 1 WHERE id = ?', [now, primaryId]);
    openOutbox(db)?.merge(primaryId, unique, mergeId, now);
    return { mergeId, merged: unique.length };
  })();
}

export function unmergeFeedback(db: Db, requestedId: number, person: Person, now: number) {
  return db.transaction(() => {
    const find = (id: number) =>
      get<{ primary_id: number; undone_at: number | null }>(db, 'SELECT primary_id, undone_at FROM feedback_merges WHERE id = ?', [id]);
    // A merge made here may since have taken the hub's id (the toast still holds the local one).
    const mergeId = find(requestedId) ? requestedId : (hubMergeId(db, requestedId) ?? requestedId);
    const merge = find(mergeId);
    if (!merge) throw new ServiceError('not_found', `There is no merge #${requestedId}`, 'mergeId');
    if (merge.undone_at !== null) throw new ServiceError('conflict', `Merge #${requestedId} was already undone`, 'mergeId');
    const ids = column<number>(db, 'SELECT id FROM feedback WHERE merge_id = ?', [mergeId]);
    loadCandidates(db, [merge.primary_id, ...ids], person);
    const recordEvent = openAuditTrail(db);
    for (const id of ids) {
      run(db, 'UPDATE feedback SET duplicate_of = NULL, merge_id = NULL, updated_at = ?, version = version + 1 WHERE id = ?', [now, id]);
      recordEvent({ feedbackId: id, at: now, actorId: person.id, kind: 'unmerged', before: merge.primary_id, after: null });
    }
    recordEvent({ feedbackId: merge.primary_id, at: now, actorId: person.id, kind: 'unmerged', before: ids.map((id) => `#${id}`).join(', '), after: null });
    run(db, 'UPDATE feedback_merges SET undone_at = ? WHERE id = ?', [now, mergeId]);
    openOutbox(db)?.unmerge(mergeId, [merge.primary_id, ...ids], now);
    return { restored: ids.length };
  })();
}
