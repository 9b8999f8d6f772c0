-- KOL and community rosters (issue 9): shared/tables/rosters-tables.ts declares these tables; the hub's rosters
-- migration creates the same. Days ('YYYY-MM-DD') are local dates in the region's time zone, times UTC epoch ms.
-- Lists a person types (audience countries, languages, niches, tags) are comma-separated texts; tags are kept
-- lower case and sorted (shared/rosters.ts tagText), so equal sets compare equal and conflicts are per field.

CREATE TABLE kols (
  id                  INTEGER PRIMARY KEY,
  region              TEXT NOT NULL REFERENCES regions(code),
  name                TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  platform            TEXT NOT NULL CHECK (platform IN ('tiktok', 'instagram', 'youtube', 'facebook', 'x', 'shopee_live',
                        'line', 'naver_blog', 'kwai', 'snapchat', 'xiaohongshu')),
  -- Normalised (shared/rosters.ts normaliseHandle): no '@', lower case; one per platform.
  handle              TEXT NOT NULL CHECK (length(handle) BETWEEN 1 AND 100),
  profile_url         TEXT,
  followers           INTEGER NOT NULL CHECK (followers >= 0),
  engagement_rate     REAL NOT NULL CHECK (engagement_rate BETWEEN 0 AND 1),
  audience_countries  TEXT NOT NULL,
  languages           TEXT NOT NULL,
  niches              TEXT NOT NULL,
  contact             TEXT,
  agency              TEXT,
  -- JSON: [{deliverable, amount, currency, usd}].
  rate_card           TEXT,
  status              TEXT NOT NULL CHECK (status IN ('prospect', 'contacted', 'negotiating', 'contracted', 'active',
                        'paused', 'ended', 'blocked')),
  owner_id            INTEGER,
  tags                TEXT NOT NULL DEFAULT '',
  notes               TEXT NOT NULL DEFAULT '',
  updated_at          INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX kols_platform_handle ON kols(platform, handle);
-- The grid's default order (most followers first), for every region and for one.
CREATE INDEX kols_followers ON kols(followers DESC, id);
CREATE INDEX kols_region_followers ON kols(region, followers DESC, id);
-- Search by part of a name in any script, or of a handle: a trigram index over both (terms of 3 characters and more;
-- shorter ones scan). Set aside and rebuilt around bulk loads like feedback_fts (main/db/bulk-load.ts).
CREATE VIRTUAL TABLE kols_search USING fts5(name, handle, content='kols', content_rowid='id', tokenize='trigram');
CREATE TRIGGER kols_search_insert AFTER INSERT ON kols BEGIN
  INSERT INTO kols_search(rowid, name, handle) VALUES (new.id, new.name, new.handle);
END;
CREATE TRIGGER kols_search_delete AFTER DELETE ON kols BEGIN
  INSERT INTO kols_search(kols_search, rowid, name, handle) VALUES ('delete', old.id, old.name, old.handle);
END;
CREATE TRIGGER kols_search_update AFTER UPDATE OF name, handle ON kols BEGIN
  INSERT INTO kols_search(kols_search, rowid, name, handle) VALUES ('delete', old.id, old.name, old.handle);
  INSERT INTO kols_search(rowid, name, handle) VALUES (new.id, new.name, new.handle);
END;
CREATE INDEX kols_status ON kols(status, region);

CREATE TABLE campaigns (
  id          INTEGER PRIMARY KEY,
  region      TEXT NOT NULL REFERENCES regions(code),
  -- The name marketing_spend.campaign carries for the campaign's KOL spend.
  name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  objective   TEXT NOT NULL CHECK (objective IN ('awareness', 'acquisition', 'retention', 'launch', 'sales')),
  starts_on   TEXT NOT NULL CHECK (starts_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  ends_on     TEXT NOT NULL CHECK (ends_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND ends_on >= starts_on),
  budget_usd  REAL NOT NULL CHECK (budget_usd >= 0),
  updated_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX campaigns_region_start ON campaigns(region, starts_on);

CREATE TABLE campaign_members (
  id            INTEGER PRIMARY KEY,
  region        TEXT NOT NULL,
  campaign_id   INTEGER NOT NULL,
  kol_id        INTEGER,
  community_id  INTEGER,
  CHECK ((kol_id IS NULL) <> (community_id IS NULL))
) STRICT;
CREATE INDEX campaign_members_campaign ON campaign_members(campaign_id);
CREATE INDEX campaign_members_kol ON campaign_members(kol_id) WHERE kol_id IS NOT NULL;

CREATE TABLE kol_contracts (
  id                 INTEGER PRIMARY KEY,
  region             TEXT NOT NULL,
  kol_id             INTEGER NOT NULL,
  campaign_id        INTEGER NOT NULL,
  fee_amount         REAL NOT NULL CHECK (fee_amount >= 0),
  fee_currency       TEXT NOT NULL CHECK (length(fee_currency) = 3),
  fee_usd            REAL NOT NULL CHECK (fee_usd >= 0),
  commission_pct     REAL NOT NULL CHECK (commission_pct BETWEEN 0 AND 100),
  -- Products sent to the KOL, at cost.
  seeding_usd        REAL NOT NULL CHECK (seeding_usd >= 0),
  -- JSON: {platform: number of posts}.
  deliverables       TEXT NOT NULL,
  usage_rights       TEXT NOT NULL,
  exclusivity        TEXT,
  disclosure_clause  INTEGER NOT NULL CHECK (disclosure_clause IN (0, 1)),
  signed_on          TEXT,
  file_name          TEXT,
  file_sha256        TEXT CHECK (file_sha256 IS NULL OR length(file_sha256) = 64),
  status             TEXT NOT NULL CHECK (status IN ('draft', 'awaiting_approval', 'approved', 'signed', 'cancelled')),
  approved_by        INTEGER,
  updated_at         INTEGER NOT NULL
) STRICT;
CREATE INDEX kol_contracts_kol ON kol_contracts(kol_id);
CREATE INDEX kol_contracts_campaign ON kol_contracts(campaign_id);

CREATE TABLE promo_codes (
  id            INTEGER PRIMARY KEY,
  region        TEXT NOT NULL,
  -- As written; unique in its region whatever the case, and an order's code matches it whatever the case.
  code          TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 40),
  kol_id        INTEGER,
  community_id  INTEGER,
  campaign_id   INTEGER,
  discount_pct  REAL NOT NULL CHECK (discount_pct BETWEEN 0 AND 100),
  valid_from    INTEGER NOT NULL,
  valid_until   INTEGER,
  max_uses      INTEGER CHECK (max_uses IS NULL OR max_uses > 0),
  CHECK (kol_id IS NULL OR community_id IS NULL)
) STRICT;
CREATE UNIQUE INDEX promo_codes_code ON promo_codes(region, upper(code));
CREATE INDEX promo_codes_kol ON promo_codes(kol_id) WHERE kol_id IS NOT NULL;
-- Attribution reads a region's orders by the code they used, whatever its case.
CREATE INDEX orders_region_promo_code ON orders(region, upper(promo_code), placed_at) WHERE promo_code IS NOT NULL;

CREATE TABLE kol_posts (
  id           INTEGER PRIMARY KEY,
  region       TEXT NOT NULL,
  kol_id       INTEGER NOT NULL,
  campaign_id  INTEGER,
  platform     TEXT NOT NULL,
  url          TEXT NOT NULL,
  posted_at    INTEGER NOT NULL,
  views        INTEGER NOT NULL CHECK (views >= 0),
  likes        INTEGER NOT NULL CHECK (likes >= 0),
  comments     INTEGER NOT NULL CHECK (comments >= 0),
  shares       INTEGER NOT NULL CHECK (shares >= 0),
  clicks       INTEGER NOT NULL CHECK (clicks >= 0),
  -- Whether the post says it is an ad (#ad, "paid partnership"...): the FTC, EU and ASA rules ask for one.
  disclosed    INTEGER NOT NULL CHECK (disclosed IN (0, 1))
) STRICT;
CREATE INDEX kol_posts_kol ON kol_posts(kol_id, posted_at);
CREATE UNIQUE INDEX kol_posts_url ON kol_posts(url);

CREATE TABLE communities (
  id          INTEGER PRIMARY KEY,
  region      TEXT NOT NULL REFERENCES regions(code),
  platform    TEXT NOT NULL CHECK (platform IN ('whatsapp', 'line', 'telegram', 'discord', 'facebook_group', 'kakaotalk', 'wechat')),
  name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  language    TEXT NOT NULL,
  purpose     TEXT NOT NULL CHECK (purpose IN ('vip', 'new_buyers', 'category_fans', 'local', 'support')),
  -- Ids of people of the console, comma-separated.
  moderators  TEXT NOT NULL DEFAULT '',
  status      TEXT NOT NULL CHECK (status IN ('active', 'paused', 'archived')),
  updated_at  INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX communities_platform_name ON communities(region, platform, name);

CREATE TABLE community_snapshots (
  id              INTEGER PRIMARY KEY,
  region          TEXT NOT NULL,
  community_id    INTEGER NOT NULL,
  week            TEXT NOT NULL CHECK (week GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'),
  members         INTEGER NOT NULL CHECK (members >= 0),
  active_members  INTEGER NOT NULL CHECK (active_members BETWEEN 0 AND members),
  messages        INTEGER NOT NULL CHECK (messages >= 0),
  events          INTEGER NOT NULL CHECK (events >= 0)
) STRICT;
CREATE UNIQUE INDEX community_snapshots_week ON community_snapshots(community_id, week);

CREATE TABLE community_members (
  id              INTEGER PRIMARY KEY,
  region          TEXT NOT NULL,
  community_id    INTEGER NOT NULL,
  handle          TEXT NOT NULL,
  role            TEXT NOT NULL CHECK (role IN ('member', 'moderator', 'ambassador')),
  joined_on       TEXT NOT NULL,
  left_on         TEXT,
  customer_id     INTEGER,
  consent_basis   TEXT CHECK (consent_basis IN ('consent', 'contract', 'legitimate_interest')),
  consent_at      INTEGER,
  consent_source  TEXT,
  -- No link to a customer without a recorded consent.
  CHECK (customer_id IS NULL OR (consent_basis IS NOT NULL AND consent_at IS NOT NULL AND consent_source IS NOT NULL))
) STRICT;
CREATE UNIQUE INDEX community_members_handle ON community_members(community_id, handle);
CREATE INDEX community_members_customer ON community_members(customer_id) WHERE customer_id IS NOT NULL;

-- Who acquired a customer (docs/metrics.md, "KOL and community attribution"): the owner of the code their first
-- order used, or of the referral link they signed up by.
CREATE TABLE customer_acquisitions (
  customer_id   INTEGER PRIMARY KEY,
  region        TEXT NOT NULL,
  kol_id        INTEGER,
  community_id  INTEGER,
  campaign_id   INTEGER,
  promo_code    TEXT,
  via           TEXT NOT NULL CHECK (via IN ('code', 'referral')),
  acquired_at   INTEGER NOT NULL,
  CHECK ((kol_id IS NULL) <> (community_id IS NULL))
) STRICT;
CREATE INDEX customer_acquisitions_kol ON customer_acquisitions(kol_id, acquired_at) WHERE kol_id IS NOT NULL;
CREATE INDEX customer_acquisitions_community ON customer_acquisitions(community_id, acquired_at) WHERE community_id IS NOT NULL;
CREATE INDEX customer_acquisitions_campaign ON customer_acquisitions(campaign_id) WHERE campaign_id IS NOT NULL;

-- The roster rows each waiting edit touches: a pulled row for one of them is skipped until the hub has answered
-- (the hub stamps every row an edit names, so the next pull brings it again).
CREATE TABLE rosters_outbox_rows (
  tbl          TEXT NOT NULL,
  row_id       INTEGER NOT NULL,
  mutation_id  INTEGER NOT NULL,
  PRIMARY KEY (tbl, row_id, mutation_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX rosters_outbox_rows_mutation ON rosters_outbox_rows(mutation_id);
-- An outbox entry leaves (confirmed, or set aside as malformed): so do its rows.
CREATE TRIGGER rosters_outbox_rows_done AFTER DELETE ON sync_outbox BEGIN
  DELETE FROM rosters_outbox_rows WHERE mutation_id = old.id;
END;

-- A conflict names its table: feedback (feedback_id is the item) or a roster table (feedback_id is the row's id).
ALTER TABLE sync_conflicts ADD COLUMN tbl TEXT NOT NULL DEFAULT 'feedback';
