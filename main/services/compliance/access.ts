// Reading an assessment or a result for a person: missing and not-granted read alike, and a signed-off assessment
// refuses every change until it is reopened.
import type { AssessmentStatus } from '../../../shared/compliance';
import type { AssessmentSummary } from '../../../shared/compliance-types';
import type { Person, RegionCode } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { get } from '../../db/statement-cache';
import { ServiceError } from '../kit';

export interface AssessmentRow {
  id: string;
  region: RegionCode;
  framework: string;
  framework_version: string;
  period: string;
  owner_id: number | null;
  due_day: string | null;
  status: AssessmentStatus;
  created_at: number;
  updated_at: number;
}

export interface ResultRow {
  id: string;
  assessment_id: string;
  region: RegionCode;
  requirement_id: string;
  result: string;
  reason: string | null;
  observation: string | null;
  owner_id: number | null;
  due_day: string | null;
  measured_value: number | null;
  updated_at: number;
  updated_by: number | null;
}

export function toSummary(row: AssessmentRow): AssessmentSummary {
  return {
    id: row.id,
    region: row.region,
    framework: row.framework,
    frameworkVersion: row.framework_version,
    period: row.period,
    ownerId: row.owner_id,
    dueDay: row.due_day,
    status: row.status,
  };
}

export function assertGranted(person: Person, region: RegionCode, field: string): void {
  if (!person.regions.includes(region)) throw new ServiceError('forbidden', `You are not granted ${region}`, field);
}

export function loadAssessment(db: Db, person: Person, id: string, field = 'assessmentId'): AssessmentRow {
  const row = get<AssessmentRow>(db, 'SELECT * FROM compliance_assessments WHERE id = ?', [id]);
  if (!row || !person.regions.includes(row.region)) throw new ServiceError('not_found', `There is no assessment ${id} in the regions you are granted`, field);
  return row;
}

export function assertUnlocked(assessment: AssessmentRow): void {
  if (assessment.status === 'signed_off') {
    throw new ServiceError('conflict', `The ${assessment.framework} assessment for ${assessment.region} ${assessment.period} is signed off and locked: reopen it with a reason to change it`);
  }
}

/** A result and its assessment, for a change: refused while the assessment is locked. */
export function loadResultForChange(db: Db, person: Person, resultId: string, field = 'resultId'): { result: ResultRow; assessment: AssessmentRow } {
  const result = get<ResultRow>(db, 'SELECT * FROM compliance_results WHERE id = ?', [resultId]);
  if (!result || !person.regions.includes(result.region)) throw new ServiceError('not_found', `There is no requirement result ${resultId} in the regions you are granted`, field);
  const assessment = loadAssessment(db, person, result.assessment_id, field);
  assertUnlocked(assessment);
  return { result, assessment };
}

/** Moves an assessment on from planned when work starts on it; every other status stays. */
export function touchAssessment(assessment: AssessmentRow, at: number): AssessmentRow {
  const status: AssessmentStatus = assessment.status === 'planned' ? 'in_progress' : assessment.status;
  return { ...assessment, status, updated_at: at };
}
