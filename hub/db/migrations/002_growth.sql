-- Growth data from the source systems (issue 4): marketing spend, customer activity, the daily funnel and
-- weekly targets, keyed as on the console (main/db/migrations/002_growth_metrics.sql) so a pulled row upserts by
-- the same key. Like customers and orders they carry their region (pulls scope by it), `seq` is the change that
-- last wrote a row, and a deleted row leaves a tombstone with its region in hub_tombstones (hub/tombstones.ts).
-- Days are local dates ('YYYY-MM-DD') in the region's reporting time zone. As in 001, the values are not checked
-- here: a console checks each row it pulls and sets aside what it cannot store. The console's metrics_* rollup is
-- its own cache, rebuilt from these rows: the hub neither holds nor sends it.

CREATE TABLE marketing_spend (
  id          bigint PRIMARY KEY,
  region      text NOT NULL REFERENCES regions(code),
  channel     text NOT NULL,
  day         text NOT NULL,
  amount_usd  double precision NOT NULL,
  campaign    text,
  seq         bigint NOT NULL
);
CREATE INDEX marketing_spend_seq ON marketing_spend(seq);

-- Region first, as on the console: a snapshot of some regions pages through one range of the key each.
CREATE TABLE customer_activity (
  region       text NOT NULL,
  day          text NOT NULL,
  customer_id  bigint NOT NULL REFERENCES customers(id),
  seq          bigint NOT NULL,
  PRIMARY KEY (region, day, customer_id)
);
CREATE INDEX customer_activity_seq ON customer_activity(seq);

CREATE TABLE daily_funnel (
  region            text NOT NULL REFERENCES regions(code),
  channel           text NOT NULL,
  day               text NOT NULL,
  visits            integer NOT NULL,
  product_views     integer NOT NULL,
  add_to_cart       integer NOT NULL,
  checkout_started  integer NOT NULL,
  orders            integer NOT NULL,
  seq               bigint NOT NULL,
  PRIMARY KEY (region, day, channel)
);
CREATE INDEX daily_funnel_seq ON daily_funnel(seq);

CREATE TABLE weekly_targets (
  region  text NOT NULL REFERENCES regions(code),
  week    text NOT NULL,
  kpi     text NOT NULL,
  value   double precision NOT NULL,
  seq     bigint NOT NULL,
  PRIMARY KEY (region, week, kpi)
);
CREATE INDEX weekly_targets_seq ON weekly_targets(seq);
