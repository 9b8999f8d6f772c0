-- Imports of a platform's export into the hub (issue 11, hub/ingest/): which row each source id became, and a hash of
-- what the source said of it, so the same files twice write nothing and a run killed midway, run again, ends as one
-- clean run would.
CREATE TABLE import_keys (
  source      text NOT NULL,
  entity      text NOT NULL,
  source_key  text NOT NULL,
  local_id    bigint NOT NULL,
  content     text NOT NULL,
  PRIMARY KEY (source, entity, source_key)
);
