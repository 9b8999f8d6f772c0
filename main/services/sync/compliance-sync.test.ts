// Compliance through the outbox and a real hub on real PostgreSQL: an assessment made on one console reaches the
// region's other consoles and no one else's; a manager's sign-off locks it everywhere; an edit made on a console that
// had not heard of the lock yet is refused by the hub and put back to the hub's version on the next pull.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seededHub, TOKENS, type HubFixture } from '../../../hub/test-support/hub-fixture';
import { value } from '../../db/statement-cache';
import { createAssessment, setAssessmentStatus } from '../compliance/assessments';
import { setResult, type ResultChange } from '../compliance/results';
import { signOff } from '../compliance/signoff';
import { checklist } from '../compliance/checklist';
import { all } from '../../db/statement-cache';
import { syncConsole, type SyncConsole } from './test-support/sync-console';

let fixture: HubFixture;
beforeAll(async () => {
  fixture = await seededHub('compliance_sync', 40);
}, 60_000);
afterAll(async () => fixture?.cleanup());

const consoles: SyncConsole[] = [];
afterEach(() => {
  for (const c of consoles.splice(0)) c.close();
});

async function signedIn(token: string): Promise<SyncConsole> {
  const c = syncConsole();
  consoles.push(c);
  c.signIn(fixture.hub.url, token);
  await c.sync();
  return c;
}

const AT = Date.UTC(2026, 10, 20, 10);
const ID = 'EU-dsa-2026-Q4';
const change = (result: ResultChange['result']): ResultChange => ({
  resultId: `${ID}/dsa.notice-action`, result, reason: null, observation: null, ownerId: null, dueDay: null, measuredValue: null,
});
const resultOn = (c: SyncConsole) => value<string>(c.db, 'SELECT result FROM compliance_results WHERE id = ?', [`${ID}/dsa.notice-action`]);

describe('compliance between consoles', () => {
  it('reaches the region\'s consoles only, locks everywhere once a manager signs off, and puts back an edit the lock refused', async () => {
    const ana = await signedIn(TOKENS.ana);
    const jonas = await signedIn(TOKENS.jonas);
    const putri = await signedIn(TOKENS.putri);
    const daniel = await signedIn('demo-daniel-12');

    createAssessment(ana.db, ana.person(), { region: 'EU', framework: 'dsa', period: '2026-Q4', ownerId: 6, dueDay: '2026-12-31' }, AT);
    setResult(ana.db, ana.person(), change('compliant'), AT);
    setAssessmentStatus(ana.db, ana.person(), ID, 'in_review', AT);
    await ana.sync();
    for (const c of [jonas, putri, daniel]) await c.sync();
    expect(resultOn(jonas)).toBe('compliant');
    expect(value(jonas.db, 'SELECT count(*) FROM compliance_results WHERE assessment_id = ?', [ID])).toBe(21);
    expect(value(putri.db, 'SELECT count(*) FROM compliance_assessments')).toBe(0);

    signOff(daniel.db, daniel.person(), ID, AT + 1000);
    await daniel.sync();
    const hubStatus = (await fixture.pool.query('SELECT status FROM compliance_assessments WHERE id = $1', [ID])).rows[0];
    expect(hubStatus).toEqual({ status: 'signed_off' });

    // Jonas edits before he hears of the sign-off: his console still shows the assessment in review.
    setResult(jonas.db, jonas.person(), change('non_compliant'), AT + 2000);
    await jonas.sync();
    const rejections = all<{ reason: string }>(jonas.db, 'SELECT reason FROM sync_rejections');
    expect(rejections.map((r) => r.reason)).toEqual([`Assessment ${ID} is signed off and locked: reopen it with a reason first`]);
    expect(resultOn(jonas)).toBe('compliant');
    const list = checklist(jonas.db, jonas.person(), ID, AT + 3000);
    expect(list).toMatchObject({ locked: true, signature: { personName: 'Daniel Okafor', intact: true } });
  });
});
