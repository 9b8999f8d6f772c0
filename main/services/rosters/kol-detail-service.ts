// One KOL's detail pane: their profile, contracts, latest posts (sponsored ones without an ad disclosure flagged),
// codes, and the complaints of the customers they acquired.
import type { Person } from '../../../shared/domain';
import { tagList } from '../../../shared/rosters';
import type { AcquiredComplaint, KolCode, KolContract, KolDetail, KolPost } from '../../../shared/rosters-kols';
import type { Db } from '../../db/open';
import { all, get, value } from '../../db/statement-cache';
import { kolRow } from './kol-query';
import { kolAudit } from './roster-events';
import { loadRows } from './row-edits';

const CONTRACTS_SQL = `
  SELECT k.id, k.campaign_id AS campaignId, c.name AS campaignName, k.fee_amount AS feeAmount, k.fee_currency AS feeCurrency,
         k.fee_usd AS feeUsd, k.commission_pct AS commissionPct, k.seeding_usd AS seedingUsd, k.deliverables, k.usage_rights AS usageRights,
         k.exclusivity, k.disclosure_clause AS disclosureClause, k.signed_on AS signedOn, k.file_name AS fileName, k.file_sha256 AS fileSha256,
         k.status, k.approved_by AS approvedBy
  FROM kol_contracts k JOIN campaigns c ON c.id = k.campaign_id WHERE k.kol_id = ? ORDER BY c.starts_on DESC, k.id`;

const POSTS_SQL = `
  SELECT id, campaign_id AS campaignId, url, posted_at AS postedAt, views, likes, comments, shares, clicks,
         (campaign_id IS NOT NULL AND disclosed = 0) AS missingDisclosure
  FROM kol_posts WHERE kol_id = ? ORDER BY posted_at DESC, id DESC LIMIT 50`;

const CODES_SQL = `
  SELECT id, code, campaign_id AS campaignId, discount_pct AS discountPct, valid_from AS validFrom, valid_until AS validUntil, max_uses AS maxUses
  FROM promo_codes WHERE kol_id = ? ORDER BY valid_from DESC, id`;

const COMPLAINTS_SQL = `
  SELECT f.id AS feedbackId, f.customer_id AS customerId, f.category, f.status, f.created_at AS createdAt
  FROM customer_acquisitions a JOIN feedback f ON f.customer_id = a.customer_id
  WHERE a.kol_id = ? AND f.duplicate_of IS NULL
  ORDER BY f.created_at DESC, f.id DESC LIMIT 20`;

export function kolDetail(db: Db, id: number, person: Person): KolDetail {
  // Checks the KOL exists and is in the person's regions.
  loadRows(db, 'kols', [id], person, 'id');
  const record = get<Parameters<typeof kolRow>[0] & { audience_countries: string; languages: string; contact: string | null; agency: string | null; notes: string }>(
    db,
    'SELECT * FROM kols k WHERE id = ?',
    [id],
  );
  if (!record) throw new Error(`KOL #${id} vanished while being read`);
  const contracts = all<Omit<KolContract, 'disclosureClause'> & { disclosureClause: number }>(db, CONTRACTS_SQL, [id]).map((c) => ({
    ...c,
    disclosureClause: c.disclosureClause === 1,
  }));
  const posts = all<Omit<KolPost, 'missingDisclosure'> & { missingDisclosure: number }>(db, POSTS_SQL, [id]).map((p) => ({ ...p, missingDisclosure: p.missingDisclosure === 1 }));
  return {
    kol: {
      ...kolRow(record),
      audienceCountries: tagList(record.audience_countries),
      languages: tagList(record.languages),
      contact: record.contact,
      agency: record.agency,
      notes: record.notes,
    },
    contracts,
    audit: kolAudit(db, id),
    posts,
    postsWithoutDisclosure: value<number>(db, 'SELECT count(*) FROM kol_posts WHERE kol_id = ? AND campaign_id IS NOT NULL AND disclosed = 0', [id]) ?? 0,
    codes: all<KolCode>(db, CODES_SQL, [id]),
    complaints: all<AcquiredComplaint>(db, COMPLAINTS_SQL, [id]),
  };
}
