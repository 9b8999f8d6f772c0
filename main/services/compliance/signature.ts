// The hash a sign-off records: every result of the assessment and the sha256 of every evidence revision linked to
// it as of the signing, in one canonical order. Computed again later, any change since (a result edited in the file,
// a revision's hash rewritten) gives another hash, and the screen says the signature no longer holds.
import { createHash } from 'node:crypto';
import type { Db } from '../../db/open';
import { all } from '../../db/statement-cache';

interface HashedResult {
  requirement_id: string;
  result: string;
  reason: string | null;
  observation: string | null;
  measured_value: number | null;
}

interface HashedEvidence {
  requirement_id: string;
  evidence_id: string;
  revision: number;
  sha256: string;
}

export function signatureHash(db: Db, assessmentId: string, frameworkVersion: string, asOf: number): string {
  const results = all<HashedResult>(
    db,
    `SELECT requirement_id, result, reason, observation, measured_value FROM compliance_results WHERE assessment_id = ? ORDER BY requirement_id`,
    [assessmentId],
  );
  const evidence = all<HashedEvidence>(
    db,
    `SELECT r.requirement_id, v.evidence_id, v.revision, v.sha256
     FROM compliance_results r
     JOIN compliance_evidence_links l ON l.result_id = r.id
     JOIN compliance_evidence_revisions v ON v.evidence_id = l.evidence_id AND v.uploaded_at <= ?
     WHERE r.assessment_id = ?
     ORDER BY r.requirement_id, v.evidence_id, v.revision`,
    [asOf, assessmentId],
  );
  const canonical = JSON.stringify({
    assessmentId,
    frameworkVersion,
    results: results.map((r) => [r.requirement_id, r.result, r.reason, r.observation, r.measured_value]),
    evidence: evidence.map((e) => [e.requirement_id, e.evidence_id, e.revision, e.sha256]),
  });
  return createHash('sha256').update(canonical).digest('hex');
}
