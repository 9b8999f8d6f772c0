-- Core store: regions, people, customers, orders, feedback and its audit trail.
-- Timestamps are UTC epoch milliseconds (INTEGER); calendar dates are 'YYYY-MM-DD' text.

CREATE TABLE regions (
  code        TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  currency    TEXT NOT NULL,
  time_zone   TEXT NOT NULL,
  locale      TEXT NOT NULL
) STRICT;

CREATE TABLE people (
  id     INTEGER PRIMARY KEY,
  name   TEXT NOT NULL,
  email  TEXT NOT NULL UNIQUE,
  role   TEXT NOT NULL CHECK (role IN ('operator', 'support_lead', 'manager', 'admin'))
) STRICT;

CREATE TABLE people_regions (
  person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  region     TEXT NOT NULL REFERENCES regions(code),
  PRIMARY KEY (person_id, region)
) STRICT, WITHOUT ROWID;

CREATE TABLE customers (
  id                  INTEGER PRIMARY KEY,
  region              TEXT NOT NULL REFERENCES regions(code),
  country             TEXT NOT NULL,
  name                TEXT NOT NULL,
  email               TEXT NOT NULL,
  signup_at           INTEGER NOT NULL,
  signup_channel      TEXT NOT NULL,
  segment             TEXT NOT NULL,
  first_order_at      INTEGER,
  last_order_at       INTEGER,
  orders_count        INTEGER NOT NULL DEFAULT 0,
  lifetime_value_usd  REAL NOT NULL DEFAULT 0,
  -- A repeat buyer whose average order is over 200 USD.
  is_high_value       INTEGER GENERATED ALWAYS AS (
    orders_count >= 2 AND lifetime_value_usd > 200.0 * orders_count
  ) VIRTUAL
) STRICT;
CREATE INDEX customers_region_signup ON customers(region, signup_at);

CREATE TABLE orders (
  id                     INTEGER PRIMARY KEY,
  customer_id            INTEGER NOT NULL REFERENCES customers(id),
  region                 TEXT NOT NULL REFERENCES regions(code),
  country                TEXT NOT NULL,
  status                 TEXT NOT NULL CHECK (status IN ('placed', 'paid', 'shipped', 'in_customs', 'delivered', 'returned', 'refunded', 'lost')),
  carrier                TEXT NOT NULL,
  tracking_number        TEXT NOT NULL,
  fulfilment             TEXT NOT NULL CHECK (fulfilment IN ('overseas_warehouse', 'cross_border')),
  currency               TEXT NOT NULL,
  amount_local           REAL NOT NULL,
  amount_usd             REAL NOT NULL,
  shipping_fee_usd       REAL NOT NULL,
  duties_usd             REAL NOT NULL,
  payment_method         TEXT NOT NULL,
  promo_code             TEXT,
  placed_at              INTEGER NOT NULL,
  shipped_at             INTEGER,
  customs_entered_at     INTEGER,
  customs_cleared_at     INTEGER,
  estimated_delivery_at  INTEGER NOT NULL,
  delivered_at           INTEGER
) STRICT;
CREATE INDEX orders_customer ON orders(customer_id, placed_at);
CREATE INDEX orders_region_placed ON orders(region, placed_at);

CREATE TABLE sla_policies (
  region    TEXT NOT NULL,              -- a region code, or '*' for the default policy
  priority  TEXT NOT NULL CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
  hours     REAL NOT NULL CHECK (hours > 0),
  PRIMARY KEY (region, priority)
) STRICT, WITHOUT ROWID;

