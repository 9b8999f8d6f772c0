// POST /v1/push: a batch of one console's mutations, applied at most once each, in one transaction
// (hub/PROTOCOL.md, "Push").
import type { HubPerson, Mutation, MutationResult, PushResponse } from '../shared/hub-protocol';
import type { Client, Pool } from './db/pool';
import { FeedbackBatch } from './feedback-batch';
import { applyMerge, applyUnmerge } from './merges';
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
  }
}

async function touch(client: Client, seq: number, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  for (const [table, column] of [
    ['feedback', 'id'],
    ['feedback_tags', 'feedback_id'],
    ['feedback_sla_pauses', 'feedback_id'],
    ['feedback_merges', 'primary_id'],
  ]) {
    await client.query(`UPDATE ${table} SET seq = $2 WHERE ${column} = ANY($1::bigint[]) AND seq <> $2`, [ids, seq]);
  }
}

export class ClientMismatchError extends Error {}

/**
 * Applies a validated batch. Mutations at or below the console's last applied id get their recorded
 * answer; the rest run in order, and the new last id and every answer commit with their effects.
 */
export async function applyPush(pool: Pool, person: HubPerson, clientId: string, sentAt: number, mutations: Mutation[]): Promise<PushResponse> {
  return withWriteTransaction(pool, async (client, seq) => {
    const { rows } = await client.query<ClientRecord>(
      `INSERT INTO hub_clients (client_id, person_id) VALUES ($1, $2)
       ON CONFLICT (client_id) DO UPDATE SET client_id = excluded.client_id RETURNING person_id, last_mutation_id`,
      [clientId, person.id],
    );
    const record = rows[0] as ClientRecord;
    if (record.person_id !== person.id) throw new ClientMismatchError();

    const replayed = mutations.filter((m) => m.id <= record.last_mutation_id);
    const fresh = mutations.filter((m) => m.id > record.last_mutation_id);
    const answers = new Map<number, MutationResult>();
    if (replayed.length > 0) {
      const { rows: recorded } = await client.query<{ mutation_id: number; result: MutationResult }>(
        'SELECT mutation_id, result FROM hub_mutation_results WHERE client_id = $1 AND mutation_id = ANY($2::bigint[])',
        [clientId, replayed.map((m) => m.id)],
      );
      for (const row of recorded) answers.set(row.mutation_id, row.result);
      for (const m of replayed) {
        if (!answers.has(m.id)) answers.set(m.id, { id: m.id, status: 'rejected', reason: 'This edit arrived after a later edit from this console and was not applied' });
      }
    }

    if (fresh.length > 0) {
      const hubNow = Date.now();
      // The console's clock may be off: shift its times by the difference seen now, never into the future.
      const at = (m: Mutation) => Math.min(hubNow, m.at + (hubNow - sentAt));
      const touched = new Set<number>();
      const batch = new FeedbackBatch(client, seq);
      await batch.load(fresh.flatMap((m) => (m.name === 'feedback.update' ? [m.args.feedbackId] : [])));
      for (const m of fresh) {
        for (const id of await itemsOf(client, clientId, m)) touched.add(id);
        if (m.name === 'feedback.update') {
          answers.set(m.id, await batch.apply(m, person, at(m)));
          continue;
        }
        // A merge reads and writes rows directly: the batch's edits so far go first, and it reloads after.
        await batch.flush();
        const result = m.name === 'feedback.merge' ? await applyMerge(client, seq, clientId, m, person, at(m)) : await applyUnmerge(client, seq, clientId, m, person, at(m));
        answers.set(m.id, result);
        await batch.load(fresh.flatMap((later) => (later.name === 'feedback.update' && later.id > m.id ? [later.args.feedbackId] : [])));
      }
      await batch.flush();
      await touch(client, seq, [...touched]);
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
