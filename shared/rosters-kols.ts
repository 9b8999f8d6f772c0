// The KOLs grid: its filter, sort and page, and the rows and detail the core answers.
import { z } from 'zod';
import { REGION_CODES, type RegionCode } from './domain';
import { plainText } from './plain-text';
import { KOL_PLATFORMS, KOL_STATUSES, KOL_TIERS, type KolPlatform, type KolStatus, type KolTier } from './rosters';

export const kolFilterSchema = z
  .object({
    regions: z.array(z.enum(REGION_CODES)).max(REGION_CODES.length).optional(),
    platforms: z.array(z.enum(KOL_PLATFORMS)).max(KOL_PLATFORMS.length).optional(),
    tiers: z.array(z.enum(KOL_TIERS)).max(KOL_TIERS.length).optional(),
    statuses: z.array(z.enum(KOL_STATUSES)).max(KOL_STATUSES.length).optional(),
    niche: plainText().trim().max(40).optional(),
    followersMin: z.number().int().min(0).optional(),
    followersMax: z.number().int().min(0).optional(),
    /** Shares, 0 to 1. */
    engagementMin: z.number().min(0).max(1).optional(),
    engagementMax: z.number().min(0).max(1).optional(),
    /** A person's id, or 0 for KOLs nobody owns. */
    ownerId: z.number().int().min(0).optional(),
    /** Part of a name or a handle, in any script; `@name` or a profile address finds the handle. */
    search: plainText().trim().max(200).optional(),
  })
  .strict();
export type KolFilter = z.input<typeof kolFilterSchema>;

export const KOL_SORT_COLUMNS = ['name', 'handle', 'platform', 'region', 'followers', 'engagement_rate', 'status', 'updated_at'] as const;
export type KolSortColumn = (typeof KOL_SORT_COLUMNS)[number];

/** A saved view of the KOL grid: its filters and sort. */
export const kolViewStateSchema = z.object({
  filter: kolFilterSchema,
  sort: z.array(z.object({ colId: z.enum(KOL_SORT_COLUMNS), sort: z.enum(['asc', 'desc']) })).max(2).default([]),
});
export type KolViewState = z.output<typeof kolViewStateSchema>;
export interface KolSavedView {
  id: number;
  name: string;
  state: KolViewState;
}

export const kolPageInput = z
  .object({
    filter: kolFilterSchema.default({}),
    sort: z.array(z.object({ colId: z.enum(KOL_SORT_COLUMNS), sort: z.enum(['asc', 'desc']) })).max(2).default([]),
    startRow: z.number().int().min(0),
    endRow: z.number().int().min(1),
    withCount: z.boolean().default(false),
  })
  .strict()
  .refine((page) => page.endRow > page.startRow && page.endRow - page.startRow <= 500, {
    message: 'a page is 1 to 500 rows, with endRow after startRow',
    path: ['endRow'],
  });

/** Which KOLs a bulk change touches: listed ids, or everything a filter matches but the excluded ids. */
export const kolTargetSchema = z.union([
  z.object({ ids: z.array(z.number().int().positive()).min(1).max(100_000) }).strict(),
  z.object({ filter: kolFilterSchema, exceptIds: z.array(z.number().int().positive()).max(100_000).default([]) }).strict(),
]);
export type KolTarget = z.input<typeof kolTargetSchema>;

export interface KolRow {
  id: number;
  region: RegionCode;
  name: string;
  platform: KolPlatform;
  handle: string;
  profileUrl: string | null;
  followers: number;
  tier: KolTier;
  engagementRate: number;
  niches: string[];
  status: KolStatus;
  ownerId: number | null;
  tags: string[];
  updatedAt: number;
}

export interface KolPage {
  rows: KolRow[];
  count?: number;
}

export interface KolContract {
  id: number;
  campaignId: number;
  campaignName: string;
  feeAmount: number;
  feeCurrency: string;
  feeUsd: number;
  commissionPct: number;
  seedingUsd: number;
  deliverables: string;
  usageRights: string;
  exclusivity: string | null;
  disclosureClause: boolean;
  signedOn: string | null;
  fileName: string | null;
  fileSha256: string | null;
  status: string;
  approvedBy: number | null;
}

