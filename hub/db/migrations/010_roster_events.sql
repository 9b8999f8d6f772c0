-- The rosters' audit trail, as on the console (main/db/migrations, roster_events) and in shared/tables/rosters-tables.ts:
-- one row per changed field of a KOL or a contract, pushed with the change and pulled by the region's consoles.
CREATE TABLE roster_events (
  id        bigint PRIMARY KEY,
  region    text NOT NULL REFERENCES regions(code),
  tbl       text NOT NULL,
  row_id    bigint NOT NULL,
  kol_id    bigint,
  at        bigint NOT NULL,
  actor_id  bigint,
  field     text NOT NULL,
  before    text,
  after     text,
  seq       bigint NOT NULL
);
CREATE INDEX roster_events_seq ON roster_events(seq);
