// One assessment as a checklist: each requirement of its framework version for its region, with the result,
// evidence and findings, the lock and the signature as it stands now.
import type { ResultValue } from '../../../shared/compliance';
import type { Checklist, ChecklistItem, EvidenceRef, FindingView } from '../../../shared/compliance-types';
import { latestFramework } from '../../../shared/compliance-library/library';
import type { Person } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { all } from '../../db/statement-cache';
import { loadAssessment, toSummary, type ResultRow } from './access';
import { frameworkOf, requirementsFor } from './assessments';
import { relatedFigures } from './related-figures';
import { dayOf, isOverdue, score } from './score';
import { signatureOf } from './signoff';

interface EvidenceJoin extends EvidenceRef {
  resultId: string;
}

interface FindingJoin {
  id: string;
  requirement_id: string;
  title: string;
  severity: string;
  status: string;
  source: string;
  action_id: string | null;
  action_title: string | null;
  owner_id: number | null;
  due_day: string | null;
  action_status: string | null;
}

function findingsByRequirement(db: Db, assessmentId: string): Map<string, FindingView[]> {
  const rows = all<FindingJoin>(
    db,
    `SELECT f.id, f.requirement_id, f.title, f.severity, f.status, f.source, a.id AS action_id, a.title AS action_title, a.owner_id, a.due_day,
            a.status AS action_status
     FROM compliance_findings f LEFT JOIN compliance_actions a ON a.finding_id = f.id
     WHERE f.assessment_id = ? ORDER BY f.created_at, f.id, a.id`,
    [assessmentId],
  );
  const byId = new Map<string, FindingView & { requirementId: string }>();
  for (const row of rows) {
    let finding = byId.get(row.id);
    if (!finding) {
      finding = { id: row.id, requirementId: row.requirement_id, title: row.title, severity: row.severity, status: row.status, source: row.source, actions: [] };
      byId.set(row.id, finding);
    }
    if (row.action_id) finding.actions.push({ id: row.action_id, title: row.action_title ?? '', ownerId: row.owner_id, dueDay: row.due_day, status: row.action_status ?? 'open' });
  }
  const result = new Map<string, FindingView[]>();
  for (const { requirementId, ...finding } of byId.values()) result.set(requirementId, [...(result.get(requirementId) ?? []), finding]);
  return result;
}

function evidenceByResult(db: Db, assessmentId: string): Map<string, EvidenceRef[]> {
  const rows = all<EvidenceJoin>(
    db,
    `SELECT l.result_id AS resultId, e.id AS evidenceId, e.title, v.revision, v.sha256, v.file_name AS fileName, e.valid_until AS validUntil
     FROM compliance_results r
     JOIN compliance_evidence_links l ON l.result_id = r.id
     JOIN compliance_evidence e ON e.id = l.evidence_id
     JOIN compliance_evidence_revisions v ON v.evidence_id = e.id
       AND v.revision = (SELECT max(revision) FROM compliance_evidence_revisions WHERE evidence_id = e.id)
     WHERE r.assessment_id = ? ORDER BY e.title`,
    [assessmentId],
  );
  const result = new Map<string, EvidenceRef[]>();
  for (const { resultId, ...ref } of rows) result.set(resultId, [...(result.get(resultId) ?? []), ref]);
  return result;
}

export function checklist(db: Db, person: Person, assessmentId: string, now: number): Checklist {
  const assessment = loadAssessment(db, person, assessmentId);
  const framework = frameworkOf(assessment);
  const today = dayOf(now);
  const results = new Map(
    all<ResultRow>(db, 'SELECT * FROM compliance_results WHERE assessment_id = ?', [assessmentId]).map((row) => [row.requirement_id, row]),
  );
  const evidence = evidenceByResult(db, assessmentId);
  const findings = findingsByRequirement(db, assessmentId);
  const items: ChecklistItem[] = [];
  const requirements = requirementsFor(framework, assessment.region);
  const figures = relatedFigures(db, assessment.region, requirements.map((requirement) => requirement.id));
  for (const requirement of requirements) {
    const row = results.get(requirement.id);
    if (!row) continue;
    const result = row.result as ResultValue;
    items.push({
      resultId: row.id,
      requirement,
      result,
      reason: row.reason,
      observation: row.observation,
      ownerId: row.owner_id,
      dueDay: row.due_day,
      measuredValue: row.measured_value,
      overdue: isOverdue(result, row.due_day, today),
      evidence: evidence.get(row.id) ?? [],
      findings: findings.get(requirement.id) ?? [],
      figure: figures.get(requirement.id) ?? null,
    });
  }
  const latest = latestFramework(framework.id);
  const { signature, reopenReason } = signatureOf(db, assessment);
  return {
    assessment: toSummary(assessment),
    frameworkName: framework.name,
    newerVersion: latest && latest.version !== framework.version ? latest.version : null,
    locked: assessment.status === 'signed_off',
    signature,
    reopenReason,
    items,
    score: score(items.map((item) => ({ result: item.result, weight: item.requirement.weight, dueDay: item.dueDay })), today),
  };
}
