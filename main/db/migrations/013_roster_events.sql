-- The rosters' audit trail: one row per changed field of a KOL or a contract (and one per row made), written in the
-- same transaction as the change and synced like the rows it describes, so every console of the region shows who
-- changed what, when.
CREATE TABLE roster_events (
  id        INTEGER PRIMARY KEY,
  region    TEXT NOT NULL,
  tbl       TEXT NOT NULL,
  row_id    INTEGER NOT NULL,
  kol_id    INTEGER,
  at        INTEGER NOT NULL,
  actor_id  INTEGER,
  field     TEXT NOT NULL,
  before    TEXT,
  after     TEXT
) STRICT;
CREATE INDEX roster_events_kol ON roster_events(kol_id, at) WHERE kol_id IS NOT NULL;
