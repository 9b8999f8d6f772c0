// The calls of the KOL and community rosters (issue 9).
import { z } from 'zod';
import { call, type CallSpec } from './contract-kit';
import { REGION_CODES } from './domain';
import { plainText } from './plain-text';
import { KOL_PLATFORMS, KOL_STATUSES, type KolStatus } from './rosters';
import { importInput, type ImportReport } from './rosters-import';
import {
  kolFilterSchema, kolPageInput, kolTargetSchema, kolViewStateSchema, type KolSavedView, type CampaignListRow, type CommunityListRow, type RostersReport, type CommunityWeek, type KolDetail, type KolPage,
} from './rosters-kols';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const tag = z.string().trim().min(1).max(40).regex(/^[\p{L}\p{N}_-]+$/u, 'use letters, digits, - and _ only');
const words = (max: number) => z.array(plainText().trim().min(1).max(40)).max(max);

export const kolChangeSchema = z
  .object({
    status: z.enum(KOL_STATUSES).optional(),
    /** A person id, or null for no owner. */
    ownerId: id.nullable().optional(),
    addTags: z.array(tag).max(10).optional(),
    removeTags: z.array(tag).max(10).optional(),
  })
  .strict()
  .refine((change) => Object.values(change).some((value) => value !== undefined), { message: 'say what to change: status, owner or tags' });
export type KolChange = z.input<typeof kolChangeSchema>;

/** A calendar day that exists, as YYYY-MM-DD. */
const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((day) => new Date(`${day}T00:00:00Z`).toISOString().startsWith(day), 'a date that exists');

/** A contract's terms, as the KOL pane's form sends them for a new contract or an edit. */
export const contractTermsSchema = z.object({
  campaignId: id,
  feeAmount: z.number().min(0).max(1_000_000_000),
  feeCurrency: z.string().regex(/^[A-Z]{3}$/, 'a currency code such as SGD'),
  feeUsd: z.number().min(0).max(1_000_000_000),
  commissionPct: z.number().min(0).max(100).default(0),
  seedingUsd: z.number().min(0).max(1_000_000_000).default(0),
  /** Posts owed per platform. */
  deliverables: z
    .partialRecord(z.enum(KOL_PLATFORMS), z.number().int().min(1).max(1000))
    .refine((posts) => Object.keys(posts).length > 0, 'at least one platform with its number of posts'),
  usageRights: plainText().trim().min(1).max(200),
  exclusivity: plainText().trim().max(200).nullable().default(null),
  disclosureClause: z.boolean().default(true),
  signedOn: calendarDay.nullable().default(null),
  fileName: plainText().trim().min(1).max(200).nullable().default(null),
  fileSha256: z.string().regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits').nullable().default(null),
});
export type ContractTerms = z.output<typeof contractTermsSchema>;

export const newKolSchema = z
  .object({
    region: z.enum(REGION_CODES),
    name: plainText().trim().min(1).max(120),
    platform: z.enum(KOL_PLATFORMS),
    /** As written: `@name`, `name` or the profile's address. */
    handle: plainText().trim().min(1).max(500),
    profileUrl: plainText().trim().max(500).nullable().default(null),
    followers: z.number().int().min(0).max(1_000_000_000),
    /** A share, 0 to 1. */
    engagementRate: z.number().min(0).max(1),
    audienceCountries: words(20).default([]),
    languages: words(10).default([]),
    niches: words(10).default([]),
    contact: plainText().trim().max(200).nullable().default(null),
    agency: plainText().trim().max(120).nullable().default(null),
    status: z.enum(KOL_STATUSES).default('prospect'),
    ownerId: id.nullable().default(null),
    tags: z.array(tag).max(20).default([]),
    notes: plainText().max(4000).default(''),
  })
  .strict();
export type NewKol = z.input<typeof newKolSchema>;

/** The tables of the Campaigns and Communities tabs, which export as the KOLs grid does. */
export const ROSTER_LISTS = ['campaigns', 'communities'] as const;
export type RosterList = (typeof ROSTER_LISTS)[number];

