// KOL and community rosters (issue 9): KOLs, campaigns with their members, contracts, promo codes and posts,
// communities with weekly snapshots and members, and who acquired each customer. Every row carries its region and
// an id a console may choose (main/services/rosters/roster-ids.ts), so rows made offline need no renumbering.
import { REGION_CODES } from '../domain';
import {
  ACQUISITION_VIAS, CAMPAIGN_OBJECTIVES, COMMUNITY_PLATFORMS, COMMUNITY_PURPOSES, COMMUNITY_STATUSES, CONSENT_BASES,
  CONTRACT_STATUSES, KOL_PLATFORMS, KOL_STATUSES, MEMBER_ROLES,
} from '../rosters';
import { count, int, oneOf, real, text, type ColumnSpec, type LocalTable, type TableSpec } from './table-spec';

const region = oneOf('region', REGION_CODES);
const localDay = (name: string, nullable = false): ColumnSpec => text(name, 10, nullable);
const money = (name: string): ColumnSpec => ({ ...real(name), range: [0, 1_000_000_000] });
const share = (name: string, top: number): ColumnSpec => ({ ...real(name), range: [0, top] });
const flag = (name: string): ColumnSpec => ({ ...int(name), range: [0, 1] });

export const ROSTERS_TABLES = [
  {
    name: 'kols',
    scope: 'region',
    key: ['id'],
    demo: true,
    checksum: 'count',
    columns: [
      int('id'), region, text('name', 120), oneOf('platform', KOL_PLATFORMS), text('handle', 100), text('profile_url', 500, true),
      count('followers'), share('engagement_rate', 1), text('audience_countries', 200), text('languages', 100), text('niches', 200),
      // Personal data: kept out of logs, and out of exports unless asked for.
      text('contact', 200, true), text('agency', 120, true), text('rate_card', 2000, true), oneOf('status', KOL_STATUSES),
      int('owner_id', true), text('tags', 400), text('notes', 4000), int('updated_at'),
    ],
  },
  {
    name: 'campaigns',
    scope: 'region',
    key: ['id'],
    demo: true,
    checksum: 'count',
    columns: [
      int('id'), region, text('name', 120), oneOf('objective', CAMPAIGN_OBJECTIVES), localDay('starts_on'), localDay('ends_on'),
      money('budget_usd'), int('updated_at'),
    ],
  },
  {
    name: 'campaign_members',
    scope: 'region',
    key: ['id'],
    demo: true,
    checksum: 'count',
    columns: [int('id'), region, int('campaign_id'), int('kol_id', true), int('community_id', true)],
  },
  {
    name: 'kol_contracts',
    scope: 'region',
    key: ['id'],
    demo: true,
    checksum: 'count',
    columns: [
      int('id'), region, int('kol_id'), int('campaign_id'), money('fee_amount'), text('fee_currency', 3), money('fee_usd'),
      share('commission_pct', 100), money('seeding_usd'), text('deliverables', 1000), text('usage_rights', 200),
      text('exclusivity', 200, true), flag('disclosure_clause'), localDay('signed_on', true), text('file_name', 200, true),
      text('file_sha256', 64, true), oneOf('status', CONTRACT_STATUSES), int('approved_by', true), int('updated_at'),
    ],
  },
  {
    name: 'promo_codes',
    scope: 'region',
    key: ['id'],
    demo: true,
    checksum: 'count',
    columns: [
      int('id'), region, text('code', 40), int('kol_id', true), int('community_id', true), int('campaign_id', true),
      share('discount_pct', 100), int('valid_from'), int('valid_until', true), int('max_uses', true),
    ],
  },
  {
    name: 'kol_posts',
    scope: 'region',
    key: ['id'],
    demo: true,
    checksum: 'count',
    columns: [
      int('id'), region, int('kol_id'), int('campaign_id', true), oneOf('platform', KOL_PLATFORMS), text('url', 500), int('posted_at'),
      count('views'), count('likes'), count('comments'), count('shares'), count('clicks'), flag('disclosed'),
    ],
  },
  {
    name: 'communities',
    scope: 'region',
    key: ['id'],
    demo: true,
    checksum: 'count',
    columns: [
      int('id'), region, oneOf('platform', COMMUNITY_PLATFORMS), text('name', 120), text('language', 8),
      oneOf('purpose', COMMUNITY_PURPOSES), text('moderators', 200), oneOf('status', COMMUNITY_STATUSES), int('updated_at'),
    ],
  },
  {
    name: 'community_snapshots',
    scope: 'region',
    key: ['id'],
    demo: true,
    checksum: 'count',
    columns: [
      int('id'), region, int('community_id'), text('week', 8), count('members'), count('active_members'), count('messages'), count('events'),
    ],
  },
  {
    name: 'community_members',
    scope: 'region',
    key: ['id'],
    demo: true,
    checksum: 'count',
    columns: [
      int('id'), region, int('community_id'), text('handle', 100), oneOf('role', MEMBER_ROLES), localDay('joined_on'), localDay('left_on', true),
      // Set only with a recorded consent; withdrawing it clears all four and keeps the anonymous membership.
      int('customer_id', true), oneOf('consent_basis', CONSENT_BASES, true), int('consent_at', true), text('consent_source', 120, true),
    ],
  },
  {
    name: 'customer_acquisitions',
    scope: 'region',
    key: ['customer_id'],
    demo: true,
    checksum: 'count',
    columns: [
      int('customer_id'), region, int('kol_id', true), int('community_id', true), int('campaign_id', true), text('promo_code', 40, true),
      oneOf('via', ACQUISITION_VIAS), int('acquired_at'),
    ],
  },
  {
    // The audit trail: who changed which field of a KOL or a contract, when (main/services/rosters/roster-events.ts).
    name: 'roster_events',
    scope: 'region',
    key: ['id'],
    demo: false,
    checksum: 'count',
    columns: [
      int('id'), region, text('tbl', 40), int('row_id'), int('kol_id', true), int('at'), int('actor_id', true), text('field', 40),
      text('before', 4000, true), text('after', 4000, true),
    ],
  },
] as const satisfies readonly TableSpec[];

export type RostersTableName = (typeof ROSTERS_TABLES)[number]['name'];
export const ROSTERS_TABLE_NAMES = ROSTERS_TABLES.map((table) => table.name) as [RostersTableName, ...RostersTableName[]];

export const ROSTERS_LOCAL_TABLES: readonly LocalTable[] = [
  { name: 'rosters_outbox_rows', why: 'which roster rows each waiting edit touches, so a pull does not overwrite them meanwhile' },
  { name: 'kols_search', why: "the trigram search index over KOL names and handles, built from each console's own rows" },
  { name: 'kol_saved_views', why: "a person's named KOL grid views on this console" },
];
