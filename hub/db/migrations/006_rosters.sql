-- KOL and community rosters (issue 9), keyed and named as on the console (main/db/migrations, rosters) and in
-- shared/tables/rosters-tables.ts. Every row carries its region (pulls and pushes scope by it) and `seq`, the change
-- that last wrote it. As in 001, values are checked by the console on pull and by the push's own checks
-- (shared/rosters-mutations.ts); the unique keys that decide whether a row may exist at all are kept here too.

CREATE TABLE kols (
  id                  bigint PRIMARY KEY,
  region              text NOT NULL REFERENCES regions(code),
  name                text NOT NULL,
  platform            text NOT NULL,
  handle              text NOT NULL,
  profile_url         text,
  followers           bigint NOT NULL,
  engagement_rate     double precision NOT NULL,
  audience_countries  text NOT NULL,
  languages           text NOT NULL,
  niches              text NOT NULL,
  contact             text,
  agency              text,
  rate_card           text,
  status              text NOT NULL,
  owner_id            bigint,
  tags                text NOT NULL,
  notes               text NOT NULL,
  updated_at          bigint NOT NULL,
  seq                 bigint NOT NULL
);
CREATE UNIQUE INDEX kols_platform_handle ON kols(platform, handle);
CREATE INDEX kols_seq ON kols(seq);

CREATE TABLE campaigns (
  id          bigint PRIMARY KEY,
  region      text NOT NULL REFERENCES regions(code),
  name        text NOT NULL,
  objective   text NOT NULL,
  starts_on   text NOT NULL,
  ends_on     text NOT NULL,
  budget_usd  double precision NOT NULL,
  updated_at  bigint NOT NULL,
  seq         bigint NOT NULL
);
CREATE INDEX campaigns_seq ON campaigns(seq);

CREATE TABLE campaign_members (
  id            bigint PRIMARY KEY,
  region        text NOT NULL,
  campaign_id   bigint NOT NULL,
  kol_id        bigint,
  community_id  bigint,
  seq           bigint NOT NULL
);
CREATE INDEX campaign_members_seq ON campaign_members(seq);

CREATE TABLE kol_contracts (
  id                 bigint PRIMARY KEY,
  region             text NOT NULL,
  kol_id             bigint NOT NULL,
  campaign_id        bigint NOT NULL,
  fee_amount         double precision NOT NULL,
  fee_currency       text NOT NULL,
  fee_usd            double precision NOT NULL,
  commission_pct     double precision NOT NULL,
  seeding_usd        double precision NOT NULL,
  deliverables       text NOT NULL,
  usage_rights       text NOT NULL,
  exclusivity        text,
  disclosure_clause  bigint NOT NULL,
  signed_on          text,
  file_name          text,
  file_sha256        text,
  status             text NOT NULL,
  approved_by        bigint,
  updated_at         bigint NOT NULL,
  seq                bigint NOT NULL
);
CREATE INDEX kol_contracts_seq ON kol_contracts(seq);

CREATE TABLE promo_codes (
  id            bigint PRIMARY KEY,
  region        text NOT NULL,
  code          text NOT NULL,
  kol_id        bigint,
  community_id  bigint,
  campaign_id   bigint,
  discount_pct  double precision NOT NULL,
  valid_from    bigint NOT NULL,
  valid_until   bigint,
  max_uses      bigint,
  seq           bigint NOT NULL
);
CREATE UNIQUE INDEX promo_codes_code ON promo_codes(region, upper(code));
CREATE INDEX promo_codes_seq ON promo_codes(seq);

CREATE TABLE kol_posts (
  id           bigint PRIMARY KEY,
  region       text NOT NULL,
  kol_id       bigint NOT NULL,
  campaign_id  bigint,
  platform     text NOT NULL,
  url          text NOT NULL,
  posted_at    bigint NOT NULL,
  views        bigint NOT NULL,
  likes        bigint NOT NULL,
  comments     bigint NOT NULL,
  shares       bigint NOT NULL,
  clicks       bigint NOT NULL,
  disclosed    bigint NOT NULL,
  seq          bigint NOT NULL
);
CREATE UNIQUE INDEX kol_posts_url ON kol_posts(url);
CREATE INDEX kol_posts_seq ON kol_posts(seq);

CREATE TABLE communities (
  id          bigint PRIMARY KEY,
  region      text NOT NULL REFERENCES regions(code),
  platform    text NOT NULL,
  name        text NOT NULL,
  language    text NOT NULL,
  purpose     text NOT NULL,
  moderators  text NOT NULL,
  status      text NOT NULL,
  updated_at  bigint NOT NULL,
  seq         bigint NOT NULL
);
CREATE UNIQUE INDEX communities_platform_name ON communities(region, platform, name);
CREATE INDEX communities_seq ON communities(seq);

CREATE TABLE community_snapshots (
  id              bigint PRIMARY KEY,
  region          text NOT NULL,
  community_id    bigint NOT NULL,
  week            text NOT NULL,
  members         bigint NOT NULL,
  active_members  bigint NOT NULL,
  messages        bigint NOT NULL,
  events          bigint NOT NULL,
  seq             bigint NOT NULL
);
CREATE UNIQUE INDEX community_snapshots_week ON community_snapshots(community_id, week);
CREATE INDEX community_snapshots_seq ON community_snapshots(seq);

CREATE TABLE community_members (
  id              bigint PRIMARY KEY,
  region          text NOT NULL,
  community_id    bigint NOT NULL,
  handle          text NOT NULL,
  role            text NOT NULL,
  joined_on       text NOT NULL,
  left_on         text,
  customer_id     bigint,
  consent_basis   text,
  consent_at      bigint,
  consent_source  text,
  seq             bigint NOT NULL,
  CHECK (customer_id IS NULL OR (consent_basis IS NOT NULL AND consent_at IS NOT NULL AND consent_source IS NOT NULL))
);
CREATE UNIQUE INDEX community_members_handle ON community_members(community_id, handle);
CREATE INDEX community_members_seq ON community_members(seq);

CREATE TABLE customer_acquisitions (
  customer_id   bigint PRIMARY KEY,
  region        text NOT NULL,
  kol_id        bigint,
  community_id  bigint,
  campaign_id   bigint,
  promo_code    text,
  via           text NOT NULL,
  acquired_at   bigint NOT NULL,
  seq           bigint NOT NULL
);
CREATE INDEX customer_acquisitions_seq ON customer_acquisitions(seq);
