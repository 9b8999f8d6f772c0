// Roster edits through a real hub on a real PostgreSQL: a KOL made on one console reaches the others of its region
// (and only those), field edits merge, a field changed on two consoles is a conflict shown beside feedback's and
// settled by the person, and the hub refuses rows outside a person's regions, with a handle already taken, or from
// a person whose role only reads rosters.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newKolSchema, type NewKol } from '../../../shared/rosters-calls';
import { seededHub, TOKENS, type HubFixture } from '../../../hub/test-support/hub-fixture';
import { column, value } from '../../db/statement-cache';
import { listConflicts, resolveConflict } from '../sync/conflicts';
import { HubClient } from '../sync/hub-client';
import { readSyncState } from '../sync/sync-state';
import { syncConsole, type SyncConsole } from '../sync/test-support/sync-console';
import { approveContract, createContract, updateContract } from './contract-service';
import { importRoster } from './import/import-service';
import { createKol, updateKols } from './kol-edit-service';

/** Wei Ling Tan, an operator of SEA and EA: Putri's fellow editor of SEA's rosters. */
const WEI = 'demo-wei-2';

let fixture: HubFixture;
const consoles: SyncConsole[] = [];

beforeAll(async () => {
  fixture = await seededHub('rosters_sync', 50);
}, 120_000);

afterEach(() => {
  for (const c of consoles.splice(0)) c.close();
});

afterAll(async () => {
  await fixture?.cleanup();
});

async function signedIn(token: string): Promise<SyncConsole> {
  const c = syncConsole();
  consoles.push(c);
  c.signIn(fixture.hub.url, token);
  await c.sync();
  return c;
}

let handles = 0;
function newKol(c: SyncConsole, fields: Partial<NewKol> = {}): number {
  const input = newKolSchema.parse({ region: 'SEA', name: 'Mai Review', platform: 'tiktok', handle: `@MaiReview${++handles}`, followers: 42_000, engagementRate: 0.061, ...fields });
  return createKol(c.db, input, c.person(), c.now()).id;
}

const kolField = (c: SyncConsole, id: number, field: string) => value(c.db, `SELECT ${field} FROM kols WHERE id = ?`, [id]);

async function hubKol(id: number): Promise<Record<string, unknown> | undefined> {
  const { rows } = await fixture.pool.query<{ row: Record<string, unknown> }>('SELECT row_to_json(k) AS row FROM kols k WHERE id = $1', [id]);
  return rows[0]?.row;
}

