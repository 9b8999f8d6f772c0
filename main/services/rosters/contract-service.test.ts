// Contracts made and edited from the KOL pane, through the real calls on a hand-made store (KOL 1 and campaign 5 in
// SEA, whose fee limit is $5,000): bad terms refused naming the field and the value, the fee limit's approval.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/domain';
import { createDispatcher } from '../../core/dispatcher';
import { handlers } from '../../core/handlers';
import { get } from '../../db/statement-cache';
import { fixtureDb, type FixtureDb } from '../../test-support/fixture-db';
import { addKolCampaign } from './test-support/rosters-fixture';

let store: FixtureDb;
const OPERATOR: Person = { id: 2, name: 'Op', email: 'op@example.test', role: 'operator', regions: ['SEA'] };
const MANAGER: Person = { id: 3, name: 'Manager', email: 'manager@example.test', role: 'manager', regions: ['SEA'] };
const TERMS = {
  campaignId: 5, feeAmount: 3900, feeCurrency: 'SGD', feeUsd: 3000, commissionPct: 5, seedingUsd: 200,
  deliverables: { tiktok: 2, instagram: 1 }, usageRights: 'organic 90 days', exclusivity: 'no other skincare brand in June',
  disclosureClause: true, signedOn: '2026-05-28', fileName: 'mai-review-2026.pdf', fileSha256: 'a'.repeat(64),
};

beforeEach(() => {
  store = fixtureDb();
  addKolCampaign(store.db, { code: 'MAI10', maxUses: null });
});
afterEach(() => store.cleanup());

function call<T>(person: Person, name: string, input: unknown): T {
  const dispatcher = createDispatcher(handlers, () => ({ db: store.db, person, now: () => 1_000 }), () => {});
  const answer = dispatcher.dispatch(name, input);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as T;
}

const row = (id: number) => get<Record<string, unknown>>(store.db, 'SELECT * FROM kol_contracts WHERE id = ?', [id]);

describe('a contract from the KOL pane', () => {
  it('stores every term, the deliverables per platform and the file\'s sha256', () => {
    const { id, status } = call<{ id: number; status: string }>(OPERATOR, 'rosters.createContract', { kolId: 1, ...TERMS });
    expect(status).toBe('approved');
    expect(row(id)).toMatchObject({
      region: 'SEA', kol_id: 1, campaign_id: 5, fee_amount: 3900, fee_currency: 'SGD', fee_usd: 3000, commission_pct: 5, seeding_usd: 200,
      deliverables: '{"tiktok":2,"instagram":1}', exclusivity: 'no other skincare brand in June', disclosure_clause: 1, signed_on: '2026-05-28',
      file_name: 'mai-review-2026.pdf', file_sha256: 'a'.repeat(64), status: 'approved', approved_by: null,
    });
  });

  it('refuses bad terms naming the field and the value', () => {
    expect(() => call(OPERATOR, 'rosters.createContract', { kolId: 1, ...TERMS, deliverables: {} })).toThrow(/deliverables.*at least one platform/);
    expect(() => call(OPERATOR, 'rosters.createContract', { kolId: 1, ...TERMS, deliverables: { myspace: 1 } })).toThrow(/deliverables/);
    expect(() => call(OPERATOR, 'rosters.createContract', { kolId: 1, ...TERMS, signedOn: '2026-02-30' })).toThrow(/signedOn.*"2026-02-30"/);
    expect(() => call(OPERATOR, 'rosters.createContract', { kolId: 1, ...TERMS, feeCurrency: 'sgd' })).toThrow(/feeCurrency.*"sgd"/);
    expect(() => call(OPERATOR, 'rosters.createContract', { kolId: 1, ...TERMS, feeUsd: -1 })).toThrow(/feeUsd.*-1/);
    expect(() => call(OPERATOR, 'rosters.createContract', { kolId: 1, ...TERMS, fileSha256: null })).toThrow('A contract file needs both its name and its sha256; fileSha256 is empty');
    expect(() => call(OPERATOR, 'rosters.createContract', { kolId: 1, ...TERMS, campaignId: 99 })).toThrow('Campaign #99 does not exist');
  });

  it('waits for a manager over the region\'s fee limit, and an edit of the fee over it waits again', () => {
    const over = call<{ id: number; status: string }>(OPERATOR, 'rosters.createContract', { kolId: 1, ...TERMS, feeUsd: 5000.01 });
    expect(over.status).toBe('awaiting_approval');
    const managers = call<{ id: number; status: string }>(OPERATOR, 'rosters.createContract', { kolId: 1, ...TERMS, feeUsd: 7000 });
    expect(() => call(OPERATOR, 'rosters.approveContract', { id: managers.id })).toThrow("A fee of $7,000 is over SEA's limit of $5,000: a manager approves it");
    expect(call(MANAGER, 'rosters.approveContract', { id: managers.id })).toEqual({ status: 'approved' });
    expect(row(managers.id)).toMatchObject({ status: 'approved', approved_by: 3 });
    // The operator fixes the wording: the manager's approval stands.
    expect(call(OPERATOR, 'rosters.updateContract', { id: managers.id, ...TERMS, feeUsd: 7000, usageRights: 'organic and paid 30 days' })).toEqual({ status: 'approved', changed: true });
    expect(row(managers.id)).toMatchObject({ usage_rights: 'organic and paid 30 days', status: 'approved', approved_by: 3 });
    // The operator raises the fee: it waits for a manager again.
    expect(call(OPERATOR, 'rosters.updateContract', { id: managers.id, ...TERMS, feeUsd: 7500 })).toEqual({ status: 'awaiting_approval', changed: true });
    expect(row(managers.id)).toMatchObject({ fee_usd: 7500, status: 'awaiting_approval', approved_by: null });
    // Brought under the limit, it needs nobody's approval.
    expect(call(OPERATOR, 'rosters.updateContract', { id: managers.id, ...TERMS, feeUsd: 4000 })).toEqual({ status: 'approved', changed: true });
    expect(call(OPERATOR, 'rosters.updateContract', { id: managers.id, ...TERMS, feeUsd: 4000 })).toEqual({ status: 'approved', changed: false });
  });

  it('is written by an operator only: a manager approves, and makes or edits none; nothing is written when refused', () => {
    const made = call<{ id: number }>(OPERATOR, 'rosters.createContract', { kolId: 1, ...TERMS });
    const count = () => get<{ n: number }>(store.db, 'SELECT (SELECT count(*) FROM kol_contracts) + (SELECT count(*) FROM roster_events) AS n')?.n;
    const before = count();
    expect(() => call(MANAGER, 'rosters.createContract', { kolId: 1, ...TERMS })).toThrow('As a manager you read the rosters: only an operator of the region edits them');
    expect(() => call(MANAGER, 'rosters.updateContract', { id: made.id, ...TERMS, feeUsd: 100 })).toThrow('As a manager you read the rosters');
    expect(count()).toBe(before);
    expect(row(made.id)).toMatchObject({ fee_usd: 3000 });
  });

  it('refuses a contract outside the person\'s regions', () => {
    const euOnly = { ...OPERATOR, regions: ['EU' as const] };
    expect(() => call(euOnly, 'rosters.updateContract', { id: 1, ...TERMS })).toThrow('Contract #1 is in SEA, which you are not granted');
  });
});
