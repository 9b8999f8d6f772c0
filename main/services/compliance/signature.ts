// The hash a sign-off records (shared/compliance-signature.ts says what it covers). Computed again later, any change
// since (a result edited in the file, a revision's hash rewritten) gives another hash, and the screen says so.
import { createHash } from 'node:crypto';
import { signatureText, type SignedEvidence, type SignedResult } from '../../../shared/compliance-signature';
import type { Db } from '../../db/open';
import { all } from '../../db/statement-cache';

export function signatureHash(db: Db, assessmentId: string, frameworkVersion: string, asOf: number): string {
  const results = all<SignedResult>(
    db,
    `SELECT requirement_id AS requirementId, result, reason, observation, measured_value AS measuredValue FROM compliance_results WHERE assessment_id = ?`,
    [assessmentId],
  );
  const evidence = all<SignedEvidence>(
    db,
    `SELECT r.requirement_id AS requirementId, v.evidence_id AS evidenceId, v.revision, v.sha256
     FROM compliance_results r
     JOIN compliance_evidence_links l ON l.result_id = r.id
     JOIN compliance_evidence_revisions v ON v.evidence_id = l.evidence_id AND v.uploaded_at <= ?
     WHERE r.assessment_id = ?`,
    [asOf, assessmentId],
  );
  return createHash('sha256').update(signatureText(assessmentId, frameworkVersion, results, evidence)).digest('hex');
}
