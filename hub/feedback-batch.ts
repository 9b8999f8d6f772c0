// Applies feedback.update mutations against the hub's rows, with the same SLA clock and audit trail as the
// console, field by field with conflicts. A batch loads its items once, works in memory in mutation order,
// and writes back in a few set-based statements, so a thousand edits cost a handful of round trips.
import type { FeedbackStatus, Priority, RegionCode } from '../shared/domain';
import { FEEDBACK_FIELDS, type FeedbackField, type FieldConflict, type FieldValue, type HubPerson, type Mutation, type MutationResult } from '../shared/hub-protocol';
import { dueAtFor, pause, resume, transitionFor } from '../shared/sla-clock';
import type { Client } from './db/pool';
import { notFoundOrNotGranted } from './refusals';
import { forgetDeletions, recordDeletions } from './tombstones';

type UpdateMutation = Extract<Mutation, { name: 'feedback.update' }>;

interface Pause {
  paused_at: number;
  resumed_at: number | null;
  reason: string;
}

interface Item {
  id: number;
  region: RegionCode;
  status: FeedbackStatus;
  priority: Priority;
  category: string;
  assignee_id: number | null;
  created_at: number;
  updated_at: number;
  sla_due_at: number;
  sla_paused_at: number | null;
  first_response_at: number | null;
  resolved_at: number | null;
  version: number;
  tags: string[];
  pauses: Pause[];
}

interface Tracked {
  item: Item;
  originalTags: Set<string>;
  changedPauses: Map<number, Pause>;
}

interface EventRow {
  feedback_id: number;
  at: number;
  actor_id: number;
  kind: string;
  before: string | null;
  after: string | null;
  region: string;
}

const COLUMN: Record<FeedbackField, 'status' | 'priority' | 'category' | 'assignee_id'> = {
  status: 'status',
  priority: 'priority',
  category: 'category',
  assigneeId: 'assignee_id',
};

export class FeedbackBatch {
  private readonly items = new Map<number, Tracked>();
  private readonly events: EventRow[] = [];
  private policies: { region: string; priority: string; hours: number }[] | null = null;
  private readonly grants = new Map<number, { name: string; regions: string[] } | null>();

  constructor(
    private readonly client: Client,
    private readonly seq: number,
    /** Only items of these regions are loaded, so only they are written back (and re-sent to consoles). */
    private readonly regions: readonly RegionCode[],
  ) {}

  /** Loads (and locks) the granted items the mutations touch, with their tags and pauses, in one query. */
  async load(ids: number[]): Promise<void> {
    const wanted = [...new Set(ids)].filter((id) => !this.items.has(id));
    if (wanted.length === 0) return;
    const { rows } = await this.client.query<Item>(
      `SELECT f.id, f.region, f.status, f.priority, f.category, f.assignee_id, f.created_at, f.updated_at, f.sla_due_at,
              f.sla_paused_at, f.first_response_at, f.resolved_at, f.version,
              coalesce((SELECT array_agg(tag) FROM feedback_tags t WHERE t.feedback_id = f.id), '{}') AS tags,
              coalesce((SELECT json_agg(json_build_object('paused_at', paused_at, 'resumed_at', resumed_at, 'reason', reason))
                        FROM feedback_sla_pauses p WHERE p.feedback_id = f.id), '[]') AS pauses
       FROM feedback f WHERE f.id = ANY($1::bigint[]) AND f.region = ANY($2::text[]) ORDER BY f.id FOR UPDATE OF f`,
      [wanted, this.regions],
    );
    for (const item of rows) this.items.set(item.id, { item, originalTags: new Set(item.tags), changedPauses: new Map() });
  }

  private async policyHours(region: string, priority: Priority): Promise<number> {
    this.policies ??= (await this.client.query<{ region: string; priority: string; hours: number }>('SELECT region, priority, hours FROM sla_policies')).rows;
    const own = this.policies.find((p) => p.region === region && p.priority === priority);
    const fallback = this.policies.find((p) => p.region === '*' && p.priority === priority);
    const policy = own ?? fallback;
    if (!policy) throw new Error(`No SLA policy for ${priority} in ${region} or by default`);
    return policy.hours;
  }

