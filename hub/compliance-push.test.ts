// Compliance rows pushed to a real hub on real PostgreSQL: kept to the person's regions, signed off only by a
// manager of the region and only from review, locked once signed off until reopened, and pulled by the region's
// consoles only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mutation, PullResponse, PushResponse } from '../shared/hub-protocol';
import { seededHub, TOKENS, type HubFixture } from './test-support/hub-fixture';

let fixture: HubFixture;
beforeAll(async () => {
  fixture = await seededHub('hub_compliance_push', 50);
}, 60_000);
afterAll(async () => fixture?.cleanup());

const AT = Date.UTC(2026, 10, 20, 10);
const DANIEL = 'demo-daniel-12';
const ASSESSMENT = 'EU-gdpr-2026-Q4';
const RESULT = `${ASSESSMENT}/gdpr.dpia`;

async function post(path: string, token: string, body: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(`${fixture.hub.url}/v1/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

let nextId = 0;
const clientIds: Record<string, string> = {};
async function push(token: string, ...rows: [string, unknown[]][]): Promise<PushResponse['results']> {
  const clientId = (clientIds[token] ??= `compliance-${token}`);
  const mutations: Mutation[] = rows.map(([table, row]) => ({ id: ++nextId, name: 'compliance.put', at: AT, args: { table, row } }) as Mutation);
  const { status, json } = await post('push', token, { clientId, sentAt: AT, mutations });
  expect(status).toBe(200);
  return (json as PushResponse).results;
}

const assessment = (status: string): [string, unknown[]] => ['compliance_assessments', [ASSESSMENT, 'EU', 'gdpr', '2026.1', '2026-Q4', 1, '2026-12-31', status, AT, AT]];
const result = (value: string, reason: string | null = null): [string, unknown[]] => [
  'compliance_results', [RESULT, ASSESSMENT, 'EU', 'gdpr.dpia', value, reason, null, null, null, null, AT, 1],
];
const signoff = (id: string, kind: string, hash: string | null, reason: string | null): [string, unknown[]] => [
  'compliance_signoffs', [id, ASSESSMENT, 'EU', kind, 12, AT, hash, reason],
];
const stored = async (sql: string, params: unknown[] = []) => (await fixture.pool.query(sql, params)).rows;

describe('compliance on the hub', () => {
  it('keeps rows to the regions granted and refuses a malformed row by name', async () => {
    expect(await push(TOKENS.putri, assessment('in_progress'))).toEqual([
      { id: nextId, status: 'rejected', reason: 'That compliance record was not found in the regions you are granted' },
    ]);
    const [bad] = await push(TOKENS.ana, ['compliance_results', [RESULT, ASSESSMENT, 'EU', 'gdpr.dpia', 'done', null, null, null, null, null, AT, 1]]);
    expect(bad).toMatchObject({ status: 'rejected', reason: expect.stringContaining('compliance_results.result has an unknown value "done"') });
    expect(await push(TOKENS.ana, assessment('in_progress'), result('in_progress'))).toEqual([
      { id: nextId - 1, status: 'applied' },
      { id: nextId, status: 'applied' },
    ]);
    expect(await stored('SELECT result FROM compliance_results WHERE id = $1', [RESULT])).toEqual([{ result: 'in_progress' }]);
  });

  it('takes a sign-off from a manager of the region only, and only once the assessment is in review', async () => {
    const [early] = await push(DANIEL, assessment('signed_off'));
    expect(early).toMatchObject({ status: 'rejected', reason: expect.stringContaining('not in review') });
    await push(TOKENS.ana, assessment('in_review'));
    const byLead = await push(TOKENS.ana, signoff('s-lead', 'sign_off', 'a'.repeat(64), null), assessment('signed_off'));
    expect(byLead.map((answer) => answer.status)).toEqual(['rejected', 'rejected']);
    expect(byLead[0]).toMatchObject({ reason: 'Only a manager of EU can sign off an assessment' });
    const byOperator = await push(TOKENS.jonas, assessment('signed_off'));
    expect(byOperator[0]).toMatchObject({ status: 'rejected', reason: 'Only a manager of EU can sign off an assessment' });
    expect(await stored('SELECT status FROM compliance_assessments WHERE id = $1', [ASSESSMENT])).toEqual([{ status: 'in_review' }]);

    const byManager = await push(DANIEL, signoff('s-manager', 'sign_off', 'b'.repeat(64), null), assessment('signed_off'));
    expect(byManager.map((answer) => answer.status)).toEqual(['applied', 'applied']);
  });

  it('refuses every change to a signed-off assessment until it is reopened with a reason', async () => {
    const [locked] = await push(TOKENS.ana, result('compliant'));
    expect(locked).toMatchObject({ status: 'rejected', reason: `Assessment ${ASSESSMENT} is signed off and locked: reopen it with a reason first` });
    const [finding] = await push(TOKENS.ana, ['compliance_findings', ['f-1', ASSESSMENT, 'EU', 'gdpr.dpia', 'No DPIA for fraud scoring', 'high', 'open', 'manual', AT, 1, AT]]);
    expect(finding?.status).toBe('rejected');
    expect(await stored('SELECT result FROM compliance_results WHERE id = $1', [RESULT])).toEqual([{ result: 'in_progress' }]);

    const reopened = await push(TOKENS.ana, signoff('s-reopen', 'reopen', null, 'DPIA for fraud scoring was missed'), assessment('reopened'), result('compliant'));
    expect(reopened.map((answer) => answer.status)).toEqual(['applied', 'applied', 'applied']);
    expect(await stored('SELECT result FROM compliance_results WHERE id = $1', [RESULT])).toEqual([{ result: 'compliant' }]);
  });

  it('sends the rows to consoles of the region only', async () => {
    async function pulled(token: string, clientId: string): Promise<unknown[][]> {
      const rows: unknown[][] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 40; page++) {
        const { json } = await post('pull', token, { clientId, cursor });
        const answer = json as PullResponse;
        rows.push(...(answer.changes.compliance_assessments?.upserts ?? []));
        cursor = answer.cursor;
        if (!answer.more) break;
      }
      return rows;
    }
    expect(await pulled(TOKENS.jonas, 'jonas-compliance-pull')).toEqual([[ASSESSMENT, 'EU', 'gdpr', '2026.1', '2026-Q4', 1, '2026-12-31', 'reopened', AT, AT]]);
    expect(await pulled(TOKENS.putri, 'putri-compliance-pull')).toEqual([]);
  });
});
