// The roll-up of a set of results: the weighted share compliant (not applicable leaves the share), counts by
// result and overdue items. One function for the checklist, the grid and the packs, so they always agree.
import { RESULT_CREDIT, RESULT_VALUES, type ResultValue } from '../../../shared/compliance';
import type { Score } from '../../../shared/compliance-types';

export interface ScoredResult {
  result: ResultValue;
  weight: number;
  dueDay: string | null;
}

/** Not done and past its due day: what is compliant or not applicable is never overdue. */
export function isOverdue(result: ResultValue, dueDay: string | null, today: string): boolean {
  return dueDay !== null && dueDay < today && result !== 'compliant' && result !== 'not_applicable';
}

export function score(results: readonly ScoredResult[], today: string): Score {
  const counts = Object.fromEntries(RESULT_VALUES.map((value) => [value, 0])) as Record<ResultValue, number>;
  let weighted = 0;
  let weights = 0;
  let overdue = 0;
  for (const item of results) {
    counts[item.result] += 1;
    const credit = RESULT_CREDIT[item.result];
    if (credit !== null) {
      weighted += credit * item.weight;
      weights += item.weight;
    }
    if (isOverdue(item.result, item.dueDay, today)) overdue += 1;
  }
  return { share: weights === 0 ? null : weighted / weights, counts, overdue };
}

export const dayOf = (at: number): string => new Date(at).toISOString().slice(0, 10);