  private async assignee(personId: number): Promise<{ name: string; regions: string[] } | null> {
    if (!this.grants.has(personId)) {
      const { rows } = await this.client.query<{ name: string; regions: string[] }>(
        `SELECT p.name, coalesce(array_agg(pr.region) FILTER (WHERE pr.region IS NOT NULL), '{}') AS regions
         FROM people p LEFT JOIN people_regions pr ON pr.person_id = p.id WHERE p.id = $1 GROUP BY p.id`,
        [personId],
      );
      this.grants.set(personId, rows[0] ?? null);
    }
    return this.grants.get(personId) ?? null;
  }

  async apply(mutation: UpdateMutation, person: HubPerson, at: number): Promise<MutationResult> {
    const { feedbackId, set, addTags, removeTags } = mutation.args;
    const tracked = this.items.get(feedbackId);
    if (!tracked) return { id: mutation.id, status: 'rejected', reason: notFoundOrNotGranted(feedbackId) };
    const row = tracked.item;
    if (set.assigneeId != null) {
      const assignee = await this.assignee(set.assigneeId);
      if (!assignee) return { id: mutation.id, status: 'rejected', reason: `There is no person #${set.assigneeId} to assign feedback #${feedbackId} to` };
      if (!assignee.regions.includes(row.region)) {
        return { id: mutation.id, status: 'rejected', reason: `${assignee.name} is not granted ${row.region}, so cannot take feedback #${feedbackId}` };
      }
    }

    const conflicts: FieldConflict[] = [];
    const changes: Partial<Record<FeedbackField, FieldValue>> = {};
    for (const field of FEEDBACK_FIELDS) {
      const wanted = set[field];
      if (wanted === undefined) continue;
      const current: FieldValue = row[COLUMN[field]];
      if (current === wanted) continue;
      const base = mutation.base[field];
      if (base === undefined || current !== base) {
        conflicts.push({ feedbackId, field, base: base ?? null, local: wanted, hub: current });
        continue;
      }
      changes[field] = wanted;
    }

    const event = (kind: string, before: FieldValue, after: FieldValue) =>
      this.events.push({
        feedback_id: row.id,
        at,
        actor_id: person.id,
        kind,
        before: before === null ? null : String(before),
        after: after === null ? null : String(after),
        region: row.region,
      });
    let changed = false;
    if (changes.assigneeId !== undefined) {
      event('assignee', row.assignee_id, changes.assigneeId);
      row.assignee_id = changes.assigneeId as number | null;
      changed = true;
    }
    if (changes.category !== undefined) {
      event('category', row.category, changes.category);
      row.category = changes.category as string;
      changed = true;
    }
    if (changes.status !== undefined) {
      const next = changes.status as FeedbackStatus;
      event('status', row.status, next);
      const clock = { dueAt: row.sla_due_at, pausedAt: row.sla_paused_at };
      const transition = transitionFor(row.status, next);
      if (transition === 'pause') {
        row.sla_paused_at = pause(clock, at).pausedAt;
        const paused = { paused_at: at, resumed_at: null, reason: next };
        row.pauses.push(paused);
        tracked.changedPauses.set(at, paused);
        event('sla_paused', null, next);
      } else if (transition === 'resume') {
        const resumed = resume(clock, at);
        for (const open of row.pauses.filter((p) => p.resumed_at === null)) {
          open.resumed_at = at;
          tracked.changedPauses.set(open.paused_at, open);
        }
        event('sla_resumed', row.sla_due_at, resumed.dueAt);
        row.sla_due_at = resumed.dueAt;
        row.sla_paused_at = null;
      }
      if (row.status === 'new' && row.first_response_at === null) row.first_response_at = at;
      row.resolved_at = next === 'resolved' ? at : null;
      row.status = next;
      changed = true;
    }
    if (changes.priority !== undefined) {
      const next = changes.priority as Priority;
      event('priority', row.priority, next);
      const closed = row.pauses.reduce((sum, p) => sum + (p.resumed_at === null ? 0 : p.resumed_at - p.paused_at), 0);
      const dueAt = dueAtFor(row.created_at, await this.policyHours(row.region, next), closed);
      if (dueAt !== row.sla_due_at) {
        event('sla_due', row.sla_due_at, dueAt);
        row.sla_due_at = dueAt;
      }
      row.priority = next;
      changed = true;
    }
    const tags = new Set(row.tags);
    for (const tag of addTags) {
      if (!tags.has(tag)) {
        tags.add(tag);
        event('tag_added', null, tag);
        changed = true;
      }
    }
    for (const tag of removeTags) {
      if (tags.delete(tag)) {
        event('tag_removed', tag, null);
        changed = true;
      }
    }
    row.tags = [...tags];
    if (changed) {
      row.updated_at = at;
      row.version += 1;
    }
    return conflicts.length > 0 ? { id: mutation.id, status: 'conflict', conflicts } : { id: mutation.id, status: 'applied' };
  }

