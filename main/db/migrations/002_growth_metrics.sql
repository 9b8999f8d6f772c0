-- Growth metrics: marketing spend, customer activity, daily funnel and weekly targets (issue 4).
-- Days ('YYYY-MM-DD') are local dates in the region's reporting time zone (regions.time_zone).

CREATE TABLE marketing_spend (
  id          INTEGER PRIMARY KEY,
  region      TEXT NOT NULL REFERENCES regions(code),
  channel     TEXT NOT NULL CHECK (channel IN ('tiktok', 'search', 'social', 'kol', 'affiliate', 'referral', 'community')),
  day         TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  amount_usd  REAL NOT NULL CHECK (amount_usd >= 0),
  -- A KOL campaign's fee is a row of its own under channel kol; everyday channel spend has no campaign.
  campaign    TEXT
) STRICT;
CREATE INDEX marketing_spend_region_day ON marketing_spend(region, day);

-- One row per customer per local day they visited the app or site. Keyed by region first (the customer's,
-- copied): a region's week is one range of the key, and "was this customer active that day" one lookup.
CREATE TABLE customer_activity (
  region       TEXT NOT NULL,
  day          TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  customer_id  INTEGER NOT NULL REFERENCES customers(id),
  PRIMARY KEY (region, day, customer_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE daily_funnel (
  region            TEXT NOT NULL REFERENCES regions(code),
  channel           TEXT NOT NULL CHECK (channel IN ('tiktok', 'search', 'social', 'kol', 'affiliate', 'referral', 'community')),
  day               TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  visits            INTEGER NOT NULL CHECK (visits >= 0),
  product_views     INTEGER NOT NULL CHECK (product_views >= 0),
  add_to_cart       INTEGER NOT NULL CHECK (add_to_cart >= 0),
  checkout_started  INTEGER NOT NULL CHECK (checkout_started >= 0),
  orders            INTEGER NOT NULL CHECK (orders >= 0),
  PRIMARY KEY (region, day, channel)
) STRICT, WITHOUT ROWID;

-- The plan, where there is one: the pack shows it against the actual value.
CREATE TABLE weekly_targets (
  region  TEXT NOT NULL REFERENCES regions(code),
  week    TEXT NOT NULL CHECK (week GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'),
  kpi     TEXT NOT NULL CHECK (kpi IN (
            'new_customers', 'spend_usd', 'cac_usd', 'active_customers', 'd1_retention', 'd7_retention',
            'd30_retention', 'orders', 'revenue_usd', 'aov_usd', 'conversion_rate', 'repurchase_rate', 'ltv12_usd',
            'ltv_cac', 'high_value_share', 'feedback_count', 'complaints_per_1k_orders', 'sla_attainment',
            'late_delivery_rate', 'median_first_response_hours', 'median_resolution_hours')),
  value   REAL NOT NULL,
  PRIMARY KEY (region, week, kpi)
) STRICT, WITHOUT ROWID;

-- SLA attainment reads a region's feedback by due time.
CREATE INDEX feedback_region_sla_due ON feedback(region, sla_due_at);

-- The weekly rollup the Reports view reads: exact components (counts, sums, medians) of each KPI per region, ISO
-- week and measure, written by main/services/metrics. It is a cache: the triggers below note the earliest time a
-- change touches, and the service recomputes the weeks from there before it answers.
CREATE TABLE metrics_weekly (
  region   TEXT NOT NULL,
  week     TEXT NOT NULL,
  measure  TEXT NOT NULL,
  -- A channel, category or carrier; '' for the whole region.
  part     TEXT NOT NULL DEFAULT '',
  value    REAL,
  PRIMARY KEY (region, week, measure, part)
) STRICT, WITHOUT ROWID;

-- The weeks each family of measures holds for a region.
CREATE TABLE metrics_coverage (
  region      TEXT NOT NULL,
  family      TEXT NOT NULL,
  first_week  TEXT NOT NULL,
  last_week   TEXT NOT NULL,
  PRIMARY KEY (region, family)
) STRICT, WITHOUT ROWID;

-- The earliest instant (UTC epoch ms) a change to a source table touched, per region.
CREATE TABLE metrics_stale (
  region  TEXT NOT NULL,
  source  TEXT NOT NULL,
  since   INTEGER NOT NULL,
  PRIMARY KEY (region, source)
) STRICT, WITHOUT ROWID;

-- Every trigger is named metrics_*: the seeder sets them aside during its bulk insert (the rollup starts empty).
CREATE TRIGGER metrics_customers_insert AFTER INSERT ON customers BEGIN
  INSERT INTO metrics_stale VALUES (new.region, 'customers', new.signup_at)
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
END;
CREATE TRIGGER metrics_customers_update AFTER UPDATE OF region, signup_at, signup_channel ON customers BEGIN
  INSERT INTO metrics_stale VALUES (old.region, 'customers', min(old.signup_at, new.signup_at))
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
  INSERT INTO metrics_stale VALUES (new.region, 'customers', min(old.signup_at, new.signup_at))
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
END;
CREATE TRIGGER metrics_customers_delete AFTER DELETE ON customers BEGIN
  INSERT INTO metrics_stale VALUES (old.region, 'customers', old.signup_at)
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
END;

-- Shipping, delivery and every other time of an order come after it is placed.
CREATE TRIGGER metrics_orders_insert AFTER INSERT ON orders BEGIN
  INSERT INTO metrics_stale VALUES (new.region, 'orders', new.placed_at)
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
END;
CREATE TRIGGER metrics_orders_update AFTER UPDATE OF region, customer_id, amount_usd, placed_at, shipped_at,
  estimated_delivery_at, delivered_at, carrier ON orders BEGIN
  INSERT INTO metrics_stale VALUES (old.region, 'orders', min(old.placed_at, new.placed_at))
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
  INSERT INTO metrics_stale VALUES (new.region, 'orders', min(old.placed_at, new.placed_at))
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
END;
CREATE TRIGGER metrics_orders_delete AFTER DELETE ON orders BEGIN
  INSERT INTO metrics_stale VALUES (old.region, 'orders', old.placed_at)
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
END;

-- The SLA due time never comes before creation.
CREATE TRIGGER metrics_feedback_insert AFTER INSERT ON feedback BEGIN
  INSERT INTO metrics_stale VALUES (new.region, 'feedback', new.created_at)
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
END;
CREATE TRIGGER metrics_feedback_update AFTER UPDATE OF region, category, priority, created_at, sla_due_at,
  first_response_at, resolved_at ON feedback BEGIN
  INSERT INTO metrics_stale VALUES (old.region, 'feedback', min(old.created_at, new.created_at))
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
  INSERT INTO metrics_stale VALUES (new.region, 'feedback', min(old.created_at, new.created_at))
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
END;
CREATE TRIGGER metrics_feedback_delete AFTER DELETE ON feedback BEGIN
  INSERT INTO metrics_stale VALUES (old.region, 'feedback', old.created_at)
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
END;

-- A local day starts at most 14 hours before the same UTC day: a day back is always early enough.
CREATE TRIGGER metrics_activity_insert AFTER INSERT ON customer_activity BEGIN
  INSERT INTO metrics_stale VALUES (new.region, 'activity', (unixepoch(new.day) - 86400) * 1000)
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
END;
CREATE TRIGGER metrics_activity_update AFTER UPDATE ON customer_activity BEGIN
  INSERT INTO metrics_stale VALUES (old.region, 'activity', (unixepoch(min(old.day, new.day)) - 86400) * 1000)
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
  INSERT INTO metrics_stale VALUES (new.region, 'activity', (unixepoch(min(old.day, new.day)) - 86400) * 1000)
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
END;
CREATE TRIGGER metrics_activity_delete AFTER DELETE ON customer_activity BEGIN
  INSERT INTO metrics_stale VALUES (old.region, 'activity', (unixepoch(old.day) - 86400) * 1000)
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
END;

CREATE TRIGGER metrics_spend_insert AFTER INSERT ON marketing_spend BEGIN
  INSERT INTO metrics_stale VALUES (new.region, 'spend', (unixepoch(new.day) - 86400) * 1000)
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
END;
CREATE TRIGGER metrics_spend_update AFTER UPDATE ON marketing_spend BEGIN
  INSERT INTO metrics_stale VALUES (old.region, 'spend', (unixepoch(min(old.day, new.day)) - 86400) * 1000)
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
  INSERT INTO metrics_stale VALUES (new.region, 'spend', (unixepoch(min(old.day, new.day)) - 86400) * 1000)
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
END;
CREATE TRIGGER metrics_spend_delete AFTER DELETE ON marketing_spend BEGIN
  INSERT INTO metrics_stale VALUES (old.region, 'spend', (unixepoch(old.day) - 86400) * 1000)
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
END;

CREATE TRIGGER metrics_funnel_insert AFTER INSERT ON daily_funnel BEGIN
  INSERT INTO metrics_stale VALUES (new.region, 'funnel', (unixepoch(new.day) - 86400) * 1000)
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
END;
CREATE TRIGGER metrics_funnel_update AFTER UPDATE ON daily_funnel BEGIN
  INSERT INTO metrics_stale VALUES (old.region, 'funnel', (unixepoch(min(old.day, new.day)) - 86400) * 1000)
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
  INSERT INTO metrics_stale VALUES (new.region, 'funnel', (unixepoch(min(old.day, new.day)) - 86400) * 1000)
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
END;
CREATE TRIGGER metrics_funnel_delete AFTER DELETE ON daily_funnel BEGIN
  INSERT INTO metrics_stale VALUES (old.region, 'funnel', (unixepoch(old.day) - 86400) * 1000)
    ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
END;

-- Another reporting time zone moves every week boundary: the region's rollup starts again.
CREATE TRIGGER metrics_regions_time_zone AFTER UPDATE OF time_zone ON regions BEGIN
  DELETE FROM metrics_coverage WHERE region = new.code;
END;
