// Local edits become named mutations in the outbox, written by the service that makes the edit inside its
// own transaction: an edit and its mutation are saved together or not at all.
import type { FeedbackCategory, FeedbackStatus, Priority } from '../../../shared/domain';
import { FEEDBACK_FIELDS, type FeedbackFields, type Mutation } from '../../../shared/hub-protocol';
import type { Db } from '../../db/open';
import { run, value, type SqlValue } from '../../db/statement-cache';
import type { ComplianceTableName } from '../../../shared/tables/compliance-tables';
import { ServiceError } from '../kit';
import { isLocalId } from './local-ids';
import { notifyOutbox } from './runner-registry';

export interface FeedbackBefore {
  id: number;
  status: FeedbackStatus;
  priority: Priority;
  category: FeedbackCategory;
  assignee_id: number | null;
}

export interface FeedbackChange extends FeedbackFields {
  addTags?: string[];
  removeTags?: string[];
}

type MutationArgs<N extends Mutation['name']> = Extract<Mutation, { name: N }>['args'];

export interface Outbox {
  feedbackUpdate(before: FeedbackBefore, change: FeedbackChange, at: number): void;
  merge(primaryId: number, duplicateIds: number[], localMergeId: number, at: number): void;
  unmerge(mergeId: number, memberIds: number[], at: number): void;
}

const CURRENT: Record<keyof FeedbackFields, (row: FeedbackBefore) => string | number | null> = {
  status: (row) => row.status,
  priority: (row) => row.priority,
  category: (row) => row.category,
  assigneeId: (row) => row.assignee_id,
};

/** Queues a mutation; `items` are the feedback items it touches, whose pulled rows wait meanwhile. Returns its id. */
export function enqueue(db: Db, name: Mutation['name'], args: object, base: object | null, at: number, items: number[], localRef: number | null = null): number {
  const id = Number(
    run(db, 'INSERT INTO sync_outbox (name, args, base, made_at, local_ref) VALUES (?, ?, ?, ?, ?)', [
      name,
      JSON.stringify(args),
      base === null ? null : JSON.stringify(base),
      at,
      localRef,
    ]).lastInsertRowid,
  );
  for (const feedbackId of new Set(items)) run(db, 'INSERT OR IGNORE INTO sync_outbox_items (feedback_id, mutation_id) VALUES (?, ?)', [feedbackId, id]);
  notifyOutbox(db);
  return id;
}

/** Whether this console has signed in to a hub: one that never has keeps its edits local. */
export function hasOutbox(db: Db): boolean {
  return value(db, 'SELECT 1 FROM sync_state') !== undefined;
}

/** An edit of fields made against given values, queued without touching the item here. */
export function enqueueFeedbackUpdate(db: Db, feedbackId: number, set: FeedbackFields, base: FeedbackFields, at: number): void {
  const args: MutationArgs<'feedback.update'> = { feedbackId, set, addTags: [], removeTags: [] };
  enqueue(db, 'feedback.update', args, base, at, [feedbackId]);
}

/** The outbox of a console signed in to a hub, or null for one that has never been (edits stay local). */
export function openOutbox(db: Db): Outbox | null {
  if (!hasOutbox(db)) return null;
  return {
    feedbackUpdate(before, change, at) {
      const set: FeedbackFields = {};
      const base: FeedbackFields = {};
      for (const field of FEEDBACK_FIELDS) {
        const wanted = change[field];
        const current = CURRENT[field](before);
        // A field already at the wanted value is no edit, and must not conflict with anyone else's.
        if (wanted === undefined || wanted === current) continue;
        Object.assign(set, { [field]: wanted });
        Object.assign(base, { [field]: current });
      }
      const args: MutationArgs<'feedback.update'> = {
        feedbackId: before.id,
        set,
        addTags: change.addTags ?? [],
        removeTags: change.removeTags ?? [],
      };
      enqueue(db, 'feedback.update', args, base, at, [before.id]);
    },
    merge(primaryId, duplicateIds, localMergeId, at) {
      const args: MutationArgs<'feedback.merge'> = { primaryId, duplicateIds };
      enqueue(db, 'feedback.merge', args, null, at, [primaryId, ...duplicateIds], localMergeId);
    },
    unmerge(mergeId, memberIds, at) {
      let args: MutationArgs<'feedback.unmerge'> = { mergeId };
      if (isLocalId(mergeId)) {
        // A merge made here and not yet confirmed is known to the hub by the mutation that made it.
        const made = value<number>(db, `SELECT id FROM sync_outbox WHERE name = 'feedback.merge' AND local_ref = ?`, [mergeId]);
        if (made === undefined) throw new ServiceError('conflict', 'This merge has just reached the hub; open the item again to undo it', 'mergeId');
        args = { mergeMutationId: made };
      }
      enqueue(db, 'feedback.unmerge', args, null, at, memberIds);
    },
  };
}

/** A compliance row written whole, queued in the edit's transaction when this console syncs with a hub. */
export function enqueueCompliancePut(db: Db, table: ComplianceTableName, row: SqlValue[], at: number): void {
  if (value(db, 'SELECT 1 FROM sync_state') === undefined) return;
  const args: MutationArgs<'compliance.put'> = { table, row: row as (string | number | null)[] };
  enqueue(db, 'compliance.put', args, null, at, []);
}

export function enqueueComplianceUnlink(db: Db, resultId: string, evidenceId: string, at: number): void {
  if (value(db, 'SELECT 1 FROM sync_state') === undefined) return;
  const args: MutationArgs<'compliance.unlink'> = { resultId, evidenceId };
  enqueue(db, 'compliance.unlink', args, null, at, []);
}
