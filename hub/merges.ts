// feedback.merge and feedback.unmerge on the hub: the console's rules, with the hub's ids. A merge made
// offline is recorded with the console and mutation that made it, so an unmerge queued behind it finds it.
import type { HubPerson, Mutation, MutationResult } from '../shared/hub-protocol';
import type { Client } from './db/pool';
import { MERGE_NOT_FOUND, notFoundOrNotGranted } from './refusals';

type MergeMutation = Extract<Mutation, { name: 'feedback.merge' }>;
type UnmergeMutation = Extract<Mutation, { name: 'feedback.unmerge' }>;

interface Candidate {
  id: number;
  region: string;
  duplicate_of: number | null;
  children: number;
}

/** The granted items among `ids`, locked; the refusal for the first that is missing or not granted. */
async function candidates(client: Client, ids: number[], person: HubPerson): Promise<Map<number, Candidate> | string> {
  const { rows } = await client.query<Candidate>(
    `SELECT f.id, f.region, f.duplicate_of, (SELECT count(*)::int FROM feedback d WHERE d.duplicate_of = f.id) AS children
     FROM feedback f WHERE f.id = ANY($1::bigint[]) AND f.region = ANY($2::text[]) FOR UPDATE OF f`,
    [ids, person.regions],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const missing = ids.find((id) => !byId.has(id));
  return missing === undefined ? byId : notFoundOrNotGranted(missing);
}

/** A merge folds items of one region: a person granted only one of two regions could not see or undo it. */
function acrossRegions(primary: Candidate, rows: Map<number, Candidate>, duplicates: number[]): string | null {
  const other = duplicates.map((id) => rows.get(id) as Candidate).find((row) => row.region !== primary.region);
  return other ? `Feedback #${other.id} is in ${other.region} and #${primary.id} in ${primary.region}: only items of one region can be merged` : null;
}

async function event(client: Client, seq: number, feedbackId: number, region: string, at: number, actorId: number, kind: string, before: string | null, after: string | null) {
  await client.query(
    'INSERT INTO feedback_events (feedback_id, at, actor_id, kind, before, after, region, seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [feedbackId, at, actorId, kind, before, after, region, seq],
  );
}

export async function applyMerge(client: Client, seq: number, clientId: string, mutation: MergeMutation, person: HubPerson, at: number): Promise<MutationResult> {
  const reject = (reason: string): MutationResult => ({ id: mutation.id, status: 'rejected', reason });
  const { primaryId } = mutation.args;
  const duplicates = [...new Set(mutation.args.duplicateIds)];
  if (duplicates.includes(primaryId)) return reject(`Feedback #${primaryId} cannot be merged into itself`);
  const rows = await candidates(client, [primaryId, ...duplicates], person);
  if (typeof rows === 'string') return reject(rows);
  const primary = rows.get(primaryId) as Candidate;
  if (primary.duplicate_of !== null) return reject(`Feedback #${primaryId} is itself merged into #${primary.duplicate_of}`);
  for (const id of duplicates) {
    const row = rows.get(id) as Candidate;
    if (row.duplicate_of !== null) return reject(`Feedback #${id} is already merged into #${row.duplicate_of}`);
    if (row.children > 0) return reject(`Feedback #${id} has items merged into it`);
  }
  const across = acrossRegions(primary, rows, duplicates);
  if (across) return reject(across);
  const { rows: inserted } = await client.query<{ id: number }>(
    `INSERT INTO feedback_merges (primary_id, at, actor_id, region, client_id, mutation_id, seq) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [primaryId, at, person.id, primary.region, clientId, mutation.id, seq],
  );
  const mergeId = inserted[0]?.id;
  await client.query(
    'UPDATE feedback SET duplicate_of = $1, merge_id = $2, updated_at = $3, version = version + 1, seq = $4 WHERE id = ANY($5::bigint[])',
    [primaryId, mergeId, at, seq, duplicates],
  );
  for (const id of duplicates) await event(client, seq, id, (rows.get(id) as Candidate).region, at, person.id, 'merged_into', null, String(primaryId));
  await event(client, seq, primaryId, primary.region, at, person.id, 'merged', null, duplicates.map((id) => `#${id}`).join(', '));
  await client.query('UPDATE feedback SET updated_at = $1, version = version + 1, seq = $2 WHERE id = $3', [at, seq, primaryId]);
  return { id: mutation.id, status: 'applied' };
}

export async function applyUnmerge(client: Client, seq: number, clientId: string, mutation: UnmergeMutation, person: HubPerson, at: number): Promise<MutationResult> {
  const reject = (reason: string): MutationResult => ({ id: mutation.id, status: 'rejected', reason });
  const { rows: merges } =
    'mergeId' in mutation.args
      ? await client.query<{ id: number; primary_id: number; undone_at: number | null }>(
          'SELECT id, primary_id, undone_at FROM feedback_merges WHERE id = $1 AND region = ANY($2::text[]) FOR UPDATE',
          [mutation.args.mergeId, person.regions],
        )
      : await client.query<{ id: number; primary_id: number; undone_at: number | null }>(
          'SELECT id, primary_id, undone_at FROM feedback_merges WHERE client_id = $1 AND mutation_id = $2 AND region = ANY($3::text[]) FOR UPDATE',
          [clientId, mutation.args.mergeMutationId, person.regions],
        );
  const merge = merges[0];
  if (!merge) return reject(MERGE_NOT_FOUND);
  if (merge.undone_at !== null) return reject(`Merge #${merge.id} was already undone`);
  const { rows: members } = await client.query<{ id: number }>('SELECT id FROM feedback WHERE merge_id = $1', [merge.id]);
  const ids = members.map((m) => m.id);
  const rows = await candidates(client, [merge.primary_id, ...ids], person);
  if (typeof rows === 'string') return reject(rows);
  await client.query(
    'UPDATE feedback SET duplicate_of = NULL, merge_id = NULL, updated_at = $1, version = version + 1, seq = $2 WHERE id = ANY($3::bigint[])',
    [at, seq, ids],
  );
  for (const id of ids) await event(client, seq, id, (rows.get(id) as Candidate).region, at, person.id, 'unmerged', String(merge.primary_id), null);
  const primary = rows.get(merge.primary_id) as Candidate;
  await event(client, seq, merge.primary_id, primary.region, at, person.id, 'unmerged', ids.map((id) => `#${id}`).join(', '), null);
  await client.query('UPDATE feedback_merges SET undone_at = $1, seq = $2 WHERE id = $3', [at, seq, merge.id]);
  await client.query('UPDATE feedback SET seq = $1 WHERE id = $2', [seq, merge.primary_id]);
  return { id: mutation.id, status: 'applied' };
}
