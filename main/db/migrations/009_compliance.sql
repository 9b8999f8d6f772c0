-- Compliance and ESG checklists (issue 10): assessments of a framework (shared/compliance-library) for a region and a
-- quarter, their requirement results, findings and remediation actions, evidence with revisions and links, sign-offs,
-- and incidents with the notification clocks each law sets. Ids are text made where the row is made, so consoles
-- offline never collide. Evidence bytes live in files named by their sha256 under the app-data folder, not here.

CREATE TABLE compliance_assessments (
  id                 TEXT PRIMARY KEY,
  region             TEXT NOT NULL REFERENCES regions(code),
  framework          TEXT NOT NULL,
  framework_version  TEXT NOT NULL,
  period             TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
  owner_id           INTEGER,
  due_day            TEXT CHECK (due_day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  status             TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'in_review', 'signed_off', 'reopened')),
  created_at         INTEGER NOT NULL,
  updated_at         INTEGER NOT NULL,
  UNIQUE (region, framework, period)
) STRICT;

CREATE TABLE compliance_results (
  id              TEXT PRIMARY KEY,
  assessment_id   TEXT NOT NULL REFERENCES compliance_assessments(id),
  region          TEXT NOT NULL,
  requirement_id  TEXT NOT NULL,
  result          TEXT NOT NULL CHECK (result IN ('to_do', 'in_progress', 'compliant', 'partially_compliant', 'non_compliant', 'not_applicable')),
  -- Not applicable needs its reason (the service says so in words; this keeps a pulled row honest too).
  reason          TEXT CHECK (result <> 'not_applicable' OR length(reason) > 0),
  observation     TEXT,
  owner_id        INTEGER,
  due_day         TEXT CHECK (due_day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  measured_value  REAL,
  updated_at      INTEGER NOT NULL,
  updated_by      INTEGER,
  UNIQUE (assessment_id, requirement_id)
) STRICT;

CREATE TABLE compliance_findings (
  id              TEXT PRIMARY KEY,
  assessment_id   TEXT NOT NULL REFERENCES compliance_assessments(id),
  region          TEXT NOT NULL,
  requirement_id  TEXT NOT NULL,
  title           TEXT NOT NULL,
  severity        TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
  status          TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  source          TEXT NOT NULL CHECK (source IN ('manual', 'kol_post')),
  created_at      INTEGER NOT NULL,
  created_by      INTEGER,
  updated_at      INTEGER NOT NULL
) STRICT;
CREATE INDEX compliance_findings_assessment ON compliance_findings(assessment_id);

CREATE TABLE compliance_actions (
  id          TEXT PRIMARY KEY,
  finding_id  TEXT NOT NULL REFERENCES compliance_findings(id),
  region      TEXT NOT NULL,
  title       TEXT NOT NULL,
  owner_id    INTEGER,
  due_day     TEXT CHECK (due_day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  status      TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done')),
  updated_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX compliance_actions_finding ON compliance_actions(finding_id);

CREATE TABLE compliance_evidence (
  id           TEXT PRIMARY KEY,
  region       TEXT NOT NULL REFERENCES regions(code),
  title        TEXT NOT NULL,
  valid_until  TEXT CHECK (valid_until GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  created_at   INTEGER NOT NULL,
  created_by   INTEGER
) STRICT;
CREATE INDEX compliance_evidence_region ON compliance_evidence(region, valid_until);

-- A new upload is a new revision; old ones stay. The bytes are the file named by sha256.
CREATE TABLE compliance_evidence_revisions (
  id           TEXT PRIMARY KEY,
  evidence_id  TEXT NOT NULL REFERENCES compliance_evidence(id),
  region       TEXT NOT NULL,
  revision     INTEGER NOT NULL CHECK (revision >= 1),
  sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
  file_name    TEXT NOT NULL,
  mime         TEXT NOT NULL,
  size         INTEGER NOT NULL CHECK (size >= 0),
  uploaded_at  INTEGER NOT NULL,
  uploaded_by  INTEGER,
  UNIQUE (evidence_id, revision)
) STRICT;
CREATE INDEX compliance_evidence_revisions_sha ON compliance_evidence_revisions(sha256);

CREATE TABLE compliance_evidence_links (
  result_id    TEXT NOT NULL REFERENCES compliance_results(id),
  evidence_id  TEXT NOT NULL REFERENCES compliance_evidence(id),
  region       TEXT NOT NULL,
  linked_at    INTEGER NOT NULL,
  PRIMARY KEY (result_id, evidence_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX compliance_evidence_links_evidence ON compliance_evidence_links(evidence_id);

-- Each sign-off and each reopening, in order: the newest says whether the assessment is locked and by what hash.
CREATE TABLE compliance_signoffs (
  id             TEXT PRIMARY KEY,
  assessment_id  TEXT NOT NULL REFERENCES compliance_assessments(id),
  region         TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('sign_off', 'reopen')),
  person_id      INTEGER NOT NULL,
  at             INTEGER NOT NULL,
  hash           TEXT CHECK (kind <> 'sign_off' OR length(hash) = 64),
  reason         TEXT CHECK (kind <> 'reopen' OR length(reason) > 0)
) STRICT;
CREATE INDEX compliance_signoffs_assessment ON compliance_signoffs(assessment_id, at);

CREATE TABLE compliance_incidents (
  id           TEXT PRIMARY KEY,
  region       TEXT NOT NULL REFERENCES regions(code),
  kind         TEXT NOT NULL CHECK (kind IN ('personal_data_breach', 'product_safety')),
  title        TEXT NOT NULL,
  detected_at  INTEGER NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  created_by   INTEGER,
  affected     INTEGER CHECK (affected >= 0)
) STRICT;

CREATE TABLE compliance_notifications (
  id           TEXT PRIMARY KEY,
  incident_id  TEXT NOT NULL REFERENCES compliance_incidents(id),
  region       TEXT NOT NULL,
  rule_id      TEXT NOT NULL,
  due_at       INTEGER NOT NULL,
  notified_at  INTEGER,
  notified_by  INTEGER,
  note         TEXT
) STRICT;
CREATE INDEX compliance_notifications_incident ON compliance_notifications(incident_id);

-- This console's own: evidence files it stored that the hub may not have yet (main/services/compliance/evidence-sync.ts).
CREATE TABLE compliance_blob_uploads (
  sha256  TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size    INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- Evidence files a person asked to have here (an older revision, say): the next sync round downloads them.
CREATE TABLE compliance_blob_wants (
  sha256  TEXT PRIMARY KEY CHECK (length(sha256) = 64)
) STRICT, WITHOUT ROWID;
