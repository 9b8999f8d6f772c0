// Row shapes of the rosters' tables (shared/tables/rosters-tables.ts), as the generator yields them.
import type { RegionCode } from '../../shared/domain';

export interface KolRow {
  id: number;
  region: RegionCode;
  name: string;
  platform: string;
  handle: string;
  profile_url: string | null;
  followers: number;
  engagement_rate: number;
  audience_countries: string;
  languages: string;
  niches: string;
  contact: string | null;
  agency: string | null;
  rate_card: string | null;
  status: string;
  owner_id: number | null;
  tags: string;
  notes: string;
  updated_at: number;
}

export interface CampaignRow {
  id: number;
  region: RegionCode;
  name: string;
  objective: string;
  starts_on: string;
  ends_on: string;
  budget_usd: number;
  updated_at: number;
}

export interface CampaignMemberRow {
  id: number;
  region: RegionCode;
  campaign_id: number;
  kol_id: number | null;
  community_id: number | null;
}

export interface KolContractRow {
  id: number;
  region: RegionCode;
  kol_id: number;
  campaign_id: number;
  fee_amount: number;
  fee_currency: string;
  fee_usd: number;
  commission_pct: number;
  seeding_usd: number;
  deliverables: string;
  usage_rights: string;
  exclusivity: string | null;
  disclosure_clause: number;
  signed_on: string | null;
  file_name: string | null;
  file_sha256: string | null;
  status: string;
  approved_by: number | null;
  updated_at: number;
}

export interface PromoCodeRow {
  id: number;
  region: RegionCode;
  code: string;
  kol_id: number | null;
  community_id: number | null;
  campaign_id: number | null;
  discount_pct: number;
  valid_from: number;
  valid_until: number | null;
  max_uses: number | null;
}

export interface KolPostRow {
  id: number;
  region: RegionCode;
  kol_id: number;
  campaign_id: number | null;
  platform: string;
  url: string;
  posted_at: number;
  views: number;
  likes: number;
  comments: number;
  shares: number;
  clicks: number;
  disclosed: number;
}

export interface CommunityRow {
  id: number;
  region: RegionCode;
  platform: string;
  name: string;
  language: string;
  purpose: string;
  moderators: string;
  status: string;
  updated_at: number;
}

export interface CommunitySnapshotRow {
  id: number;
  region: RegionCode;
  community_id: number;
  week: string;
  members: number;
  active_members: number;
  messages: number;
  events: number;
}

export interface CommunityMemberRow {
  id: number;
  region: RegionCode;
  community_id: number;
  handle: string;
  role: string;
  joined_on: string;
  left_on: string | null;
  customer_id: number | null;
  consent_basis: string | null;
  consent_at: number | null;
  consent_source: string | null;
}

export interface CustomerAcquisitionRow {
  customer_id: number;
  region: RegionCode;
  kol_id: number | null;
  community_id: number | null;
  campaign_id: number | null;
  promo_code: string | null;
  via: 'code' | 'referral';
  acquired_at: number;
}