  /** Writes every loaded item back (rejected and conflicting ones too, so consoles get the hub's version) stamped with this transaction's number, with its tags, pauses and events. */
  async flush(): Promise<void> {
    if (this.items.size === 0) return;
    const tracked = [...this.items.values()];
    const ids = tracked.map((t) => t.item.id);
    await this.client.query(
      `UPDATE feedback f SET status = v.status, priority = v.priority, category = v.category, assignee_id = v.assignee_id,
              sla_due_at = v.sla_due_at, sla_paused_at = v.sla_paused_at, first_response_at = v.first_response_at,
              resolved_at = v.resolved_at, updated_at = v.updated_at, version = v.version, seq = $2
       FROM json_populate_recordset(null::feedback, $1) v WHERE f.id = v.id`,
      [JSON.stringify(tracked.map((t) => ({ ...t.item, tags: undefined, pauses: undefined }))), this.seq],
    );
    const removed: unknown[][] = [];
    const added: { feedback_id: number; tag: string; region: string }[] = [];
    for (const { item, originalTags } of tracked) {
      const now = new Set(item.tags);
      for (const tag of originalTags) if (!now.has(tag)) removed.push([item.id, tag]);
      for (const tag of now) if (!originalTags.has(tag)) added.push({ feedback_id: item.id, tag, region: item.region });
    }
    if (removed.length > 0) {
      await this.client.query(
        `DELETE FROM feedback_tags t USING jsonb_array_elements($1::jsonb) k
         WHERE t.feedback_id = (k->>0)::bigint AND t.tag = k->>1`,
        [JSON.stringify(removed)],
      );
      for (const region of new Set(tracked.map((t) => t.item.region))) {
        const keys = removed.filter((key) => this.items.get(key[0] as number)?.item.region === region);
        await recordDeletions(this.client, 'feedback_tags', keys, region, this.seq);
      }
    }
    if (added.length > 0) {
      await this.client.query(
        `INSERT INTO feedback_tags (feedback_id, tag, region, seq)
         SELECT feedback_id, tag, region, $2 FROM json_populate_recordset(null::feedback_tags, $1) ON CONFLICT DO NOTHING`,
        [JSON.stringify(added), this.seq],
      );
      await forgetDeletions(this.client, 'feedback_tags', added.map((row) => [row.feedback_id, row.tag]));
    }
    const pauses = tracked.flatMap((t) => [...t.changedPauses.values()].map((p) => ({ ...p, feedback_id: t.item.id, region: t.item.region })));
    if (pauses.length > 0) {
      await this.client.query(
        `INSERT INTO feedback_sla_pauses (feedback_id, paused_at, resumed_at, reason, region, seq)
         SELECT feedback_id, paused_at, resumed_at, reason, region, $2 FROM json_populate_recordset(null::feedback_sla_pauses, $1)
         ON CONFLICT (feedback_id, paused_at) DO UPDATE SET resumed_at = excluded.resumed_at, reason = excluded.reason, seq = excluded.seq`,
        [JSON.stringify(pauses), this.seq],
      );
    }
    // Every tag and pause of a touched item goes back to consoles, which replace theirs with the hub's.
    await this.client.query('UPDATE feedback_tags SET seq = $2 WHERE feedback_id = ANY($1::bigint[]) AND seq <> $2', [ids, this.seq]);
    await this.client.query('UPDATE feedback_sla_pauses SET seq = $2 WHERE feedback_id = ANY($1::bigint[]) AND seq <> $2', [ids, this.seq]);
    if (this.events.length > 0) {
      await this.client.query(
        `INSERT INTO feedback_events (feedback_id, at, actor_id, kind, before, after, region, seq)
         SELECT feedback_id, at, actor_id, kind, before, after, region, $2 FROM json_populate_recordset(null::feedback_events, $1)`,
        [JSON.stringify(this.events), this.seq],
      );
    }
    this.items.clear();
    this.events.length = 0;
  }
}
