// A sign-off's hash, computed again by the hub from the results and evidence hashes it holds when the sign-off
// arrives (shared/compliance-signature.ts says what it covers): a console whose store was altered, or which signed
// rows the hub refused, cannot have the hub keep a signature over something else than what the hub shows others.
import { createHash } from 'node:crypto';
import { signatureText, type SignedEvidence, type SignedResult } from '../shared/compliance-signature';
import type { Client } from './db/pool';

export async function hubSignatureHash(client: Client, assessmentId: string, asOf: number): Promise<string | null> {
  const { rows: found } = await client.query<{ framework_version: string }>('SELECT framework_version FROM compliance_assessments WHERE id = $1', [assessmentId]);
  const assessment = found[0];
  if (!assessment) return null;
  const { rows: results } = await client.query<SignedResult>(
    `SELECT requirement_id AS "requirementId", result, reason, observation, measured_value AS "measuredValue" FROM compliance_results WHERE assessment_id = $1`,
    [assessmentId],
  );
  const { rows: evidence } = await client.query<SignedEvidence>(
    `SELECT r.requirement_id AS "requirementId", v.evidence_id AS "evidenceId", v.revision, v.sha256
     FROM compliance_results r
     JOIN compliance_evidence_links l ON l.result_id = r.id
     JOIN compliance_evidence_revisions v ON v.evidence_id = l.evidence_id AND v.uploaded_at <= $2
     WHERE r.assessment_id = $1`,
    [assessmentId, asOf],
  );
  return createHash('sha256').update(signatureText(assessmentId, assessment.framework_version, results, evidence)).digest('hex');
}

/**
 * Why the hub refuses a signing, or null: a sign-off whose hash is not that of what the hub holds, or an assessment
 * marked signed off without a standing sign-off (its sign-off, sent first, was refused).
 */
export async function signatureRefusal(client: Client, table: string, values: Record<string, unknown>, current: { status: string } | null): Promise<string | null> {
  if (table === 'compliance_assessments' && values.status === 'signed_off' && current?.status !== 'signed_off') {
    const { rows } = await client.query<{ kind: string }>('SELECT kind FROM compliance_signoffs WHERE assessment_id = $1 ORDER BY at DESC, id DESC LIMIT 1', [values.id]);
    return rows[0]?.kind === 'sign_off' ? null : `Assessment ${String(values.id)} has no sign-off the hub accepted: it stays unsigned`;
  }
  if (table !== 'compliance_signoffs' || values.kind !== 'sign_off') return null;
  const assessmentId = String(values.assessment_id);
  const hash = await hubSignatureHash(client, assessmentId, Number(values.at));
  if (hash === null || hash === values.hash) return null;
  return `The sign-off of assessment ${assessmentId} carries the hash ${String(values.hash)}, but the results and evidence the hub holds hash to ${hash}: sync the assessment's changes first, then sign off again`;
}
