-- Sync with the regional hub: outbox, cursor, quarantine and conflicts (issue 3). See hub/PROTOCOL.md.

-- One row once the console has signed in to a hub. The token is never here: the shell keeps it.
CREATE TABLE sync_state (
  singleton            INTEGER PRIMARY KEY CHECK (singleton = 1),
  hub_url              TEXT NOT NULL,
  client_id            TEXT NOT NULL,
  -- The hub's person for the token, once the hub has answered.
  person_id            INTEGER,
  -- Opaque; null starts from a snapshot.
  cursor               TEXT,
  last_synced_at       INTEGER,
  -- While a snapshot streams in: its progress, and when and where it started, for the time left.
  snapshot_rows_done   INTEGER,
  snapshot_rows_total  INTEGER,
  snapshot_started_at  INTEGER,
  snapshot_rows_at_start INTEGER,
  checksum             TEXT NOT NULL DEFAULT 'unknown' CHECK (checksum IN ('match', 'mismatch', 'unknown')),
  -- A mismatch starts one fresh snapshot; a second mismatch in a row is only reported.
  resnapshot_used      INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Local edits as named mutations, written in the transaction of the edit; ids rise per console.
CREATE TABLE sync_outbox (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  name      TEXT NOT NULL,
  args      TEXT NOT NULL,
  base      TEXT,
  made_at   INTEGER NOT NULL,
  -- The local id of a merge made here, so an unmerge queued behind it can name the merge.
  local_ref INTEGER,
  -- The hub's answer, once pushed; the entry leaves when a pull confirms it.
  answer    TEXT CHECK (answer IN ('applied', 'rejected', 'conflict'))
) STRICT;

-- Which feedback items each waiting mutation touches: rows pulled for them are held aside meanwhile.
CREATE TABLE sync_outbox_items (
  feedback_id  INTEGER NOT NULL,
  mutation_id  INTEGER NOT NULL,
  PRIMARY KEY (feedback_id, mutation_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX sync_outbox_items_mutation ON sync_outbox_items(mutation_id);

-- The hub's rows for items with edits waiting, applied in order once the hub has answered.
CREATE TABLE sync_shadow (
  id           INTEGER PRIMARY KEY,
  feedback_id  INTEGER NOT NULL,
  tbl          TEXT NOT NULL,
  op           TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
  row          TEXT NOT NULL
) STRICT;
CREATE INDEX sync_shadow_feedback ON sync_shadow(feedback_id, id);

-- Pulled rows the console could not store, with the reason.
CREATE TABLE sync_quarantine (
  id      INTEGER PRIMARY KEY,
  tbl     TEXT NOT NULL,
  row     TEXT NOT NULL,
  reason  TEXT NOT NULL,
  at      INTEGER NOT NULL
) STRICT;

-- Field values are JSON text, so a number, a string and null stay apart.
CREATE TABLE sync_conflicts (
  id           INTEGER PRIMARY KEY,
  mutation_id  INTEGER NOT NULL,
  feedback_id  INTEGER NOT NULL,
  field        TEXT NOT NULL,
  base_value   TEXT NOT NULL,
  local_value  TEXT NOT NULL,
  hub_value    TEXT NOT NULL,
  at           INTEGER NOT NULL
) STRICT;

CREATE TABLE sync_rejections (
  id           INTEGER PRIMARY KEY,
  mutation_id  INTEGER NOT NULL,
  reason       TEXT NOT NULL,
  at           INTEGER NOT NULL
) STRICT;
