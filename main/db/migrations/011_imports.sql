-- Imports of a platform's exports (issue 11): each run with its counts, the records it kept aside, the source's own
-- id of every row an import wrote (so the same files twice change nothing), and the currency rates amounts are
-- converted to US dollars with.

CREATE TABLE import_runs (
  id           INTEGER PRIMARY KEY,
  source       TEXT NOT NULL,
  folder       TEXT NOT NULL,
  started_at   INTEGER NOT NULL,
  finished_at  INTEGER,
  -- 'running' left behind means the run was interrupted: its batches that committed stay, a re-run completes it.
  state        TEXT NOT NULL CHECK (state IN ('running', 'done', 'refused', 'failed')),
  message      TEXT,
  records      INTEGER NOT NULL DEFAULT 0,
  inserted     INTEGER NOT NULL DEFAULT 0,
  updated      INTEGER NOT NULL DEFAULT 0,
  unchanged    INTEGER NOT NULL DEFAULT 0,
  rejected     INTEGER NOT NULL DEFAULT 0
) STRICT;

-- A record that could not be used, as it was read: the file, the line it starts on, the column and value at fault.
CREATE TABLE import_rejects (
  run_id       INTEGER NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,
  file         TEXT NOT NULL,
  line         INTEGER NOT NULL,
  column_name  TEXT NOT NULL,
  value        TEXT NOT NULL,
  reason       TEXT NOT NULL,
  -- The record's fields as a JSON array, so the rejected rows download as the CSV they came from.
  record       TEXT NOT NULL,
  PRIMARY KEY (run_id, file, line)
) STRICT, WITHOUT ROWID;

-- Which row a source's id became, and a hash of what the source said of it: a row whose hash is unchanged is left be.
CREATE TABLE import_keys (
  source      TEXT NOT NULL,
  entity      TEXT NOT NULL,
  source_key  TEXT NOT NULL,
  local_id    INTEGER NOT NULL,
  content     TEXT NOT NULL,
  PRIMARY KEY (source, entity, source_key)
) STRICT, WITHOUT ROWID;

-- Units of a currency per US dollar from a day on, until the next day the currency has a rate.
CREATE TABLE currency_rates (
  currency  TEXT NOT NULL,
  day       TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  rate      REAL NOT NULL CHECK (rate > 0),
  origin    TEXT NOT NULL,
  PRIMARY KEY (currency, day)
) STRICT, WITHOUT ROWID;
