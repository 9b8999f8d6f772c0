-- The regional hub: every region's data, the change sequence consoles pull by, accounts and the record of
-- each console's mutations. Timestamps are UTC epoch milliseconds (bigint), as in the console.

-- One row: the hub's change sequence. A writing transaction locks it first (FOR UPDATE) and stamps its
-- number on every row it writes, so writers commit in sequence order (see hub/PROTOCOL.md).
CREATE TABLE hub_sequence (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  seq        bigint NOT NULL
);
INSERT INTO hub_sequence VALUES (true, 0);

-- The epoch changes when the data set is replaced, so an old cursor cannot be mistaken for a current one;
-- tombstones at or below the horizon have been pruned, so cursors below it are stale.
CREATE TABLE hub_state (
  singleton          boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  epoch              text NOT NULL,
  tombstone_horizon  bigint NOT NULL DEFAULT 0
);
INSERT INTO hub_state (epoch) VALUES (replace(gen_random_uuid()::text, '-', ''));

CREATE TABLE regions (
  code       text PRIMARY KEY,
  name       text NOT NULL,
  currency   text NOT NULL,
  time_zone  text NOT NULL,
  locale     text NOT NULL,
  seq        bigint NOT NULL
);

CREATE TABLE people (
  id     bigint PRIMARY KEY,
  name   text NOT NULL,
  email  text NOT NULL UNIQUE,
  role   text NOT NULL CHECK (role IN ('operator', 'support_lead', 'manager', 'admin')),
  seq    bigint NOT NULL
);

CREATE TABLE people_regions (
  person_id  bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  region     text NOT NULL REFERENCES regions(code),
  seq        bigint NOT NULL,
  PRIMARY KEY (person_id, region)
);

CREATE TABLE sla_policies (
  region    text NOT NULL,
  priority  text NOT NULL CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
  hours     double precision NOT NULL CHECK (hours > 0),
  seq       bigint NOT NULL,
  PRIMARY KEY (region, priority)
);

CREATE TABLE customers (
  id                  bigint PRIMARY KEY,
  region              text NOT NULL REFERENCES regions(code),
  country             text NOT NULL,
  name                text NOT NULL,
  email               text NOT NULL,
  signup_at           bigint NOT NULL,
  signup_channel      text NOT NULL,
  segment             text NOT NULL,
  first_order_at      bigint,
  last_order_at       bigint,
  orders_count        integer NOT NULL DEFAULT 0,
  lifetime_value_usd  double precision NOT NULL DEFAULT 0,
  seq                 bigint NOT NULL
);
CREATE INDEX customers_seq ON customers(seq);

CREATE TABLE orders (
  id                     bigint PRIMARY KEY,
  customer_id            bigint NOT NULL REFERENCES customers(id),
  region                 text NOT NULL REFERENCES regions(code),
  country                text NOT NULL,
  status                 text NOT NULL,
  carrier                text NOT NULL,
  tracking_number        text NOT NULL,
  fulfilment             text NOT NULL,
  currency               text NOT NULL,
  amount_local           double precision NOT NULL,
  amount_usd             double precision NOT NULL,
  shipping_fee_usd       double precision NOT NULL,
  duties_usd             double precision NOT NULL,
  payment_method         text NOT NULL,
  promo_code             text,
  placed_at              bigint NOT NULL,
  shipped_at             bigint,
  customs_entered_at     bigint,
  customs_cleared_at     bigint,
  estimated_delivery_at  bigint NOT NULL,
  delivered_at           bigint,
  seq                    bigint NOT NULL
);
CREATE INDEX orders_seq ON orders(seq);