describe('rosters through the hub', () => {
  it('sends a new KOL to the hub and to the other consoles of its region only', async () => {
    const wei = await signedIn(WEI);
    const putri = await signedIn(TOKENS.putri);
    const jonas = await signedIn(TOKENS.jonas);
    const id = newKol(wei, { handle: 'https://www.tiktok.com/@SomChai.Review?lang=th', tags: ['Beauty', 'vip'] });
    expect(value(wei.db, 'SELECT count(*) FROM sync_outbox')).toBe(2); // the KOL and its audit event
    await wei.sync();
    expect(await hubKol(id)).toMatchObject({ region: 'SEA', handle: 'somchai.review', followers: 42_000, tags: 'beauty,vip' });
    expect(value(wei.db, 'SELECT count(*) FROM sync_outbox')).toBe(0);

    await putri.sync();
    await jonas.sync();
    expect(kolField(putri, id, 'handle')).toBe('somchai.review');
    expect(kolField(jonas, id, 'handle')).toBeUndefined();
  });

  it('merges edits of different fields made on two consoles', async () => {
    const wei = await signedIn(WEI);
    const putri = await signedIn(TOKENS.putri);
    const id = newKol(wei);
    await wei.sync();
    await putri.sync();
    updateKols(wei.db, { ids: [id] }, { status: 'contacted' }, wei.person(), wei.now());
    updateKols(putri.db, { ids: [id] }, { addTags: ['skincare'] }, putri.person(), putri.now());
    await wei.sync();
    await putri.sync();
    await wei.sync();
    for (const c of [wei, putri]) {
      expect(kolField(c, id, 'status')).toBe('contacted');
      expect(kolField(c, id, 'tags')).toBe('skincare');
    }
    expect(listConflicts(putri.db)).toEqual([]);
  });

  it('shows one field changed on two consoles as a conflict, and syncs the value the person keeps', async () => {
    const wei = await signedIn(WEI);
    const putri = await signedIn(TOKENS.putri);
    const id = newKol(wei);
    await wei.sync();
    await putri.sync();
    updateKols(wei.db, { ids: [id] }, { status: 'negotiating' }, wei.person(), wei.now());
    updateKols(putri.db, { ids: [id] }, { status: 'blocked' }, putri.person(), putri.now());
    await wei.sync();
    await putri.sync();

    const conflicts = listConflicts(putri.db);
    expect(conflicts).toEqual([
      expect.objectContaining({ table: 'kols', rowId: id, field: 'status', baseValue: 'prospect', localValue: 'blocked', hubValue: 'negotiating' }),
    ]);
    // Until the person chooses, the console shows the hub's value (its edit was answered).
    expect(kolField(putri, id, 'status')).toBe('negotiating');

    // Keeping one's own value is a new edit: not for someone who only reads rosters (a role changed meanwhile).
    const conflictId = (conflicts[0] as { id: number }).id;
    expect(() => resolveConflict(putri.db, conflictId, 'local', { ...putri.person(), role: 'support_lead' }, putri.now())).toThrow('As a support lead you read the rosters');
    expect(listConflicts(putri.db)).toHaveLength(1);
    resolveConflict(putri.db, conflictId, 'local', putri.person(), putri.now());
    expect(listConflicts(putri.db)).toEqual([]);
    await putri.sync();
    await wei.sync();
    expect((await hubKol(id))?.status).toBe('blocked');
    expect(kolField(wei, id, 'status')).toBe('blocked');
    expect(kolField(putri, id, 'status')).toBe('blocked');
  });

  it('refuses on the hub what the person may not do, and drops a refused new row from the console', async () => {
    const wei = await signedIn(WEI);
    const putri = await signedIn(TOKENS.putri);
    // The same handle made on two consoles before either synced: the second to reach the hub is refused.
    const first = newKol(wei, { handle: '@twin.kol' });
    const second = newKol(putri, { handle: 'TWIN.KOL' });
    await wei.sync();
    await putri.sync();
    expect(kolField(putri, second, 'id')).toBeUndefined();
    expect(kolField(putri, first, 'handle')).toBe('twin.kol');
    expect(column<string>(putri.db, 'SELECT reason FROM sync_rejections')).toEqual(['kols: a KOL with this handle on this platform already exists']);

    // Jonas (EU only) cannot reach a SEA KOL on the hub, even by a hand-made push.
    const state = readSyncState(wei.db);
    const jonas = new HubClient(fixture.hub.url, TOKENS.jonas);
    const answer = await jonas.push({
      clientId: 'jonas-hand-made-01',
      sentAt: Date.now(),
      mutations: [{ id: 1, name: 'rosters.update', at: Date.now(), args: { table: 'kols', rowId: first, set: { status: 'blocked' } }, base: { status: 'prospect' } }],
    });
    expect(answer.results).toEqual([{ id: 1, status: 'rejected', reason: `kols #${first} was not found in the regions you are granted` }]);
    expect(state).not.toBeNull();
    expect((await hubKol(first))?.status).toBe('prospect');
  });

  it('refuses a KOL outside the person’s regions on the console itself', async () => {
    const putri = await signedIn(TOKENS.putri);
    expect(() => newKol(putri, { region: 'EU' })).toThrow('You are not granted EU');
    expect(value(putri.db, 'SELECT count(*) FROM sync_outbox')).toBe(0);
  });
});

