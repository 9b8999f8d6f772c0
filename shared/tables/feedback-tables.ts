// Feedback triage: the items, their tags, audit trail, SLA pauses and merges.
import { FEEDBACK_CATEGORIES, FEEDBACK_CHANNELS, FEEDBACK_STATUSES, LANGUAGES, PRIORITIES, REGION_CODES } from '../domain';
import { int, oneOf, text, type LocalTable, type TableSpec } from './table-spec';

export const FEEDBACK_TABLES = [
  {
    name: 'feedback',
    scope: 'region',
    key: ['id'],
    demo: true,
    checksum: 'versions',
    columns: [
      int('id'), int('customer_id'), int('order_id', true), oneOf('region', REGION_CODES), text('country', 8),
      oneOf('channel', FEEDBACK_CHANNELS), oneOf('language', LANGUAGES), text('text', 20_000), { ...int('rating', true), range: [1, 5] },
      oneOf('category', FEEDBACK_CATEGORIES), oneOf('status', FEEDBACK_STATUSES), oneOf('priority', PRIORITIES),
      int('assignee_id', true), int('created_at'), int('updated_at'), int('sla_due_at'), int('sla_paused_at', true),
      int('first_response_at', true), int('resolved_at', true), int('duplicate_of', true), int('merge_id', true), int('version'),
    ],
  },
  {
    name: 'feedback_tags',
    scope: 'feedback',
    feedbackColumn: 'feedback_id',
    key: ['feedback_id', 'tag'],
    demo: true,
    columns: [int('feedback_id'), text('tag', 40)],
  },
  {
    name: 'feedback_events',
    scope: 'feedback',
    feedbackColumn: 'feedback_id',
    key: ['id'],
    demo: true,
    columns: [int('id'), int('feedback_id'), int('at'), int('actor_id', true), text('kind', 40), text('before', 2000, true), text('after', 2000, true)],
  },
  {
    name: 'feedback_sla_pauses',
    scope: 'feedback',
    feedbackColumn: 'feedback_id',
    key: ['feedback_id', 'paused_at'],
    demo: true,
    columns: [int('feedback_id'), int('paused_at'), int('resumed_at', true), text('reason', 40)],
  },
  {
    name: 'feedback_merges',
    scope: 'feedback',
    feedbackColumn: 'primary_id',
    key: ['id'],
    demo: false,
    // A merge made offline is found again on the hub by the console and mutation that made it.
    hubOnly: ['client_id', 'mutation_id'],
    columns: [int('id'), int('primary_id'), int('at'), int('actor_id', true), int('undone_at', true)],
  },
] as const satisfies readonly TableSpec[];

export const FEEDBACK_LOCAL_TABLES: readonly LocalTable[] = [
  { name: 'feedback_fts', why: "the trigram search index, built from each console's own feedback rows" },
  { name: 'feedback_bigrams', why: 'the bigram search index for two-character Thai and CJK words, built like feedback_fts' },
  { name: 'saved_views', why: "a person's named queue views on this console" },
];
