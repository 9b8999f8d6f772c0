-- Fan-out to many consoles (issue 12, hub/PROTOCOL.md "How a change reaches a thousand consoles").

-- Which tables (and regions) each change touched: a pull reads only the tables changed past its cursor. '*' is every
-- region (directory tables, deletions of directory rows, and bulk writes such as the seed). Kept from
-- `changes_tracked_from` on: a cursor older than that reads every table.
CREATE TABLE hub_table_changes (
  tbl     text NOT NULL,
  region  text NOT NULL,
  seq     bigint NOT NULL,
  PRIMARY KEY (tbl, region)
);
ALTER TABLE hub_state ADD COLUMN changes_tracked_from bigint NOT NULL DEFAULT 0;
UPDATE hub_state SET changes_tracked_from = (SELECT seq FROM hub_sequence);

-- A writer stamps its rows with a placeholder (minus its transaction id) and takes its number in the sequence only
-- at the end, here: the sequence row stays locked from this call to COMMIT, sent together, instead of for the whole
-- transaction. Numbers are still taken and committed in order, so what a reader sees is a prefix of the sequence.
-- Tables come from the hub's table registry (shared/table-registry.ts), so a new synced table needs nothing here.
CREATE INDEX hub_clients_unordered ON hub_clients(seq) WHERE seq < 0;

CREATE FUNCTION hub_order_commit(placeholder bigint, region_tables text[], directory_tables text[]) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
  ordered bigint;
  name text;
  touched text[];
  regions text[] := '{}';
  everyone boolean := false;
  clients text[];
  n bigint;
BEGIN
  UPDATE hub_sequence SET seq = seq + 1 RETURNING seq INTO ordered;
  FOREACH name IN ARRAY region_tables LOOP
    EXECUTE format('WITH s AS (UPDATE %I SET seq = $1 WHERE seq = $2 RETURNING region) SELECT array_agg(DISTINCT region) FROM s', name)
      INTO touched USING ordered, placeholder;
    IF touched IS NOT NULL THEN
      regions := regions || touched;
      INSERT INTO hub_table_changes SELECT name, r, ordered FROM unnest(touched) r
        ON CONFLICT (tbl, region) DO UPDATE SET seq = excluded.seq;
    END IF;
  END LOOP;
  FOREACH name IN ARRAY directory_tables LOOP
    EXECUTE format('UPDATE %I SET seq = $1 WHERE seq = $2', name) USING ordered, placeholder;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n > 0 THEN
      everyone := true;
      INSERT INTO hub_table_changes VALUES (name, '*', ordered) ON CONFLICT (tbl, region) DO UPDATE SET seq = excluded.seq;
    END IF;
  END LOOP;
  WITH s AS (UPDATE hub_tombstones SET seq = ordered WHERE seq = placeholder RETURNING coalesce(region, '*') AS region)
    SELECT array_agg(DISTINCT region) INTO touched FROM s;
  IF touched IS NOT NULL THEN
    everyone := everyone OR '*' = ANY(touched);
    regions := regions || touched;
    INSERT INTO hub_table_changes SELECT 'hub_tombstones', r, ordered FROM unnest(touched) r
      ON CONFLICT (tbl, region) DO UPDATE SET seq = excluded.seq;
  END IF;
  WITH s AS (UPDATE hub_clients SET seq = ordered WHERE seq = placeholder RETURNING client_id) SELECT array_agg(client_id) INTO clients FROM s;
  -- Who must hear of it: the consoles of the regions touched (every console when null), and the consoles that pushed.
  PERFORM pg_notify('hub_changes', json_build_object(
    'seq', ordered,
    'regions', CASE WHEN everyone THEN NULL ELSE (SELECT coalesce(array_agg(DISTINCT r), '{}') FROM unnest(regions) r) END,
    'clients', coalesce(clients, '{}'))::text);
  RETURN ordered;
END $$;

-- Bumped by any change to who a token is (revoked, expired, reassigned), a person or a grant: a hub caches token
-- lookups, and checks this one number, read after the request arrived, before it trusts a cached one.
CREATE TABLE hub_auth_version (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version    bigint NOT NULL
);
INSERT INTO hub_auth_version VALUES (true, 0);
CREATE FUNCTION hub_bump_auth_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE hub_auth_version SET version = version + 1;
  RETURN NULL;
END $$;
-- Per row, so a statement that changes nothing (a re-stamp finding no row) does not empty every hub's cache.
CREATE TRIGGER hub_tokens_auth AFTER INSERT OR DELETE OR UPDATE OF token_hash, person_id, kind, expires_at, revoked_at ON hub_tokens
  FOR EACH ROW EXECUTE FUNCTION hub_bump_auth_version();
CREATE TRIGGER people_auth AFTER INSERT OR UPDATE OR DELETE ON people FOR EACH ROW EXECUTE FUNCTION hub_bump_auth_version();
CREATE TRIGGER people_regions_auth AFTER INSERT OR UPDATE OR DELETE ON people_regions FOR EACH ROW EXECUTE FUNCTION hub_bump_auth_version();
CREATE TRIGGER hub_state_auth AFTER UPDATE OF demo ON hub_state FOR EACH ROW EXECUTE FUNCTION hub_bump_auth_version();