describe('who edits rosters', () => {
  it('refuses a support lead\'s pushed KOL edit or new row, naming the role, and leaves the hub\'s row as it was', async () => {
    const wei = await signedIn(WEI);
    const ana = await signedIn(TOKENS.ana);
    expect(ana.person().role).toBe('support_lead');
    const id = newKol(wei);
    await wei.sync();
    await ana.sync();
    const before = await hubKol(id);
    // The console refuses first, writing nothing to send.
    expect(() => updateKols(ana.db, { ids: [id] }, { status: 'blocked' }, ana.person(), ana.now())).toThrow('As a support lead you read the rosters: only an operator of the region edits them');
    expect(value(ana.db, 'SELECT count(*) FROM sync_outbox')).toBe(0);

    // A hand-made push (an older console, or a role changed at the hub meanwhile) is refused row by row.
    const state = readSyncState(ana.db);
    const answer = await new HubClient(fixture.hub.url, TOKENS.ana).push({
      clientId: state?.client_id as string,
      sentAt: Date.now(),
      mutations: [
        { id: 1, name: 'rosters.update', at: Date.now(), args: { table: 'kols', rowId: id, set: { status: 'blocked' } }, base: { status: 'prospect' } },
        { id: 2, name: 'rosters.insert', at: Date.now(), args: { table: 'kols', rows: [[9_000_201, 'SEA', 'Lead KOL', 'tiktok', 'lead.kol', null, 10, 0.1, '', '', '', null, null, null, 'prospect', null, '', '', Date.now()]] } },
      ],
    });
    expect(answer.results).toEqual([
      { id: 1, status: 'rejected', reason: `kols #${id}: As a support lead you read the rosters: only an operator of the region edits them` },
      { id: 2, status: 'rejected', reason: 'kols: As a support lead you read the rosters: only an operator of the region edits them' },
    ]);
    const after = await hubKol(id);
    expect({ ...after, seq: undefined }).toEqual({ ...before, seq: undefined });
    expect(await hubKol(9_000_201)).toBeUndefined();
  });

  it('lets a manager approve a contract and nothing else', async () => {
    const daniel = await signedIn('demo-daniel-12');
    const wei = await signedIn(WEI);
    const id = newKol(wei);
    await wei.sync();
    await daniel.sync();
    const answer = await new HubClient(fixture.hub.url, 'demo-daniel-12').push({
      clientId: readSyncState(daniel.db)?.client_id as string,
      sentAt: Date.now(),
      mutations: [{ id: 1, name: 'rosters.update', at: Date.now(), args: { table: 'kols', rowId: id, set: { followers: 1 } }, base: { followers: 42_000 } }],
    });
    expect(answer.results).toEqual([{ id: 1, status: 'rejected', reason: `kols #${id}: As a manager you read the rosters: only an operator of the region edits them` }]);
    expect((await hubKol(id))?.followers).toBe(42_000);
  });
});

describe('imports through the hub', () => {
  it('sends imported KOLs with their audit events, the command line\'s naming no one', async () => {
    const wei = await signedIn(WEI);
    const file = (handle: string) => new TextEncoder().encode(`region,name,platform,handle,followers,engagement_rate\nSEA,Imported,tiktok,@${handle},1000,0.05\n`);
    importRoster(wei.db, { kind: 'kols', fileName: 'screen.csv', bytes: file('imported.screen'), commit: true, via: 'screen' }, wei.person(), wei.now());
    importRoster(wei.db, { kind: 'kols', fileName: 'cli.csv', bytes: file('imported.cli'), commit: true, via: 'command line' }, wei.person(), wei.now());
    await wei.sync();
    expect(column(wei.db, 'SELECT reason FROM sync_rejections')).toEqual([]);
    const { rows } = await fixture.pool.query<{ handle: string; actor_id: number | null; after: string }>(
      `SELECT k.handle, e.actor_id, e.after FROM roster_events e JOIN kols k ON k.id = e.row_id WHERE e.field = 'imported' AND k.handle LIKE 'imported.%' ORDER BY k.handle`,
    );
    expect(rows).toEqual([{ handle: 'imported.cli', actor_id: null, after: 'cli.csv' }, { handle: 'imported.screen', actor_id: 2, after: 'screen.csv' }]);
  });
});

