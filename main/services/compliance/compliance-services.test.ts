import { afterEach, describe, expect, it } from 'vitest';
import { frameworkVersion } from '../../../shared/compliance-library/library';
import { HOUR_MS } from '../../../shared/domain';
import { all, run, value } from '../../db/statement-cache';
import { NOW } from '../../test-support/fixture-db';
import { ServiceError } from '../kit';
import { createAssessment, moveToVersion, setAssessmentStatus, writeAssessment } from './assessments';
import { checklist } from './checklist';
import { addAction, addFinding, setActionStatus, setFindingStatus } from './findings';
import { createIncident, markNotified } from './incidents';
import { setResult, type ResultChange } from './results';
import { rollup } from './rollup';
import { reopen, signOff } from './signoff';
import { complianceFixture, type ComplianceFixture } from './test-support/compliance-fixture';

let fixture: ComplianceFixture;
afterEach(() => fixture?.cleanup());

const change = (resultId: string, result: ResultChange['result'], more: Partial<ResultChange> = {}): ResultChange => ({
  resultId, result, reason: null, observation: null, ownerId: null, dueDay: null, measuredValue: null, ...more,
});

function refusal(run: () => unknown): { code: string; field: string | undefined; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof ServiceError) return { code: error.code, field: error.field, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('assessments and results', () => {
  it('makes a to-do result for each requirement of the region, from the newest framework version', () => {
    fixture = complianceFixture();
    const made = createAssessment(fixture.db, fixture.lead, { region: 'SEA', framework: 'pdpa_sg', period: '2026-Q4', ownerId: 1, dueDay: '2026-12-31' }, NOW);
    expect(made).toMatchObject({ id: 'SEA-pdpa_sg-2026-Q4', frameworkVersion: '2026.1', status: 'planned' });
    expect(value(fixture.db, 'SELECT count(*) FROM compliance_results WHERE assessment_id = ?', [made.id])).toBe(10);
    expect(refusal(() => createAssessment(fixture.db, fixture.lead, { region: 'SEA', framework: 'gdpr', period: '2026-Q4', ownerId: null, dueDay: null }, NOW)))
      .toMatchObject({ code: 'invalid_input', field: 'region' });
    expect(refusal(() => createAssessment(fixture.db, fixture.operator, { region: 'SEA', framework: 'pdpa_sg', period: '2026-Q3', ownerId: null, dueDay: null }, NOW)))
      .toMatchObject({ code: 'forbidden', field: 'region' });
  });

  it('asks a reason for not applicable and scores the weighted share without it', () => {
    fixture = complianceFixture();
    const { id } = createAssessment(fixture.db, fixture.lead, { region: 'SEA', framework: 'pdpa_sg', period: '2026-Q4', ownerId: null, dueDay: null }, NOW);
    expect(refusal(() => setResult(fixture.db, fixture.lead, change(`${id}/pdpa_sg.dnc`, 'not_applicable'), NOW))).toMatchObject({ code: 'invalid_input', field: 'reason' });
    setResult(fixture.db, fixture.lead, change(`${id}/pdpa_sg.dnc`, 'not_applicable', { reason: 'No marketing calls or texts to Singapore numbers' }), NOW);
    setResult(fixture.db, fixture.lead, change(`${id}/pdpa_sg.dpo`, 'compliant'), NOW);
    setResult(fixture.db, fixture.lead, change(`${id}/pdpa_sg.protection`, 'partially_compliant', { dueDay: '2026-11-01' }), NOW);
    const list = checklist(fixture.db, fixture.lead, id, NOW);
    // Weights: dpo 3, protection 3, breach 3, seven others 2 each = 23; without dnc (2) 21. Credit: 3 + 1.5 = 4.5.
    expect(list.score.share).toBeCloseTo(4.5 / 21, 10);
    expect(list.score.counts).toMatchObject({ compliant: 1, partially_compliant: 1, not_applicable: 1, to_do: 7 });
    expect(list.score.overdue).toBe(1);
    expect(list.assessment.status).toBe('in_progress');
    expect(list.items.find((item) => item.requirement.id === 'pdpa_sg.protection')?.overdue).toBe(true);
  });

  it('refuses a measured value on an item that is not measured', () => {
    fixture = complianceFixture();
    const { id } = createAssessment(fixture.db, fixture.lead, { region: 'EU', framework: 'esg', period: '2026-Q4', ownerId: null, dueDay: null }, NOW);
    setResult(fixture.db, fixture.lead, change(`${id}/esg.co2e-per-parcel`, 'compliant', { measuredValue: 1.05 }), NOW);
    expect(value(fixture.db, 'SELECT measured_value FROM compliance_results WHERE id = ?', [`${id}/esg.co2e-per-parcel`])).toBe(1.05);
    expect(refusal(() => setResult(fixture.db, fixture.lead, change(`${id}/esg.lucid`, 'compliant', { measuredValue: 3 }), NOW)))
      .toMatchObject({ code: 'invalid_input', field: 'measuredValue' });
  });

  it('moves an assessment made on GDPR 2025.1 to 2026.1, saying what changed and adding the new requirement as to do', () => {
    fixture = complianceFixture();
    const old = frameworkVersion('gdpr', '2025.1');
    if (!old) throw new Error('GDPR 2025.1 is in the library');
    const made = fixture.db.transaction(() => writeAssessment(fixture.db, { region: 'EU', framework: 'gdpr', period: '2025-Q4', ownerId: null, dueDay: null }, old, NOW))();
    expect(checklist(fixture.db, fixture.lead, made.id, NOW)).toMatchObject({ newerVersion: '2026.1' });
    expect(checklist(fixture.db, fixture.lead, made.id, NOW).items).toHaveLength(24);
    const moved = moveToVersion(fixture.db, fixture.lead, made.id, '2026.1', NOW);
    expect(moved).toEqual({ from: '2025.1', to: '2026.1', added: ['gdpr.tia-china'], removed: [], changed: ['gdpr.security'] });
    const after = checklist(fixture.db, fixture.lead, made.id, NOW);
    expect(after).toMatchObject({ newerVersion: null, assessment: { frameworkVersion: '2026.1' } });
    expect(after.items.find((item) => item.requirement.id === 'gdpr.tia-china')?.result).toBe('to_do');
  });
});

describe('findings and actions', () => {
  it('keeps a finding open until its actions are done', () => {
    fixture = complianceFixture();
    const { id } = createAssessment(fixture.db, fixture.lead, { region: 'EU', framework: 'dsa', period: '2026-Q4', ownerId: null, dueDay: null }, NOW);
    const { findingId } = addFinding(fixture.db, fixture.lead, { resultId: `${id}/dsa.trader-traceability`, title: 'Twelve traders listed without ID checks', severity: 'high' }, NOW);
    const { actionId } = addAction(fixture.db, fixture.lead, { findingId, title: 'Block listing until KYC passes', ownerId: 2, dueDay: '2026-12-15' }, NOW);
    expect(refusal(() => setFindingStatus(fixture.db, fixture.lead, findingId, 'closed', NOW))).toMatchObject({ code: 'conflict' });
    setActionStatus(fixture.db, fixture.lead, actionId, 'done', NOW);
    setFindingStatus(fixture.db, fixture.lead, findingId, 'closed', NOW);
    const item = checklist(fixture.db, fixture.lead, id, NOW).items.find((one) => one.requirement.id === 'dsa.trader-traceability');
    expect(item?.findings).toEqual([
      { id: findingId, title: 'Twelve traders listed without ID checks', severity: 'high', status: 'closed', source: 'manual', actions: [{ id: actionId, title: 'Block listing until KYC passes', ownerId: 2, dueDay: '2026-12-15', status: 'done' }] },
    ]);
  });
});

describe('review, sign-off and the lock', () => {
  function inReview(): string {
    const { id } = createAssessment(fixture.db, fixture.lead, { region: 'EU', framework: 'gpsr', period: '2026-Q4', ownerId: null, dueDay: null }, NOW);
    setResult(fixture.db, fixture.lead, change(`${id}/gpsr.recall`, 'compliant', { observation: 'Recall drill in October' }), NOW);
    return id;
  }

  it('lets only a manager of the region sign off, and only an assessment in review', () => {
    fixture = complianceFixture();
    const id = inReview();
    expect(refusal(() => signOff(fixture.db, fixture.manager, id, NOW))).toMatchObject({ code: 'conflict' });
    setAssessmentStatus(fixture.db, fixture.lead, id, 'in_review', NOW);
    expect(refusal(() => signOff(fixture.db, fixture.lead, id, NOW))).toMatchObject({ code: 'forbidden' });
    expect(refusal(() => signOff(fixture.db, fixture.operator, id, NOW))).toMatchObject({ code: 'forbidden' });
    expect(signOff(fixture.db, fixture.manager, id, NOW + 1000).status).toBe('signed_off');
    const list = checklist(fixture.db, fixture.manager, id, NOW + 2000);
    expect(list.locked).toBe(true);
    expect(list.signature).toMatchObject({ personId: 3, personName: 'Mira Kovac', at: NOW + 1000, intact: true });
    expect(list.signature?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses every change while signed off, until reopened with a reason', () => {
    fixture = complianceFixture();
    const id = inReview();
    setAssessmentStatus(fixture.db, fixture.lead, id, 'in_review', NOW);
    signOff(fixture.db, fixture.manager, id, NOW);
    const locked = { code: 'conflict', message: expect.stringContaining('signed off and locked') };
    expect(refusal(() => setResult(fixture.db, fixture.manager, change(`${id}/gpsr.recall`, 'non_compliant'), NOW))).toMatchObject(locked);
    expect(refusal(() => addFinding(fixture.db, fixture.manager, { resultId: `${id}/gpsr.recall`, title: 'Late recall', severity: 'low' }, NOW))).toMatchObject(locked);
    expect(refusal(() => setAssessmentStatus(fixture.db, fixture.manager, id, 'in_progress', NOW))).toMatchObject(locked);
    expect(refusal(() => moveToVersion(fixture.db, fixture.manager, id, '2026.1', NOW))).toMatchObject(locked);
    expect(value(fixture.db, 'SELECT result FROM compliance_results WHERE id = ?', [`${id}/gpsr.recall`])).toBe('compliant');

    expect(reopen(fixture.db, fixture.lead, id, 'Recall drill evidence was for the wrong product line', NOW + 10).status).toBe('reopened');
    const list = checklist(fixture.db, fixture.lead, id, NOW + 20);
    expect(list).toMatchObject({ locked: false, signature: null, reopenReason: 'Recall drill evidence was for the wrong product line' });
    setResult(fixture.db, fixture.lead, change(`${id}/gpsr.recall`, 'partially_compliant'), NOW + 30);
    expect(value(fixture.db, 'SELECT result FROM compliance_results WHERE id = ?', [`${id}/gpsr.recall`])).toBe('partially_compliant');
  });

  it('shows tampering: a result changed in the file after signing breaks the signature', () => {
    fixture = complianceFixture();
    const id = inReview();
    setAssessmentStatus(fixture.db, fixture.lead, id, 'in_review', NOW);
    signOff(fixture.db, fixture.manager, id, NOW);
    run(fixture.db, "UPDATE compliance_results SET result = 'compliant' WHERE id = ?", [`${id}/gpsr.accidents`]);
    const signature = checklist(fixture.db, fixture.manager, id, NOW).signature;
    expect(signature?.intact).toBe(false);
    expect(signature?.currentHash).not.toBe(signature?.hash);
  });
});

describe('the roll-up grid', () => {
  it('gives each granted region its frameworks, the latest period\'s score and the trend over periods', () => {
    fixture = complianceFixture();
    const q3 = createAssessment(fixture.db, fixture.lead, { region: 'SEA', framework: 'pdpa_sg', period: '2026-Q3', ownerId: null, dueDay: null }, NOW);
    createAssessment(fixture.db, fixture.lead, { region: 'SEA', framework: 'pdpa_sg', period: '2026-Q4', ownerId: null, dueDay: null }, NOW);
    for (const requirement of ['dpo', 'policies', 'consent', 'notification', 'access-correction', 'protection', 'retention', 'transfer', 'breach', 'dnc']) {
      setResult(fixture.db, fixture.lead, change(`${q3.id}/pdpa_sg.${requirement}`, 'compliant'), NOW);
    }
    const cells = rollup(fixture.db, fixture.lead, ['2026-Q4', '2026-Q3'], NOW);
    const sea = cells.find((cell) => cell.region === 'SEA' && cell.framework === 'pdpa_sg');
    expect(sea).toMatchObject({ period: '2026-Q4', trend: [1, 0], status: 'planned', assessmentId: 'SEA-pdpa_sg-2026-Q4' });
    // SEA: low-value VAT, Singapore, Thailand and Indonesia privacy, ESG; EU: GDPR, DSA, GPSR, VAT, ESG.
    expect(cells.filter((cell) => cell.region === 'SEA').map((cell) => cell.framework)).toEqual(['low_value_vat', 'pdpa_sg', 'pdpa_th', 'pdp_id', 'esg']);
    expect(cells.filter((cell) => cell.region === 'EU').map((cell) => cell.framework)).toEqual(['gdpr', 'dsa', 'gpsr', 'low_value_vat', 'esg']);
    expect(rollup(fixture.db, fixture.operator, ['2026-Q4'], NOW).every((cell) => cell.region === 'EU')).toBe(true);
  });
});

describe('incidents', () => {
  it('starts the clock of each law of the region: Singapore 3 calendar days, Thailand and Indonesia 72 hours', () => {
    fixture = complianceFixture();
    const detectedAt = NOW - 2 * HOUR_MS;
    const incident = createIncident(fixture.db, fixture.lead, { region: 'SEA', kind: 'personal_data_breach', title: 'Courier portal exposed addresses', detectedAt, affected: 1200 }, NOW);
    expect(incident.notifications.map((n) => [n.ruleId, n.dueAt])).toEqual([
      ['pdp-id-46', detectedAt + 72 * HOUR_MS],
      ['pdpa-sg-26d', detectedAt + 72 * HOUR_MS],
      ['pdpa-th-37', detectedAt + 72 * HOUR_MS],
    ]);
    const singapore = incident.notifications.find((n) => n.ruleId === 'pdpa-sg-26d')?.id as string;
    const notified = markNotified(fixture.db, fixture.lead, singapore, 'Filed on the PDPC portal', NOW);
    expect(notified.notifications.find((n) => n.ruleId === 'pdpa-sg-26d')).toMatchObject({ notifiedAt: NOW, notifiedBy: 1 });
    expect(refusal(() => markNotified(fixture.db, fixture.lead, singapore, null, NOW))).toMatchObject({ code: 'conflict' });
  });

  it('gives an EU breach the GDPR 72 hours, and refuses a region not granted', () => {
    fixture = complianceFixture();
    const incident = createIncident(fixture.db, fixture.operator, { region: 'EU', kind: 'personal_data_breach', title: 'Mailing list sent in CC', detectedAt: NOW, affected: 40 }, NOW);
    expect(incident.notifications).toEqual([expect.objectContaining({ ruleId: 'gdpr-33', dueAt: NOW + 72 * HOUR_MS, authority: 'Lead supervisory authority' })]);
    expect(refusal(() => createIncident(fixture.db, fixture.operator, { region: 'SEA', kind: 'product_safety', title: 'Charger overheating', detectedAt: NOW, affected: null }, NOW)))
      .toMatchObject({ code: 'forbidden', field: 'region' });
  });
});

describe('the outbox', () => {
  it('queues every compliance row written, in the order written, once the console syncs with a hub', () => {
    fixture = complianceFixture();
    run(fixture.db, "INSERT INTO sync_state (singleton, hub_url, client_id) VALUES (1, 'http://127.0.0.1:1', 'console-test-1')");
    const { id } = createAssessment(fixture.db, fixture.lead, { region: 'SEA', framework: 'pdpa_sg', period: '2026-Q4', ownerId: null, dueDay: null }, NOW);
    setResult(fixture.db, fixture.lead, change(`${id}/pdpa_sg.dpo`, 'compliant'), NOW);
    const queued = all<{ name: string; args: string }>(fixture.db, 'SELECT name, args FROM sync_outbox ORDER BY id').map((row) => ({ name: row.name, ...JSON.parse(row.args) }));
    expect(queued.map((entry) => entry.table)).toEqual(['compliance_assessments', ...Array(10).fill('compliance_results'), 'compliance_results', 'compliance_assessments']);
    expect(queued[11]?.row.slice(0, 5)).toEqual([`${id}/pdpa_sg.dpo`, id, 'SEA', 'pdpa_sg.dpo', 'compliant']);
  });
});
