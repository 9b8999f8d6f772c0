-- A merge made on this console has a local id until the hub numbers it; the toast's "Undo merge" still holds the
-- local id after the hub's row has replaced the local one. Each local id is kept here with the hub's id it became.
CREATE TABLE merge_aliases (
  local_id  INTEGER PRIMARY KEY,
  hub_id    INTEGER NOT NULL
) STRICT;
