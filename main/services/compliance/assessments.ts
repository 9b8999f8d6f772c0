// Assessments: made from the framework version of their day, moved through review, and moved to a newer version
// of their framework with what changed said out loud.
import type { AssessmentSummary, VersionMove } from '../../../shared/compliance-types';
import { diffVersions, frameworkVersion, latestFramework } from '../../../shared/compliance-library/library';
import type { Framework } from '../../../shared/compliance-library/schema';
import type { Person, RegionCode } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { all, get } from '../../db/statement-cache';
import { ServiceError } from '../kit';
import { assertGranted, assertUnlocked, loadAssessment, toSummary, type AssessmentRow } from './access';
import { putRow } from './rows';

export const assessmentId = (region: RegionCode, framework: string, period: string): string => `${region}-${framework}-${period}`;
export const resultId = (assessment: string, requirementId: string): string => `${assessment}/${requirementId}`;

export function requirementsFor(framework: Framework, region: RegionCode) {
  return framework.requirements.filter((requirement) => requirement.regions.includes(region));
}

export function frameworkOf(assessment: Pick<AssessmentRow, 'framework' | 'framework_version'>): Framework {
  const framework = frameworkVersion(assessment.framework, assessment.framework_version);
  if (!framework) throw new ServiceError('not_found', `This console does not know ${assessment.framework} version ${assessment.framework_version}: update it`);
  return framework;
}

export interface NewAssessment {
  region: RegionCode;
  framework: string;
  period: string;
  ownerId: number | null;
  dueDay: string | null;
}

/** Writes the assessment and a to-do result for each requirement of the region; the caller holds the transaction. */
export function writeAssessment(db: Db, input: NewAssessment, framework: Framework, at: number): AssessmentRow {
  const row: AssessmentRow = {
    id: assessmentId(input.region, framework.id, input.period),
    region: input.region,
    framework: framework.id,
    framework_version: framework.version,
    period: input.period,
    owner_id: input.ownerId,
    due_day: input.dueDay,
    status: 'planned',
    created_at: at,
    updated_at: at,
  };
  putRow(db, 'compliance_assessments', { ...row }, at);
  for (const requirement of requirementsFor(framework, input.region)) {
    putRow(db, 'compliance_results', {
      id: resultId(row.id, requirement.id), assessment_id: row.id, region: input.region, requirement_id: requirement.id,
      result: 'to_do', owner_id: input.ownerId, due_day: input.dueDay, updated_at: at,
    }, at);
  }
  return row;
}

export function createAssessment(db: Db, person: Person, input: NewAssessment, at: number): AssessmentSummary {
  assertGranted(person, input.region, 'region');
  const framework = latestFramework(input.framework);
  if (!framework) throw new ServiceError('invalid_input', `There is no framework "${input.framework}" in the library`, 'framework');
  if (!framework.regions.includes(input.region)) throw new ServiceError('invalid_input', `${framework.name} does not apply to ${input.region}`, 'region');
  return db.transaction(() => {
    const existing = get<{ id: string }>(db, 'SELECT id FROM compliance_assessments WHERE region = ? AND framework = ? AND period = ?', [input.region, framework.id, input.period]);
    if (existing) throw new ServiceError('conflict', `${input.region} already has a ${framework.name} assessment for ${input.period}`, 'period');
    return toSummary(writeAssessment(db, input, framework, at));
  })();
}

export function listAssessments(db: Db, person: Person, filter: { region?: RegionCode; framework?: string }): AssessmentSummary[] {
  const regions = filter.region ? person.regions.filter((region) => region === filter.region) : person.regions;
  return all<AssessmentRow>(
    db,
    `SELECT * FROM compliance_assessments WHERE region IN (SELECT value FROM json_each(?)) AND (? IS NULL OR framework = ?)
     ORDER BY period DESC, region, framework`,
    [JSON.stringify(regions), filter.framework ?? null, filter.framework ?? null],
  ).map(toSummary);
}

const NEXT: Record<string, readonly string[]> = { in_progress: ['planned', 'in_review', 'reopened'], in_review: ['planned', 'in_progress', 'reopened'] };

/** Starts work, or hands the assessment to review; sign-off has its own call (managers only). */
export function setAssessmentStatus(db: Db, person: Person, id: string, status: 'in_progress' | 'in_review', at: number): AssessmentSummary {
  return db.transaction(() => {
    const assessment = loadAssessment(db, person, id);
    assertUnlocked(assessment);
    if (assessment.status === status) return toSummary(assessment);
    if (!NEXT[status]?.includes(assessment.status)) {
      throw new ServiceError('conflict', `An assessment ${assessment.status.replace('_', ' ')} cannot go to ${status.replace('_', ' ')}`, 'status');
    }
    const next = { ...assessment, status, updated_at: at };
    putRow(db, 'compliance_assessments', { ...next }, at);
    return toSummary(next);
  })();
}

/** Moves an assessment to a newer version: new requirements start as to do; results of dropped ones stay stored but no longer count. */
export function moveToVersion(db: Db, person: Person, id: string, version: string, at: number): VersionMove {
  return db.transaction(() => {
    const assessment = loadAssessment(db, person, id);
    assertUnlocked(assessment);
    const from = frameworkOf(assessment);
    const to = frameworkVersion(assessment.framework, version);
    if (!to) throw new ServiceError('invalid_input', `${from.name} has no version ${version}`, 'version');
    if (to.version <= from.version) throw new ServiceError('invalid_input', `Version ${version} is not newer than ${from.version}`, 'version');
    const diff = diffVersions(from, to);
    const next = { ...assessment, framework_version: to.version, updated_at: at };
    putRow(db, 'compliance_assessments', { ...next }, at);
    const applicable = new Set(requirementsFor(to, assessment.region).map((requirement) => requirement.id));
    for (const requirementId of diff.added.filter((added) => applicable.has(added))) {
      putRow(db, 'compliance_results', {
        id: resultId(assessment.id, requirementId), assessment_id: assessment.id, region: assessment.region, requirement_id: requirementId,
        result: 'to_do', owner_id: assessment.owner_id, due_day: assessment.due_day, updated_at: at,
      }, at);
    }
    const inRegion = (ids: string[], framework: Framework) => ids.filter((one) => requirementsFor(framework, assessment.region).some((r) => r.id === one));
    return { from: from.version, to: to.version, added: inRegion(diff.added, to), removed: inRegion(diff.removed, from), changed: inRegion(diff.changed, to) };
  })();
}
