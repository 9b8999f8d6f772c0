// Contracts: a KOL's fee for a campaign, made and edited by an operator from the KOL pane. One over its region's fee
// limit waits for a manager's approval (an operator makes it `awaiting_approval`, and an operator's edit of an
// approved one over the limit sends it back to wait); approving it is a manager's or an admin's only roster write.
import type { Person, RegionCode } from '../../../shared/domain';
import { APPROVED_CONTRACT_STATUSES, CONTRACT_FEE_LIMITS_USD, mayApproveContracts, overFeeLimit } from '../../../shared/rosters';
import type { ContractTerms } from '../../../shared/rosters-calls';
import type { Db } from '../../db/open';
import { get, run, type SqlValue } from '../../db/statement-cache';
import { ServiceError } from '../kit';
import { recordChange } from './roster-events';
import { requireRosterEditor } from './roster-roles';
import { newRowId } from './roster-ids';
import { queueInsert } from './roster-outbox';
import { editRow, loadRows } from './row-edits';

const usd = (value: number) => `$${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

/** The campaign must be the KOL's region's; a contract file comes with its sha256 or not at all. */
function checkTerms(db: Db, terms: ContractTerms, region: RegionCode): void {
  const campaign = get<{ region: RegionCode }>(db, 'SELECT region FROM campaigns WHERE id = ?', [terms.campaignId]);
  if (!campaign) throw new ServiceError('not_found', `Campaign #${terms.campaignId} does not exist`, 'campaignId');
  if (campaign.region !== region) throw new ServiceError('invalid_input', `Campaign #${terms.campaignId} is in ${campaign.region}, the KOL in ${region}`, 'campaignId');
  if ((terms.fileName === null) !== (terms.fileSha256 === null)) {
    const field = terms.fileName === null ? 'fileName' : 'fileSha256';
    throw new ServiceError('invalid_input', `A contract file needs both its name and its sha256; ${field} is empty`, field);
  }
}

/** The terms as the table's columns, from fee_amount to file_sha256. */
function termColumns(terms: ContractTerms): Record<string, SqlValue> {
  return {
    campaign_id: terms.campaignId,
    fee_amount: terms.feeAmount,
    fee_currency: terms.feeCurrency,
    fee_usd: terms.feeUsd,
    commission_pct: terms.commissionPct,
    seeding_usd: terms.seedingUsd,
    deliverables: JSON.stringify(terms.deliverables),
    usage_rights: terms.usageRights,
    exclusivity: terms.exclusivity || null,
    disclosure_clause: terms.disclosureClause ? 1 : 0,
    signed_on: terms.signedOn,
    file_name: terms.fileName,
    file_sha256: terms.fileSha256,
  };
}

/** The status (and approver) a contract takes with this fee in an operator's hands; `kept` is its status so far. */
function approval(region: RegionCode, feeUsd: number, kept: { status: string; approvedBy: number | null } | null): { status: string; approvedBy: number | null } {
  if (overFeeLimit(region, feeUsd)) return { status: 'awaiting_approval', approvedBy: null };
  const approvedBy = kept?.approvedBy ?? null;
  if (kept && (APPROVED_CONTRACT_STATUSES as readonly string[]).includes(kept.status)) return { status: kept.status, approvedBy };
  if (kept?.status === 'draft') return { status: 'draft', approvedBy };
  return { status: 'approved', approvedBy };
}

export function createContract(db: Db, input: ContractTerms & { kolId: number }, person: Person, now: number): { id: number; status: string } {
  requireRosterEditor(person);
  return db.transaction(() => {
    const kol = loadRows(db, 'kols', [input.kolId], person, 'kolId').get(input.kolId);
    if (!kol) throw new ServiceError('not_found', `KOL #${input.kolId} does not exist`, 'kolId');
    checkTerms(db, input, kol.region);
    const { status, approvedBy } = approval(kol.region, input.feeUsd, null);
    const id = newRowId();
    const row: SqlValue[] = [id, kol.region, input.kolId, ...Object.values(termColumns(input)), status, approvedBy, now];
    run(db, `INSERT INTO kol_contracts VALUES (${row.map(() => '?').join(', ')})`, row);
    queueInsert(db, 'kol_contracts', [row], now);
    recordChange(db, 'kol_contracts', { id, region: kol.region, kol_id: input.kolId }, { created: `contract #${id}` }, person, now);
    return { id, status };
  })();
}

export function updateContract(db: Db, input: ContractTerms & { id: number }, person: Person, now: number): { status: string; changed: boolean } {
  requireRosterEditor(person);
  return db.transaction(() => {
    const contract = loadRows(db, 'kol_contracts', [input.id], person, 'id').get(input.id);
    if (!contract) throw new ServiceError('not_found', `Contract #${input.id} does not exist`, 'id');
    if (contract.status === 'cancelled') throw new ServiceError('conflict', `Contract #${input.id} is cancelled and can no longer change`, 'id');
    checkTerms(db, input, contract.region);
    const kept = { status: String(contract.status), approvedBy: contract.approved_by === null ? null : Number(contract.approved_by) };
    // Unchanged money keeps a manager's approval: an operator may still fix the wording of an approved contract.
    const sameFee = Number(contract.fee_usd) === input.feeUsd;
    const { status, approvedBy } = sameFee ? kept : approval(contract.region, input.feeUsd, kept);
    const changed = editRow(db, 'kol_contracts', contract, { ...termColumns(input), status, approved_by: approvedBy }, person, now);
    return { status, changed };
  })();
}

export function approveContract(db: Db, id: number, person: Person, now: number): { status: string } {
  return db.transaction(() => {
    const contract = loadRows(db, 'kol_contracts', [id], person, 'id').get(id);
    if (!contract) throw new ServiceError('not_found', `Contract #${id} does not exist`, 'id');
    if (contract.status !== 'awaiting_approval') throw new ServiceError('conflict', `Contract #${id} is ${String(contract.status)}, not awaiting approval`, 'id');
    if (!mayApproveContracts(person.role)) {
      const region = contract.region;
      throw new ServiceError('forbidden', `A fee of ${usd(Number(contract.fee_usd))} is over ${region}'s limit of ${usd(CONTRACT_FEE_LIMITS_USD[region])}: a manager approves it`, 'id');
    }
    editRow(db, 'kol_contracts', contract, { status: 'approved', approved_by: person.id }, person, now);
    return { status: 'approved' };
  })();
}
