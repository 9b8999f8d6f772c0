// The assessment `checklist_open` times, as issue 10 sets it: ONE assessment of 200 requirements. The library's
// largest framework has 25, so the bench generates its own, from a fixed seed (the same rows every run), checked
// against the library's schema, and assesses it for the EU in 2026-Q4 with results, findings with their actions
// and links to the demo's EU evidence in about the demo's proportions.
import { frameworkSchema, type Cadence, type Framework } from '../shared/compliance-library/schema';
import { RESULT_VALUES, type ResultValue } from '../shared/compliance';
import type { Db } from '../main/db/open';
import { column, run } from '../main/db/statement-cache';
import { Rng } from '../main/seed/random';

const REQUIREMENTS = 200;
const CADENCES: readonly Cadence[] = ['once', 'yearly', 'quarterly', 'monthly', 'per_campaign'];
const RESULT_WEIGHTS: Record<ResultValue, number> = {
  to_do: 15, in_progress: 20, compliant: 40, partially_compliant: 10, non_compliant: 8, not_applicable: 7,
};

export function benchFramework(): Framework {
  const rng = new Rng(200);
  return frameworkSchema.parse({
    id: 'bench200',
    version: '2026.1',
    name: 'Bench framework of 200 requirements',
    kind: 'esg',
    regions: ['EU'],
    requirements: Array.from({ length: REQUIREMENTS }, (_unused, i) => ({
      id: `bench200.req-${String(i + 1).padStart(3, '0')}`,
      group: `Group ${Math.floor(i / 20) + 1}`,
      title: `Bench requirement ${i + 1}`,
      reference: { act: 'Bench act', article: `Art. ${i + 1}` },
      regions: ['EU'],
      guidance: `Generated guidance for bench requirement ${i + 1}, as long as a real one is.`,
      evidence: ['Policy document', 'Review log'].slice(0, rng.int(1, 2)),
      cadence: rng.pick(CADENCES),
      weight: rng.int(1, 3),
      ...(i % 10 === 0 ? { measure: { unit: '%', target: 80, better: 'higher' } } : {}),
    })),
  });
}

/** Writes the assessment of `framework` for EU 2026-Q4 and returns its id. */
export function seedBenchAssessment(db: Db, framework: Framework, now: number): string {
  const rng = new Rng(2026);
  const id = 'EU-bench200-2026-Q4';
  const evidence = column<string>(db, "SELECT id FROM compliance_evidence WHERE region = 'EU' ORDER BY id");
  const values = RESULT_VALUES;
  const weights = values.map((value) => RESULT_WEIGHTS[value]);
  db.transaction(() => {
    run(db, `INSERT INTO compliance_assessments (id, region, framework, framework_version, period, owner_id, due_day, status, created_at, updated_at)
             VALUES (?, 'EU', ?, ?, '2026-Q4', 12, '2026-12-31', 'in_progress', ?, ?)`, [id, framework.id, framework.version, now, now]);
    for (const requirement of framework.requirements) {
      const resultId = `${id}/${requirement.id}`;
      const result = rng.weighted(values, weights);
      run(db, `INSERT INTO compliance_results (id, assessment_id, region, requirement_id, result, reason, observation, owner_id, due_day, measured_value, updated_at, updated_by)
               VALUES (?, ?, 'EU', ?, ?, ?, ?, 12, ?, ?, ?, 12)`, [
        resultId, id, requirement.id, result, result === 'not_applicable' ? 'Not in scope for the bench' : null,
        result === 'partially_compliant' ? 'Gaps found' : null, `2026-12-${String(rng.int(1, 31)).padStart(2, '0')}`,
        requirement.measure ? rng.int(50, 100) : null, now,
      ]);
      if (result === 'partially_compliant' || result === 'non_compliant') {
        run(db, `INSERT INTO compliance_findings (id, assessment_id, region, requirement_id, title, severity, status, source, created_at, created_by, updated_at)
                 VALUES (?, ?, 'EU', ?, ?, 'medium', 'open', 'manual', ?, 12, ?)`, [`f-${resultId}`, id, requirement.id, `${requirement.title}: not fully in place`, now, now]);
        run(db, `INSERT INTO compliance_actions (id, finding_id, region, title, owner_id, due_day, status, updated_at) VALUES (?, ?, 'EU', 'Put it in place', 12, NULL, 'open', ?)`,
          [`a-${resultId}`, `f-${resultId}`, now]);
      }
      if (evidence.length > 0 && rng.chance(0.6)) {
        run(db, "INSERT INTO compliance_evidence_links (result_id, evidence_id, region, linked_at) VALUES (?, ?, 'EU', ?)", [resultId, rng.pick(evidence), now]);
      }
    }
  })();
  return id;
}
