-- Schema objects a bulk load has set aside (main/db/bulk-load.ts). Each is recorded in the transaction that
-- drops it, so a load cut short by a crash leaves here exactly what to build again; openDatabase() does that.
CREATE TABLE bulk_set_aside (
  name  TEXT PRIMARY KEY,
  type  TEXT NOT NULL CHECK (type IN ('index', 'trigger')),
  sql   TEXT NOT NULL
) STRICT;
