// Review and sign-off: only a manager of the region signs off an assessment in review; the sign-off records who,
// when and the hash of every result and evidence hash; a reopening needs a reason and unlocks the assessment.
import { randomUUID } from 'node:crypto';
import type { AssessmentSummary, Signature } from '../../../shared/compliance-types';
import type { Person } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { get } from '../../db/statement-cache';
import { ServiceError } from '../kit';
import { loadAssessment, toSummary, type AssessmentRow } from './access';
import { putRow } from './rows';
import { signatureHash } from './signature';

interface SignoffRow {
  kind: 'sign_off' | 'reopen';
  person_id: number;
  at: number;
  hash: string | null;
  reason: string | null;
}

export function signOff(db: Db, person: Person, id: string, at: number): AssessmentSummary {
  return db.transaction(() => {
    const assessment = loadAssessment(db, person, id);
    if (person.role !== 'manager') throw new ServiceError('forbidden', `Only a manager of ${assessment.region} can sign off an assessment`);
    if (assessment.status !== 'in_review') {
      throw new ServiceError('conflict', `The assessment is ${assessment.status.replace('_', ' ')}: hand it to review before signing off`);
    }
    const hash = signatureHash(db, assessment.id, assessment.framework_version, at);
    putRow(db, 'compliance_signoffs', { id: `s-${randomUUID()}`, assessment_id: assessment.id, region: assessment.region, kind: 'sign_off', person_id: person.id, at, hash }, at);
    const next: AssessmentRow = { ...assessment, status: 'signed_off', updated_at: at };
    putRow(db, 'compliance_assessments', { ...next }, at);
    return toSummary(next);
  })();
}

export function reopen(db: Db, person: Person, id: string, reason: string, at: number): AssessmentSummary {
  return db.transaction(() => {
    const assessment = loadAssessment(db, person, id);
    if (assessment.status !== 'signed_off') throw new ServiceError('conflict', 'Only a signed-off assessment can be reopened');
    // The reopening goes first: the hub takes it while the assessment is still locked, and then the status.
    putRow(db, 'compliance_signoffs', { id: `s-${randomUUID()}`, assessment_id: assessment.id, region: assessment.region, kind: 'reopen', person_id: person.id, at, reason }, at);
    const next: AssessmentRow = { ...assessment, status: 'reopened', updated_at: at };
    putRow(db, 'compliance_assessments', { ...next }, at);
    return toSummary(next);
  })();
}

function lastSignoff(db: Db, assessmentId: string): SignoffRow | undefined {
  return get<SignoffRow>(db, 'SELECT kind, person_id, at, hash, reason FROM compliance_signoffs WHERE assessment_id = ? ORDER BY at DESC, rowid DESC LIMIT 1', [assessmentId]);
}

/** The standing signature of a signed-off assessment, checked against the store as it is now. */
export function signatureOf(db: Db, assessment: AssessmentRow): { signature: Signature | null; reopenReason: string | null } {
  const last = lastSignoff(db, assessment.id);
  if (!last) return { signature: null, reopenReason: null };
  if (last.kind === 'reopen') return { signature: null, reopenReason: assessment.status === 'reopened' ? last.reason : null };
  const currentHash = signatureHash(db, assessment.id, assessment.framework_version, last.at);
  const personName = get<{ name: string }>(db, 'SELECT name FROM people WHERE id = ?', [last.person_id])?.name ?? `#${last.person_id}`;
  const hash = last.hash ?? '';
  return { signature: { personId: last.person_id, personName, at: last.at, hash, currentHash, intact: hash === currentHash }, reopenReason: null };
}