/** One changed field of a KOL or of one of their contracts (`field` 'created' for a new row). */
export interface KolAuditEvent {
  id: number;
  table: 'kols' | 'kol_contracts' | 'kol_posts';
  rowId: number;
  at: number;
  actorId: number | null;
  actorName: string | null;
  field: string;
  before: string | null;
  after: string | null;
}

export interface KolPost {
  id: number;
  campaignId: number | null;
  url: string;
  postedAt: number;
  views: number;
  likes: number;
  comments: number;
  shares: number;
  clicks: number;
  /** A sponsored post (in a campaign) without an ad disclosure breaks the FTC, EU and ASA rules. */
  missingDisclosure: boolean;
}

export interface KolCode {
  id: number;
  code: string;
  campaignId: number | null;
  discountPct: number;
  validFrom: number;
  validUntil: number | null;
  maxUses: number | null;
}

export interface AcquiredComplaint {
  feedbackId: number;
  customerId: number;
  category: string;
  status: string;
  createdAt: number;
}

export interface KolDetail {
  kol: KolRow & { audienceCountries: string[]; languages: string[]; contact: string | null; agency: string | null; notes: string };
  contracts: KolContract[];
  /** Who changed what, when: the latest 50 changes of the KOL and their contracts. */
  audit: KolAuditEvent[];
  /** The latest 50. */
  posts: KolPost[];
  postsWithoutDisclosure: number;
  codes: KolCode[];
  /** Complaints of the customers this KOL acquired, latest first (at most 20). */
  complaints: AcquiredComplaint[];
}

export interface CampaignListRow {
  id: number;
  region: RegionCode;
  name: string;
  objective: string;
  startsOn: string;
  endsOn: string;
  budgetUsd: number;
  /** Fees and seeding of its contracts (commissions come with the attributed orders: see its figures). */
  contractedUsd: number;
  kols: number;
  newCustomers: number;
}

export interface CommunityListRow {
  id: number;
  region: RegionCode;
  platform: string;
  name: string;
  language: string;
  purpose: string;
  status: string;
  /** From the latest weekly snapshot; null before the first. */
  members: number | null;
  activeMembers: number | null;
  /** Members on the roster, and those linked to a customer with consent. */
  rosterMembers: number;
  linkedCustomers: number;
  newCustomers: number;
}

export interface CommunityWeek {
  week: string;
  members: number;
  activeMembers: number;
  messages: number;
  events: number;
}

/** Who brought a customer (customer_acquisitions), for the triage pane: the KOL or community, campaign and code. */
export interface AcquiredBy {
  kind: 'kol' | 'community';
  id: number;
  name: string;
  /** The KOL's handle and platform; null for a community. */
  handle: string | null;
  platform: string;
  campaignName: string | null;
  promoCode: string | null;
  via: 'code' | 'referral';
  acquiredAt: number;
}

/** The Reports view's "KOL and community" page for one region, over each roster's life so far. */
export interface RostersReport {
  region: RegionCode;
  /** Contracted KOLs with new customers, cheapest first (at most 5). */
  topByCac: { id: number; name: string; newCustomers: number; cacUsd: number }[];
  /** KOLs with attributed orders, most complaints per 1,000 orders first (at most 5). */
  topByComplaints: { id: number; name: string; orders: number; complaintsPer1kOrders: number }[];
  /** The latest campaigns (at most 8), newest first; for one week, the latest with spend or attributed figures in it. */
  campaigns: { id: number; name: string; spendUsd: number | null; revenueUsd: number; roas: number | null }[];
  /** The communities with the most members linked to customers (at most 3). */
  communities: { id: number; name: string; membersD30: number | null; nonMembersD30: number | null; membersRepurchase: number | null; nonMembersRepurchase: number | null }[];
}
