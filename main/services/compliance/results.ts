// Setting a requirement's result: not applicable needs a reason, a measured value only fits an ESG item that has
// a measure, and a signed-off assessment refuses the change.
import type { ResultValue } from '../../../shared/compliance';
import { requirementOf } from '../../../shared/compliance-library/library';
import type { Person } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { ServiceError } from '../kit';
import { loadResultForChange, touchAssessment } from './access';
import { frameworkOf } from './assessments';
import { putRow } from './rows';

export interface ResultChange {
  resultId: string;
  result: ResultValue;
  reason: string | null;
  observation: string | null;
  ownerId: number | null;
  dueDay: string | null;
  measuredValue: number | null;
}

export function setResult(db: Db, person: Person, change: ResultChange, at: number): { updated: true } {
  if (change.result === 'not_applicable' && !change.reason) {
    throw new ServiceError('invalid_input', 'Say why the requirement is not applicable: a reason is required', 'reason');
  }
  return db.transaction(() => {
    const { result, assessment } = loadResultForChange(db, person, change.resultId);
    const requirement = requirementOf(frameworkOf(assessment), result.requirement_id);
    if (change.measuredValue !== null && !requirement?.measure) {
      throw new ServiceError('invalid_input', `${result.requirement_id} is not measured: leave the value empty`, 'measuredValue');
    }
    putRow(db, 'compliance_results', {
      ...result,
      result: change.result,
      reason: change.reason,
      observation: change.observation,
      owner_id: change.ownerId,
      due_day: change.dueDay,
      measured_value: change.measuredValue,
      updated_at: at,
      updated_by: person.id,
    }, at);
    if (assessment.status === 'planned') putRow(db, 'compliance_assessments', { ...touchAssessment(assessment, at) }, at);
    return { updated: true } as const;
  })();
}
