-- Compliance and ESG (issue 10), keyed as on the console (main/db/migrations/NNN_compliance.sql) so a pulled row
-- upserts by the same key. Every row carries its region (pulls scope by it); `seq` is the change that last wrote it.
-- As in 001 the values are checked by the code, not here: a push's rows by hub/compliance-push.ts, a pulled row by
-- the console. Evidence bytes arrive in chunks (hub/evidence-upload.ts), checked against their sha256 when complete.

CREATE TABLE compliance_assessments (
  seq                bigint NOT NULL,
  id                 text PRIMARY KEY,
  region             text NOT NULL REFERENCES regions(code),
  framework          text NOT NULL,
  framework_version  text NOT NULL,
  period             text NOT NULL,
  owner_id           bigint,
  due_day            text,
  status             text NOT NULL,
  created_at         bigint NOT NULL,
  updated_at         bigint NOT NULL,
  UNIQUE (region, framework, period)
);

CREATE TABLE compliance_results (
  seq                bigint NOT NULL,
  id              text PRIMARY KEY,
  assessment_id   text NOT NULL REFERENCES compliance_assessments(id),
  region          text NOT NULL,
  requirement_id  text NOT NULL,
  result          text NOT NULL,
  reason          text,
  observation     text,
  owner_id        bigint,
  due_day         text,
  measured_value  double precision,
  updated_at      bigint NOT NULL,
  updated_by      bigint,
  UNIQUE (assessment_id, requirement_id)
);

CREATE TABLE compliance_findings (
  seq                bigint NOT NULL,
  id              text PRIMARY KEY,
  assessment_id   text NOT NULL REFERENCES compliance_assessments(id),
  region          text NOT NULL,
  requirement_id  text NOT NULL,
  title           text NOT NULL,
  severity        text NOT NULL,
  status          text NOT NULL,
  source          text NOT NULL,
  created_at      bigint NOT NULL,
  created_by      bigint,
  updated_at      bigint NOT NULL
);
CREATE INDEX compliance_findings_assessment ON compliance_findings(assessment_id);

CREATE TABLE compliance_actions (
  seq                bigint NOT NULL,
  id          text PRIMARY KEY,
  finding_id  text NOT NULL REFERENCES compliance_findings(id),
  region      text NOT NULL,
  title       text NOT NULL,
  owner_id    bigint,
  due_day     text,
  status      text NOT NULL,
  updated_at  bigint NOT NULL
);
CREATE INDEX compliance_actions_finding ON compliance_actions(finding_id);

CREATE TABLE compliance_evidence (
  seq                bigint NOT NULL,
  id           text PRIMARY KEY,
  region       text NOT NULL REFERENCES regions(code),
  title        text NOT NULL,
  valid_until  text,
  created_at   bigint NOT NULL,
  created_by   bigint
);
CREATE INDEX compliance_evidence_region ON compliance_evidence(region, valid_until);

CREATE TABLE compliance_evidence_revisions (
  seq                bigint NOT NULL,
  id           text PRIMARY KEY,
  evidence_id  text NOT NULL REFERENCES compliance_evidence(id),
  region       text NOT NULL,
  revision     bigint NOT NULL,
  sha256       text NOT NULL,
  file_name    text NOT NULL,
  mime         text NOT NULL,
  size         bigint NOT NULL,
  uploaded_at  bigint NOT NULL,
  uploaded_by  bigint,
  UNIQUE (evidence_id, revision)
);
CREATE INDEX compliance_evidence_revisions_sha ON compliance_evidence_revisions(sha256);

CREATE TABLE compliance_evidence_links (
  seq                bigint NOT NULL,
  result_id    text NOT NULL REFERENCES compliance_results(id),
  evidence_id  text NOT NULL REFERENCES compliance_evidence(id),
  region       text NOT NULL,
  linked_at    bigint NOT NULL,
  PRIMARY KEY (result_id, evidence_id)
);
CREATE INDEX compliance_evidence_links_evidence ON compliance_evidence_links(evidence_id);

CREATE TABLE compliance_signoffs (
  seq                bigint NOT NULL,
  id             text PRIMARY KEY,
  assessment_id  text NOT NULL REFERENCES compliance_assessments(id),
  region         text NOT NULL,
  kind           text NOT NULL,
  person_id      bigint NOT NULL,
  at             bigint NOT NULL,
  hash           text,
  reason         text
);
CREATE INDEX compliance_signoffs_assessment ON compliance_signoffs(assessment_id, at);

CREATE TABLE compliance_incidents (
  seq                bigint NOT NULL,
  id           text PRIMARY KEY,
  region       text NOT NULL REFERENCES regions(code),
  kind         text NOT NULL,
  title        text NOT NULL,
  detected_at  bigint NOT NULL,
  status       text NOT NULL,
  created_by   bigint,
  affected     bigint
);

CREATE TABLE compliance_notifications (
  seq                bigint NOT NULL,
  id           text PRIMARY KEY,
  incident_id  text NOT NULL REFERENCES compliance_incidents(id),
  region       text NOT NULL,
  rule_id      text NOT NULL,
  due_at       bigint NOT NULL,
  notified_at  bigint,
  notified_by  bigint,
  note         text
);
CREATE INDEX compliance_notifications_incident ON compliance_notifications(incident_id);

CREATE INDEX compliance_assessments_seq ON compliance_assessments(seq);
CREATE INDEX compliance_results_seq ON compliance_results(seq);
CREATE INDEX compliance_findings_seq ON compliance_findings(seq);
CREATE INDEX compliance_actions_seq ON compliance_actions(seq);
CREATE INDEX compliance_evidence_seq ON compliance_evidence(seq);
CREATE INDEX compliance_evidence_revisions_seq ON compliance_evidence_revisions(seq);
CREATE INDEX compliance_evidence_links_seq ON compliance_evidence_links(seq);
CREATE INDEX compliance_signoffs_seq ON compliance_signoffs(seq);
CREATE INDEX compliance_incidents_seq ON compliance_incidents(seq);
CREATE INDEX compliance_notifications_seq ON compliance_notifications(seq);

-- Evidence bytes by sha256: chunks while an upload is under way, then the whole file once its hash is checked.
CREATE TABLE hub_evidence_chunks (
  sha256   text NOT NULL,
  "offset" bigint NOT NULL,
  bytes    bytea NOT NULL,
  PRIMARY KEY (sha256, "offset")
);

CREATE TABLE hub_evidence_blobs (
  sha256       text PRIMARY KEY,
  size         bigint NOT NULL,
  bytes        bytea NOT NULL,
  received_at  bigint NOT NULL
);