export const rostersCalls = {
  'rosters.createKol': call<{ id: number }>({ writes: true })(newKolSchema),
  'rosters.updateKols': call<{ updated: number }>({ writes: true })(z.object({ target: kolTargetSchema, change: kolChangeSchema }).strict()),
  'rosters.kolPage': call<KolPage>()(kolPageInput),
  'rosters.pipeline': call<Record<KolStatus, number>>()(z.object({ filter: kolFilterSchema.default({}) }).strict()),
  'rosters.kolDetail': call<KolDetail>()(z.object({ id }).strict()),
  'rosters.campaigns': call<CampaignListRow[]>()(z.object({}).strict()),
  'rosters.communities': call<CommunityListRow[]>()(z.object({}).strict()),
  'rosters.communityWeeks': call<CommunityWeek[]>()(z.object({ communityId: id }).strict()),
  'rosters.import': call<ImportReport>({ writes: true })(importInput),
  'rosters.report': call<RostersReport>()(z.object({ region: z.enum(REGION_CODES) }).strict()),
  'rosters.createContract': call<{ id: number; status: string }>({ writes: true })(contractTermsSchema.extend({ kolId: id }).strict()),
  'rosters.updateContract': call<{ status: string; changed: boolean }>({ writes: true })(contractTermsSchema.extend({ id }).strict()),
  'rosters.views': call<KolSavedView[]>()(z.object({}).strict()),
  'rosters.saveView': call<KolSavedView>({ writes: true })(z.object({ name: plainText().trim().min(1).max(60), state: kolViewStateSchema }).strict()),
  'rosters.deleteView': call<{ deleted: boolean }>({ writes: true })(z.object({ id }).strict()),
  'rosters.approveContract': call<{ status: string }>({ writes: true })(z.object({ id }).strict()),
  'rosters.exportKols': call<{ file: string; rows: number; written: boolean }>({ writes: true })(
    z.object({ filter: kolFilterSchema.default({}), format: z.enum(['csv', 'xlsx']), withContact: z.boolean().default(false) }).strict(),
  ),
  'rosters.exportList': call<{ file: string; rows: number; written: boolean }>({ writes: true })(z.object({ list: z.enum(ROSTER_LISTS), format: z.enum(['csv', 'xlsx']) }).strict()),
  'rosters.performance': call<RosterPerformance>()(z.object({ kind: z.enum(['kol', 'campaign', 'community']), id }).strict()),
  'rosters.communityRetention': call<CommunityRetention>()(z.object({ communityId: id }).strict()),
} satisfies Record<string, CallSpec<z.ZodType, unknown>>;

/** A KOL's, campaign's or community's attributed figures over a period (docs/metrics.md, "KOL and community attribution"). */
export interface RosterNumbers {
  newCustomers: number;
  orders: number;
  revenueUsd: number;
  /** Fees and seeding (spread over their campaign's days) plus commissions; null for a community (no contracts). */
  spendUsd: number | null;
  cacUsd: number | null;
  roas: number | null;
  /** Acquired customers whose first order is 90 days old, and how many of them ordered again within those 90 days. */
  repurchaseDue: number;
  repurchased: number;
  repurchaseRate: number | null;
  /** Logistics complaints on attributed orders, per 1,000 of them. */
  complaints: number;
  complaintsPer1kOrders: number | null;
  ratings: number;
  averageRating: number | null;
}

export interface RosterWeek extends RosterNumbers {
  week: string;
}

export type RosterOwnerKind = 'kol' | 'campaign' | 'community';

export interface RosterPerformance {
  kind: RosterOwnerKind;
  id: number;
  name: string;
  region: string;
  /** The whole life: every week together. */
  life: RosterNumbers;
  /** The ISO weeks (in the region's time zone) with anything in them, oldest first. */
  weeks: RosterWeek[];
}

/** Members of a community (customers linked with consent) beside non-members who signed up in the same weeks. */
export interface RetentionGroup {
  customers: number;
  d30Due: number;
  d30Active: number;
  d30Rate: number | null;
  repurchaseDue: number;
  repurchased: number;
  repurchaseRate: number | null;
}

export interface CommunityRetention {
  communityId: number;
  name: string;
  /** The ISO weeks members signed up in: the non-members compared signed up in the same weeks. */
  signupWeeks: number;
  members: RetentionGroup;
  nonMembers: RetentionGroup;
}