describe('contracts over a region’s fee limit', () => {
  it('wait for a manager: an operator cannot approve one, on the console or on the hub; a manager can', async () => {
    const wei = await signedIn(WEI);
    const putri = await signedIn(TOKENS.putri);
    const kol = newKol(wei);
    await wei.sync();
    // A campaign made on the hub by hand (the demo hub of this test holds no campaigns).
    const campaign = 9_000_001;
    const state = readSyncState(wei.db);
    await new HubClient(fixture.hub.url, WEI).push({
      clientId: state?.client_id as string,
      sentAt: Date.now(),
      mutations: [{ id: 1_000_000, name: 'rosters.insert', at: Date.now(), args: { table: 'campaigns', rows: [[campaign, 'SEA', 'KOL test push', 'sales', '2026-06-01', '2026-06-10', 20000, 0]] } }],
    });
    await putri.sync();
    const terms = { kolId: kol, campaignId: campaign, feeAmount: 9100, feeCurrency: 'SGD', feeUsd: 7000, commissionPct: 0, seedingUsd: 0, deliverables: { tiktok: 2 }, usageRights: 'organic 90 days', exclusivity: null, disclosureClause: true, signedOn: null, fileName: null, fileSha256: null };
    const made = createContract(putri.db, terms, putri.person(), putri.now());
    expect(made.status).toBe('awaiting_approval'); // $7,000 is over SEA's $5,000
    expect(() => approveContract(putri.db, made.id, putri.person(), putri.now())).toThrow("A fee of $7,000 is over SEA's limit of $5,000: a manager approves it");
    await putri.sync();

    // A hand-made push that approves it as Putri is refused by the hub.
    const answer = await new HubClient(fixture.hub.url, TOKENS.putri).push({
      clientId: 'putri-hand-made-01',
      sentAt: Date.now(),
      mutations: [{ id: 1, name: 'rosters.update', at: Date.now(), args: { table: 'kol_contracts', rowId: made.id, set: { status: 'approved' } }, base: { status: 'awaiting_approval' } }],
    });
    expect(answer.results).toEqual([{ id: 1, status: 'rejected', reason: `Contract #${made.id}: a fee of $7000 is over SEA's limit of $5000: a manager approves it` }]);
    // Nor may Putri push an event saying a manager approved it.
    const forged = await new HubClient(fixture.hub.url, TOKENS.putri).push({
      clientId: 'putri-hand-made-01',
      sentAt: Date.now(),
      mutations: [{ id: 2, name: 'rosters.insert', at: Date.now(), args: { table: 'roster_events', rows: [[9_000_101, 'SEA', 'kol_contracts', made.id, kol, Date.now(), 12, 'status', 'awaiting_approval', 'approved']] } }],
    });
    expect(forged.results).toEqual([{ id: 2, status: 'rejected', reason: 'roster_events: an event of person #12 pushed by #3' }]);

    const daniel = await signedIn('demo-daniel-12');
    expect(daniel.person().role).toBe('manager');
    approveContract(daniel.db, made.id, daniel.person(), daniel.now());
    await daniel.sync();
    const { rows } = await fixture.pool.query<{ status: string; approved_by: number }>('SELECT status, approved_by FROM kol_contracts WHERE id = $1', [made.id]);
    expect(rows[0]).toEqual({ status: 'approved', approved_by: 12 });

    // Putri edits the approved contract from the KOL pane: a wording fix keeps the approval on the hub; a higher fee
    // sends it back to wait for a manager there too.
    await putri.sync();
    updateContract(putri.db, { id: made.id, ...terms, usageRights: 'organic and paid 30 days', signedOn: '2026-05-28' }, putri.person(), putri.now());
    await putri.sync();
    const kept = await fixture.pool.query('SELECT usage_rights, signed_on, status, approved_by FROM kol_contracts WHERE id = $1', [made.id]);
    expect(kept.rows[0]).toEqual({ usage_rights: 'organic and paid 30 days', signed_on: '2026-05-28', status: 'approved', approved_by: 12 });
    expect(updateContract(putri.db, { id: made.id, ...terms, feeUsd: 7500 }, putri.person(), putri.now()).status).toBe('awaiting_approval');
    await putri.sync();
    const waiting = await fixture.pool.query('SELECT fee_usd, status, approved_by FROM kol_contracts WHERE id = $1', [made.id]);
    expect(waiting.rows[0]).toMatchObject({ status: 'awaiting_approval', approved_by: null });
    expect(Number(waiting.rows[0].fee_usd)).toBe(7500);
    // Every console of the region has the audit trail: who changed which field of the contract, when.
    await daniel.sync();
    expect(column(daniel.db, "SELECT actor_id || ' ' || field || ' ' || coalesce(after, '') FROM roster_events WHERE tbl = 'kol_contracts' AND row_id = ? ORDER BY at, field", [made.id])).toEqual([
      '3 created contract #' + made.id, '12 approved_by 12', '12 status approved', '3 signed_on 2026-05-28', '3 usage_rights organic and paid 30 days',
      // The second edit sent the first terms again with a higher fee: the wording and the date go back too.
      '3 approved_by ', '3 fee_usd 7500', '3 signed_on ', '3 status awaiting_approval', '3 usage_rights organic 90 days',
    ]);
  });
});
