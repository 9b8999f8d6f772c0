// The wire protocol between a console and the regional hub (hub/PROTOCOL.md explains it). Both sides
// import these schemas and types, so a request the console sends is the one the hub checks.
import { z } from 'zod';
import { FEEDBACK_CATEGORIES, FEEDBACK_STATUSES, PRIORITIES, REGION_CODES, ROLES, type RegionCode, type Role } from './domain';
import { consoleClockMs, rowId as id } from './mutation-kit';
import { rostersMutations, type RowConflict } from './rosters-mutations';
import type { TableName } from './table-registry';
import { COMPLIANCE_TABLE_NAMES } from './tables/compliance-tables';

export const HUB_API_PREFIX = '/v1/';
/** Longest a pull may wait for a change before answering with an empty page. */
export const MAX_WAIT_MS = 30_000;
export const MAX_PUSH_MUTATIONS = 1000;

const tag = z.string().trim().min(1).max(40).regex(/^[\p{L}\p{N}_-]+$/u, 'use letters, digits, - and _ only');

export const clientIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'a client id is 8 to 64 letters, digits, - or _');

/** The fields of a feedback item a person edits; each can conflict with someone else's edit. */
export const feedbackFieldsSchema = z
  .object({
    status: z.enum(FEEDBACK_STATUSES).optional(),
    priority: z.enum(PRIORITIES).optional(),
    category: z.enum(FEEDBACK_CATEGORIES).optional(),
    assigneeId: id.nullable().optional(),
  })
  .strict();
export type FeedbackFields = z.infer<typeof feedbackFieldsSchema>;
export type FeedbackField = keyof FeedbackFields;
export const FEEDBACK_FIELDS: readonly FeedbackField[] = ['status', 'priority', 'category', 'assigneeId'];

const updateMutation = z
  .object({
    id,
    name: z.literal('feedback.update'),
    at: consoleClockMs,
    args: z
      .object({
        feedbackId: id,
        set: feedbackFieldsSchema,
        addTags: z.array(tag).max(10).default([]),
        removeTags: z.array(tag).max(10).default([]),
      })
      .strict(),
    /** The values of the fields in `set` as the person saw them when editing. */
    base: feedbackFieldsSchema,
  })
  .strict();

const mergeMutation = z
  .object({
    id,
    name: z.literal('feedback.merge'),
    at: consoleClockMs,
    args: z.object({ primaryId: id, duplicateIds: z.array(id).min(1).max(50) }).strict(),
  })
  .strict();

const unmergeMutation = z
  .object({
    id,
    name: z.literal('feedback.unmerge'),
    at: consoleClockMs,
    /** The hub's merge id, or (for a merge made offline) the id of the mutation that made it. */
    args: z.union([z.object({ mergeId: id }).strict(), z.object({ mergeMutationId: id }).strict()]),
  })
  .strict();

/**
 * A compliance row written whole, in its table's column order (shared/tables/compliance-tables.ts): rows are made
 * with text ids where they are made, so the hub stores them as sent once its checks pass (hub/compliance-push.ts).
 */
const compliancePutMutation = z
  .object({
    id,
    name: z.literal('compliance.put'),
    at: consoleClockMs,
    args: z.object({ table: z.enum(COMPLIANCE_TABLE_NAMES), row: z.array(z.union([z.string().max(4000), z.number(), z.null()])).max(20) }).strict(),
  })
  .strict();

/** An evidence link taken away: the only compliance row a person deletes. */
const complianceUnlinkMutation = z
  .object({
    id,
    name: z.literal('compliance.unlink'),
    at: consoleClockMs,
    args: z.object({ resultId: z.string().min(1).max(120), evidenceId: z.string().min(1).max(120) }).strict(),
  })
  .strict();

export const mutationSchema = z.discriminatedUnion('name', [
  updateMutation, mergeMutation, unmergeMutation, ...rostersMutations, compliancePutMutation, complianceUnlinkMutation,
]);
export type Mutation = z.infer<typeof mutationSchema>;
export type MutationName = Mutation['name'];
export const MUTATION_NAMES: readonly MutationName[] = [
  'feedback.update', 'feedback.merge', 'feedback.unmerge', 'rosters.insert', 'rosters.update', 'compliance.put', 'compliance.unlink',
];

export const pushRequestSchema = z
  .object({
    clientId: clientIdSchema,
    /** The console's clock when it sent the batch: the hub corrects each mutation's time by the difference. */
    sentAt: consoleClockMs,
    /** The data set the edits were made on (GET /v1/me): a hub serving another refuses the batch (409) unapplied. */
    dataSet: z.string().min(1).max(200).optional(),
    mutations: z
      .array(mutationSchema)
      .min(1)
      .max(MAX_PUSH_MUTATIONS)
      .refine((list) => list.every((m, i) => i === 0 || m.id > (list[i - 1] as Mutation).id), {
        message: 'mutation ids must rise through the batch',
      }),
  })
  .strict();
export type PushRequest = z.input<typeof pushRequestSchema>;

export type FieldValue = string | number | null;

export interface FieldConflict {
  feedbackId: number;
  field: FeedbackField;
  /** What the console saw, what it wanted, and what the hub holds. */
  base: FieldValue;
  local: FieldValue;
  hub: FieldValue;
}

export type MutationResult =
  | { id: number; status: 'applied' }
  | { id: number; status: 'rejected'; reason: string }
  | { id: number; status: 'conflict'; conflicts: (FieldConflict | RowConflict)[] };

export interface PushResponse {
  results: MutationResult[];
}

export const pullRequestSchema = z
  .object({
    clientId: clientIdSchema,
    /** Null (or one the hub no longer knows) starts from a full snapshot. */
    cursor: z.string().max(4096).nullable(),
    /** With nothing new past the cursor, wait this long for a change before answering. */
    waitMs: z.number().int().min(0).max(MAX_WAIT_MS).default(0),
    /** Ask for each region's checksum as of this page (answered on the page that catches up). */
    checksums: z.boolean().default(false),
  })
  .strict();
export type PullRequest = z.input<typeof pullRequestSchema>;

export interface TableChanges {
  upserts: unknown[][];
  /** Key values, in the table's key order. */
  deletes: unknown[][];
}

export interface RegionChecksum {
  count: number;
  hash: number;
}

export interface HubPerson {
  id: number;
  name: string;
  email: string;
  role: Role;
  regions: RegionCode[];
}

export interface PullResponse {
  cursor: string;
  more: boolean;
  /** The console must drop everything it holds from the hub before applying this page. */
  reset: boolean;
  /** Regions the person has lost since the cursor: their rows leave the console with this page. */
  removedRegions: RegionCode[];
  person: HubPerson;
  /** The last mutation of this console the hub has applied as of this page (null: not yet known here). */
  lastMutationId: number | null;
  changes: Partial<Record<TableName, TableChanges>>;
  /** While a snapshot streams: rows sent so far and in all. */
  snapshot: { rowsDone: number; rowsTotal: number } | null;
  checksums: Partial<Record<RegionCode, RegionChecksum>> | null;
}

export const hubPersonSchema = z.object({
  id,
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  regions: z.array(z.enum(REGION_CODES)),
});

/**
 * What `GET /v1/me` answers: the token's person, and the data set the hub serves (its database's epoch). Every hub over
 * one database names the same data set, so a console knows a hub by it, never by its address.
 */
export type HubIdentity = HubPerson & { dataSet: string };

export const hubIdentitySchema = hubPersonSchema.extend({ dataSet: z.string().min(1).max(200) });

/** The error body of every refused request. */
export interface HubError {
  error: { code: string; message: string; field?: string };
}
