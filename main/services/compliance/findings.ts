// Findings on a requirement result, and the remediation actions that close them.
import { randomUUID } from 'node:crypto';
import type { ActionStatus, FindingSeverity, FindingStatus } from '../../../shared/compliance';
import type { Person } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { get } from '../../db/statement-cache';
import { ServiceError } from '../kit';
import { assertUnlocked, loadAssessment, loadResultForChange } from './access';
import { putRow } from './rows';

/** A finding as stored, one column per field. */
export interface FindingRow {
  id: string;
  assessment_id: string;
  region: string;
  requirement_id: string;
  title: string;
  severity: string;
  status: string;
  source: string;
  created_at: number;
  created_by: number | null;
  updated_at: number;
}

interface ActionRow {
  id: string;
  finding_id: string;
  region: string;
  title: string;
  owner_id: number | null;
  due_day: string | null;
  status: string;
  updated_at: number;
}

export function addFinding(
  db: Db, person: Person, input: { resultId: string; title: string; severity: FindingSeverity; source?: 'manual' | 'kol_post' }, at: number,
): { findingId: string } {
  return db.transaction(() => {
    const { result } = loadResultForChange(db, person, input.resultId);
    const id = `f-${randomUUID()}`;
    putRow(db, 'compliance_findings', {
      id, assessment_id: result.assessment_id, region: result.region, requirement_id: result.requirement_id, title: input.title,
      severity: input.severity, status: 'open', source: input.source ?? 'manual', created_at: at, created_by: person.id, updated_at: at,
    }, at);
    return { findingId: id };
  })();
}

function loadFinding(db: Db, person: Person, findingId: string, field: string): FindingRow {
  const finding = get<FindingRow>(db, 'SELECT * FROM compliance_findings WHERE id = ?', [findingId]);
  if (!finding || !person.regions.includes(finding.region as never)) throw new ServiceError('not_found', `There is no finding ${findingId} in the regions you are granted`, field);
  assertUnlocked(loadAssessment(db, person, finding.assessment_id, field));
  return finding;
}

export function setFindingStatus(db: Db, person: Person, findingId: string, status: FindingStatus, at: number): { updated: true } {
  return db.transaction(() => {
    const finding = loadFinding(db, person, findingId, 'findingId');
    if (status === 'closed') {
      const open = get<{ title: string }>(db, "SELECT title FROM compliance_actions WHERE finding_id = ? AND status <> 'done' LIMIT 1", [findingId]);
      if (open) throw new ServiceError('conflict', `The action "${open.title}" is not done yet: finish it before closing the finding`, 'status');
    }
    putRow(db, 'compliance_findings', { ...finding, status, updated_at: at }, at);
    return { updated: true } as const;
  })();
}

export function addAction(db: Db, person: Person, input: { findingId: string; title: string; ownerId: number | null; dueDay: string | null }, at: number): { actionId: string } {
  return db.transaction(() => {
    const finding = loadFinding(db, person, input.findingId, 'findingId');
    const id = `a-${randomUUID()}`;
    putRow(db, 'compliance_actions', {
      id, finding_id: finding.id, region: finding.region, title: input.title, owner_id: input.ownerId, due_day: input.dueDay, status: 'open', updated_at: at,
    }, at);
    return { actionId: id };
  })();
}

export function setActionStatus(db: Db, person: Person, actionId: string, status: ActionStatus, at: number): { updated: true } {
  return db.transaction(() => {
    const action = get<ActionRow>(db, 'SELECT * FROM compliance_actions WHERE id = ?', [actionId]);
    if (!action || !person.regions.includes(action.region as never)) throw new ServiceError('not_found', `There is no action ${actionId} in the regions you are granted`, 'actionId');
    loadFinding(db, person, action.finding_id, 'actionId');
    putRow(db, 'compliance_actions', { ...action, status, updated_at: at }, at);
    return { updated: true } as const;
  })();
}
