// The console's own bookkeeping: settings, its migrations, bulk loads and its side of the sync.
import type { LocalTable } from './table-spec';

export const CONSOLE_LOCAL_TABLES: readonly LocalTable[] = [
  { name: 'settings', why: "this console's settings (the current person, the hub's address)" },
  { name: 'schema_migrations', why: 'the migrations applied to this file' },
  { name: 'bulk_set_aside', why: 'indexes and triggers a bulk load has set aside, to build again after a crash' },
  { name: 'sync_state', why: "this console's cursor and snapshot progress" },
  { name: 'sync_outbox', why: 'edits waiting to be pushed to the hub' },
  { name: 'sync_outbox_items', why: 'the feedback items each waiting edit touches' },
  { name: 'sync_shadow', why: "the hub's rows held aside while local edits of their items wait" },
  { name: 'sync_quarantine', why: 'pulled rows the console could not store' },
  { name: 'sync_conflicts', why: 'fields the hub and this console both changed, for a person to settle' },
  { name: 'sync_rejections', why: 'edits the hub refused' },
  { name: 'merge_aliases', why: "the hub's id of each merge made here, so an undo by the local id still finds it" },
];
