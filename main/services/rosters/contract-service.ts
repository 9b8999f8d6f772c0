// Contracts: a KOL's fee for a campaign. One over its region's fee limit waits for a manager's approval (an operator
// makes it `awaiting_approval`); a manager or an admin approves it, or makes it approved at once.
import type { Person, RegionCode } from '../../../shared/domain';
import { CONTRACT_FEE_LIMITS_USD, mayApproveContracts, overFeeLimit } from '../../../shared/rosters';
import type { Db } from '../../db/open';
import { get, run, type SqlValue } from '../../db/statement-cache';
import { ServiceError } from '../kit';
import { newRowId } from './roster-ids';
import { queueInsert } from './roster-outbox';
import { editRow, loadRows } from './row-edits';

export interface NewContract {
  kolId: number;
  campaignId: number;
  feeAmount: number;
  feeCurrency: string;
  feeUsd: number;
  commissionPct: number;
  seedingUsd: number;
  deliverables: string;
  usageRights: string;
  exclusivity: string | null;
  disclosureClause: boolean;
}

const usd = (value: number) => `$${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

export function createContract(db: Db, input: NewContract, person: Person, now: number): { id: number; status: string } {
  return db.transaction(() => {
    const kol = loadRows(db, 'kols', [input.kolId], person, 'kolId').get(input.kolId);
    const campaign = get<{ region: RegionCode }>(db, 'SELECT region FROM campaigns WHERE id = ?', [input.campaignId]);
    if (!kol) throw new ServiceError('not_found', `KOL #${input.kolId} does not exist`, 'kolId');
    if (!campaign) throw new ServiceError('not_found', `Campaign #${input.campaignId} does not exist`, 'campaignId');
    if (campaign.region !== kol.region) throw new ServiceError('invalid_input', `Campaign #${input.campaignId} is in ${campaign.region}, the KOL in ${kol.region}`, 'campaignId');
    const over = overFeeLimit(kol.region, input.feeUsd);
    const approver = mayApproveContracts(person.role);
    const status = over && !approver ? 'awaiting_approval' : 'approved';
    const id = newRowId();
    const row: SqlValue[] = [
      id, kol.region, input.kolId, input.campaignId, input.feeAmount, input.feeCurrency, input.feeUsd, input.commissionPct, input.seedingUsd,
      input.deliverables, input.usageRights, input.exclusivity, input.disclosureClause ? 1 : 0, null, null, null, status, over && approver ? person.id : null, now,
    ];
    run(db, `INSERT INTO kol_contracts VALUES (${row.map(() => '?').join(', ')})`, row);
    queueInsert(db, 'kol_contracts', [row], now);
    return { id, status };
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
    editRow(db, 'kol_contracts', contract, { status: 'approved', approved_by: person.id }, now);
    return { status: 'approved' };
  })();
}
