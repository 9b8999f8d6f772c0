// POST /v1/push: a batch of one console's mutations, applied at most once each, in one transaction
// (hub/PROTOCOL.md, "Push").
import type { HubPerson, Mutation, MutationResult, PushResponse } from '../shared/hub-protocol';
import type { Client, Pool } from './db/pool';
import { FeedbackBatch } from './feedback-batch';
import { applyCompliancePut, applyComplianceUnlink } from './compliance-push';
import { applyMerge, applyUnmerge } from './merges';
import { applyRostersMutation } from './rosters-push';
import { withWriteTransaction } from './write-transaction';

interface ClientRecord {
  person_id: number;
  last_mutation_id: number;
}

/** The feedback items a mutation may change, so their rows go back to consoles whatever the answer. */
async function itemsOf(client: Client, clientId: string, mutation: Mutation): Promise<number[]> {
  switch (mutation.name) {
    case 'feedback.update':
      return [mutation.args.feedbackId];
    case 'feedback.merge':
      return [mutation.args.primaryId, ...mutation.args.duplicateIds];
    case 'feedback.unmerge': {
      const { rows } = await client.query<{ id: number }>(
        `SELECT m.primary_id AS id FROM feedback_merges m
         WHERE ('mergeId' = $1 AND m.id = $2) OR ('mergeMutationId' = $1 AND m.client_id = $3 AND m.mutation_id = $2)
         UNION SELECT f.id FROM feedback f JOIN feedback_merges m ON f.merge_id = m.id
         WHERE ('mergeId' = $1 AND m.id = $2) OR ('mergeMutationId' = $1 AND m.client_id = $3 AND m.mutation_id = $2)`,
        'mergeId' in mutation.args ? ['mergeId', mutation.args.mergeId, clientId] : ['mergeMutationId', mutation.args.mergeMutationId, clientId],
      );
      return rows.map((row) => row.id);
    }
    case 'rosters.insert':
    case 'rosters.update':
    case 'compliance.put':
    case 'compliance.unlink':
      return [];
  }
}

/** Re-stamps the granted items' rows only: another region's consoles must not re-download what was not changed. */
async function touch(client: Client, seq: number, ids: number[], regions: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  for (const [table, column] of [
    ['feedback', 'id'],
    ['feedback_tags', 'feedback_id'],
    ['feedback_sla_pauses', 'feedback_id'],
    ['feedback_merges', 'primary_id'],
  ]) {
    await client.query(`UPDATE ${table} SET seq = $2 WHERE ${column} = ANY($1::bigint[]) AND region = ANY($3::text[]) AND seq <> $2`, [ids, seq, regions]);
  }
}

export class ClientMismatchError extends Error {}

/** The answers recorded for mutations already past the console's last id. */
async function recordedAnswers(db: Pool | Client, clientId: string, replayed: Mutation[]): Promise<Map<number, MutationResult>> {
  const answers = new Map<number, MutationResult>();
  if (replayed.length === 0) return answers;
  const { rows } = await db.query<{ mutation_id: number; result: MutationResult }>(
    'SELECT mutation_id, result FROM hub_mutation_results WHERE client_id = $1 AND mutation_id = ANY($2::bigint[])',
    [clientId, replayed.map((m) => m.id)],
  );
  for (const row of rows) answers.set(row.mutation_id, row.result);
  for (const m of replayed) {
    // Pruned after the retention (hub/pruning.ts), or skipped over by a later edit: either way it is not applied now.
    if (!answers.has(m.id)) answers.set(m.id, { id: m.id, status: 'rejected', reason: 'The hub no longer holds its answer to this edit (sent long ago, or after a later one); it was not applied again' });
  }
  return answers;
}

/**
 * Applies a validated batch. Mutations at or below the console's last applied id get their recorded
 * answer; the rest run in order, and the new last id and every answer commit with their effects.
 */
export async function applyPush(pool: Pool, person: HubPerson, clientId: string, sentAt: number, mutations: Mutation[]): Promise<PushResponse> {
  // A batch answered before changes nothing: it is answered without taking a number in the change sequence, so it
  // wakes no long poll. The last id only rises, so what is at or below it now stays answered.
  const { rows: known } = await pool.query<ClientRecord>('SELECT person_id, last_mutation_id FROM hub_clients WHERE client_id = $1', [clientId]);
  const before = known[0];
  if (before && before.person_id !== person.id) throw new ClientMismatchError();
  if (before && mutations.every((m) => m.id <= before.last_mutation_id)) {
    const answers = await recordedAnswers(pool, clientId, mutations);
    return { results: mutations.map((m) => answers.get(m.id) as MutationResult) };
  }
  return withWriteTransaction(pool, async (client, seq) => {
    const { rows } = await client.query<ClientRecord>(
      `INSERT INTO hub_clients (client_id, person_id) VALUES ($1, $2)
       ON CONFLICT (client_id) DO UPDATE SET client_id = excluded.client_id RETURNING person_id, last_mutation_id`,
      [clientId, person.id],
    );
    const record = rows[0] as ClientRecord;
    if (record.person_id !== person.id) throw new ClientMismatchError();

    const fresh = mutations.filter((m) => m.id > record.last_mutation_id);
    const answers = await recordedAnswers(client, clientId, mutations.filter((m) => m.id <= record.last_mutation_id));

    if (fresh.length > 0) {
      const hubNow = Date.now();
      // The console's clock may be off: shift its times by the difference seen now, never into the future.
      const at = (m: Mutation) => Math.min(hubNow, m.at + (hubNow - sentAt));
      const touched = new Set<number>();
      const batch = new FeedbackBatch(client, seq, person.regions);
      await batch.load(fresh.flatMap((m) => (m.name === 'feedback.update' ? [m.args.feedbackId] : [])));
      for (const m of fresh) {
        for (const id of await itemsOf(client, clientId, m)) touched.add(id);
        if (m.name === 'feedback.update') {
          answers.set(m.id, await batch.apply(m, person, at(m)));
          continue;
        }
        if (m.name === 'rosters.insert' || m.name === 'rosters.update') {
          // Roster rows are their own: the feedback batch holds none of them.
          answers.set(m.id, await applyRostersMutation(client, seq, m, person, at(m)));
          continue;
        }
        if (m.name === 'compliance.put') {
          answers.set(m.id, await applyCompliancePut(client, seq, m, person));
          continue;
        }
        if (m.name === 'compliance.unlink') {
          answers.set(m.id, await applyComplianceUnlink(client, seq, m, person));
          continue;
        }
        // A merge reads and writes rows directly: the batch's edits so far go first, and it reloads after.
        await batch.flush();
        const result = m.name === 'feedback.merge' ? await applyMerge(client, seq, clientId, m, person, at(m)) : await applyUnmerge(client, seq, clientId, m, person, at(m));
        answers.set(m.id, result);
        await batch.load(fresh.flatMap((later) => (later.name === 'feedback.update' && later.id > m.id ? [later.args.feedbackId] : [])));
      }
      await batch.flush();
      await touch(client, seq, [...touched], person.regions);
      const last = (fresh.at(-1) as Mutation).id;
      await client.query(
        `INSERT INTO hub_mutation_results (client_id, mutation_id, result)
         SELECT $1, (r->>'id')::bigint, r FROM jsonb_array_elements($2::jsonb) r`,
        [clientId, JSON.stringify(fresh.map((m) => answers.get(m.id)))],
      );
      await client.query('UPDATE hub_clients SET last_mutation_id = $2, seq = $3 WHERE client_id = $1', [clientId, last, seq]);
    }
    return { results: mutations.map((m) => answers.get(m.id) as MutationResult) };
  });
}
