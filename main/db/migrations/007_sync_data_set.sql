-- The data set of the hub this console syncs with (the hub's epoch, GET /v1/me). A hub is known by it, never by its
-- address: `localhost` and `127.0.0.1`, or two hubs behind one balancer over one database, are the same hub.
-- Null until the hub has answered once; the console then takes what it answers.
ALTER TABLE sync_state ADD COLUMN data_set TEXT;
