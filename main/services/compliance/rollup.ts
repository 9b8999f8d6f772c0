// The region x framework grid: for each granted region and each framework that applies to it, the score of the
// latest period asked for, the trend over the periods, evidence expiring within 30 days and open incidents.
import type { ResultValue } from '../../../shared/compliance';
import type { RollupCell, Score } from '../../../shared/compliance-types';
import { FRAMEWORKS } from '../../../shared/compliance-library/library';
import type { Person, RegionCode } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { all, tuples } from '../../db/statement-cache';
import type { AssessmentRow } from './access';
import { frameworkOf } from './assessments';
import { dayOf, score } from './score';

const EXPIRING_DAYS = 30;

export function rollup(db: Db, person: Person, periods: string[], now: number): RollupCell[] {
  const today = dayOf(now);
  const ordered = [...new Set(periods)].sort();
  const latest = ordered.at(-1) as string;
  const regions = JSON.stringify(person.regions);
  const assessments = all<AssessmentRow>(
    db,
    `SELECT * FROM compliance_assessments WHERE region IN (SELECT value FROM json_each(?)) AND period IN (SELECT value FROM json_each(?))`,
    [regions, JSON.stringify(ordered)],
  );
  const results = tuples<[string, string, string, string | null]>(
    db,
    `SELECT r.assessment_id, r.requirement_id, r.result, r.due_day FROM compliance_results r
     WHERE r.assessment_id IN (SELECT value FROM json_each(?))`,
    [JSON.stringify(assessments.map((a) => a.id))],
  );
  const byAssessment = new Map<string, [string, string, string | null][]>();
  for (const [assessmentId, requirementId, result, dueDay] of results) {
    const list = byAssessment.get(assessmentId);
    if (list) list.push([requirementId, result, dueDay]);
    else byAssessment.set(assessmentId, [[requirementId, result, dueDay]]);
  }
  const scores = new Map<string, Score>();
  for (const assessment of assessments) {
    const weights = new Map(frameworkOf(assessment).requirements.map((requirement) => [requirement.id, requirement.weight]));
    const scored = (byAssessment.get(assessment.id) ?? [])
      .filter(([requirementId]) => weights.has(requirementId))
      .map(([requirementId, result, dueDay]) => ({ result: result as ResultValue, weight: weights.get(requirementId) as number, dueDay }));
    scores.set(assessment.id, score(scored, today));
  }
  const key = (region: string, framework: string, period: string) => `${region}|${framework}|${period}`;
  const found = new Map(assessments.map((a) => [key(a.region, a.framework, a.period), a]));
  const until = dayOf(now + EXPIRING_DAYS * 86_400_000);
  const expiring = new Map(
    tuples<[RegionCode, number]>(
      db,
      `SELECT region, count(*) FROM compliance_evidence WHERE region IN (SELECT value FROM json_each(?)) AND valid_until >= ? AND valid_until <= ? GROUP BY region`,
      [regions, today, until],
    ),
  );
  const incidents = new Map(
    tuples<[RegionCode, number]>(db, `SELECT region, count(*) FROM compliance_incidents WHERE status = 'open' AND region IN (SELECT value FROM json_each(?)) GROUP BY region`, [regions]),
  );
  const cells: RollupCell[] = [];
  for (const region of person.regions) {
    for (const framework of FRAMEWORKS.filter((f) => f.regions.includes(region))) {
      const current = found.get(key(region, framework.id, latest));
      cells.push({
        region,
        framework: framework.id,
        period: latest,
        trend: ordered.map((period) => {
          const assessment = found.get(key(region, framework.id, period));
          return assessment ? (scores.get(assessment.id)?.share ?? null) : null;
        }),
        assessmentId: current?.id ?? null,
        status: current?.status ?? null,
        score: current ? (scores.get(current.id) ?? null) : null,
        evidenceExpiring: expiring.get(region) ?? 0,
        openIncidents: incidents.get(region) ?? 0,
      });
    }
  }
  return cells;
}