CREATE TABLE feedback (
  id                 INTEGER PRIMARY KEY,
  customer_id        INTEGER NOT NULL REFERENCES customers(id),
  order_id           INTEGER REFERENCES orders(id),
  region             TEXT NOT NULL REFERENCES regions(code),
  country            TEXT NOT NULL,
  channel            TEXT NOT NULL,
  language           TEXT NOT NULL,
  text               TEXT NOT NULL,
  rating             INTEGER CHECK (rating BETWEEN 1 AND 5),
  category           TEXT NOT NULL,
  status             TEXT NOT NULL CHECK (status IN ('new', 'triaged', 'in_progress', 'waiting_on_carrier', 'waiting_on_customer', 'resolved')),
  priority           TEXT NOT NULL CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
  assignee_id        INTEGER REFERENCES people(id),
  created_at         INTEGER NOT NULL,
  updated_at         INTEGER NOT NULL,
  sla_due_at         INTEGER NOT NULL,
  -- Set while the clock is paused (waiting on carrier or customer); the due time moves on resume.
  sla_paused_at      INTEGER,
  first_response_at  INTEGER,
  resolved_at        INTEGER,
  duplicate_of       INTEGER REFERENCES feedback(id),
  merge_id           INTEGER,
  version            INTEGER NOT NULL DEFAULT 1
) STRICT;
-- Each index serves a view's filter with the sort people use on it.
CREATE INDEX feedback_created ON feedback(created_at);
CREATE INDEX feedback_sla_due ON feedback(sla_due_at);
CREATE INDEX feedback_region_created ON feedback(region, created_at);
-- Open feedback is a small share of all: the queue's default views sort it by these partial indexes.
CREATE INDEX feedback_open_sla_due ON feedback(sla_due_at) WHERE status <> 'resolved' AND duplicate_of IS NULL;
CREATE INDEX feedback_open_created ON feedback(created_at) WHERE status <> 'resolved' AND duplicate_of IS NULL;
CREATE INDEX feedback_open_region_sla_due ON feedback(region, sla_due_at) WHERE status <> 'resolved' AND duplicate_of IS NULL;
CREATE INDEX feedback_status_sla_due ON feedback(status, sla_due_at);
CREATE INDEX feedback_assignee_sla_due ON feedback(assignee_id, sla_due_at);
CREATE INDEX feedback_category_created ON feedback(category, created_at);
CREATE INDEX feedback_priority_sla_due ON feedback(priority, sla_due_at);
CREATE INDEX feedback_customer ON feedback(customer_id, created_at);
CREATE INDEX feedback_order ON feedback(order_id);
CREATE INDEX feedback_duplicate_of ON feedback(duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE TABLE feedback_tags (
  feedback_id  INTEGER NOT NULL REFERENCES feedback(id) ON DELETE CASCADE,
  tag          TEXT NOT NULL,
  PRIMARY KEY (feedback_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX feedback_tags_tag ON feedback_tags(tag, feedback_id);

-- The audit trail: one row per changed field, written in the same transaction as the change.
CREATE TABLE feedback_events (
  id           INTEGER PRIMARY KEY,
  feedback_id  INTEGER NOT NULL REFERENCES feedback(id) ON DELETE CASCADE,
  at           INTEGER NOT NULL,
  actor_id     INTEGER REFERENCES people(id),
  kind         TEXT NOT NULL,
  before       TEXT,
  after        TEXT
) STRICT;
CREATE INDEX feedback_events_feedback ON feedback_events(feedback_id, at);

CREATE TABLE feedback_sla_pauses (
  feedback_id  INTEGER NOT NULL REFERENCES feedback(id) ON DELETE CASCADE,
  paused_at    INTEGER NOT NULL,
  resumed_at   INTEGER,
  reason       TEXT NOT NULL,
  PRIMARY KEY (feedback_id, paused_at)
) STRICT, WITHOUT ROWID;

CREATE TABLE feedback_merges (
  id          INTEGER PRIMARY KEY,
  primary_id  INTEGER NOT NULL REFERENCES feedback(id),
  at          INTEGER NOT NULL,
  actor_id    INTEGER REFERENCES people(id),
  undone_at   INTEGER
) STRICT;

CREATE TABLE saved_views (
  id         INTEGER PRIMARY KEY,
  person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  state      TEXT NOT NULL,
  UNIQUE (person_id, name)
) STRICT;

CREATE TABLE settings (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
) STRICT;

-- Trigram tokens find words in scripts without spaces (Thai, Japanese); shorter terms fall back to LIKE.
CREATE VIRTUAL TABLE feedback_fts USING fts5(text, content='feedback', content_rowid='id', tokenize='trigram');
CREATE TRIGGER feedback_fts_insert AFTER INSERT ON feedback BEGIN
  INSERT INTO feedback_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER feedback_fts_delete AFTER DELETE ON feedback BEGIN
  INSERT INTO feedback_fts(feedback_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER feedback_fts_update AFTER UPDATE OF text ON feedback BEGIN
  INSERT INTO feedback_fts(feedback_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO feedback_fts(rowid, text) VALUES (new.id, new.text);
END;