-- Source systems feed the hub more freely than a console accepts (a new language, say): the console
-- checks each row it pulls and sets aside what it cannot store.
CREATE TABLE feedback (
  id                 bigint PRIMARY KEY,
  customer_id        bigint NOT NULL REFERENCES customers(id),
  order_id           bigint REFERENCES orders(id),
  region             text NOT NULL REFERENCES regions(code),
  country            text NOT NULL,
  channel            text NOT NULL,
  language           text NOT NULL,
  text               text NOT NULL,
  rating             integer,
  category           text NOT NULL,
  status             text NOT NULL,
  priority           text NOT NULL,
  assignee_id        bigint REFERENCES people(id),
  created_at         bigint NOT NULL,
  updated_at         bigint NOT NULL,
  sla_due_at         bigint NOT NULL,
  sla_paused_at      bigint,
  first_response_at  bigint,
  resolved_at        bigint,
  duplicate_of       bigint REFERENCES feedback(id),
  merge_id           bigint,
  version            integer NOT NULL DEFAULT 1,
  seq                bigint NOT NULL
);
CREATE INDEX feedback_seq ON feedback(seq);
CREATE INDEX feedback_merge ON feedback(merge_id) WHERE merge_id IS NOT NULL;

-- The rows hanging off a feedback item keep the item's region, so a pull can scope them without a join.
CREATE TABLE feedback_tags (
  feedback_id  bigint NOT NULL REFERENCES feedback(id) ON DELETE CASCADE,
  tag          text NOT NULL,
  region       text NOT NULL,
  seq          bigint NOT NULL,
  PRIMARY KEY (feedback_id, tag)
);
CREATE INDEX feedback_tags_seq ON feedback_tags(seq);

CREATE TABLE feedback_events (
  id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  feedback_id  bigint NOT NULL REFERENCES feedback(id) ON DELETE CASCADE,
  at           bigint NOT NULL,
  actor_id     bigint REFERENCES people(id),
  kind         text NOT NULL,
  before       text,
  after        text,
  region       text NOT NULL,
  seq          bigint NOT NULL
);
CREATE INDEX feedback_events_seq ON feedback_events(seq);
CREATE INDEX feedback_events_feedback ON feedback_events(feedback_id);

CREATE TABLE feedback_sla_pauses (
  feedback_id  bigint NOT NULL REFERENCES feedback(id) ON DELETE CASCADE,
  paused_at    bigint NOT NULL,
  resumed_at   bigint,
  reason       text NOT NULL,
  region       text NOT NULL,
  seq          bigint NOT NULL,
  PRIMARY KEY (feedback_id, paused_at)
);
CREATE INDEX feedback_sla_pauses_seq ON feedback_sla_pauses(seq);

-- A merge made offline is found again by the console and mutation that made it.
CREATE TABLE feedback_merges (
  id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  primary_id   bigint NOT NULL REFERENCES feedback(id),
  at           bigint NOT NULL,
  actor_id     bigint REFERENCES people(id),
  undone_at    bigint,
  region       text NOT NULL,
  client_id    text,
  mutation_id  bigint,
  seq          bigint NOT NULL,
  UNIQUE (client_id, mutation_id)
);
CREATE INDEX feedback_merges_seq ON feedback_merges(seq);

-- Deletions, for consoles to replay; a key deleted and written again loses its tombstone.
CREATE TABLE hub_tombstones (
  tbl     text NOT NULL,
  key     jsonb NOT NULL,
  region  text,
  seq     bigint NOT NULL,
  PRIMARY KEY (tbl, key)
);
CREATE INDEX hub_tombstones_seq ON hub_tombstones(seq);

CREATE TABLE hub_tokens (
  token_hash  text PRIMARY KEY,
  person_id   bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  label       text NOT NULL,
  created_at  bigint NOT NULL
);

-- Per console: the last mutation applied (or rejected), written in the transaction of its effects.
CREATE TABLE hub_clients (
  client_id         text PRIMARY KEY,
  person_id         bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  last_mutation_id  bigint NOT NULL DEFAULT 0,
  seq               bigint NOT NULL DEFAULT 0
);

-- Each mutation's answer, so a retried one gets the answer it had rather than being applied again.
CREATE TABLE hub_mutation_results (
  client_id    text NOT NULL REFERENCES hub_clients(client_id) ON DELETE CASCADE,
  mutation_id  bigint NOT NULL,
  result       jsonb NOT NULL,
  PRIMARY KEY (client_id, mutation_id)
);
