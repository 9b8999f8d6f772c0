// The demo data set's rows, one interface per table, named as the schema's columns (snake_case, timestamps as
// UTC epoch ms), and the shapes the generator hands them out in.

import type { FeedbackCategory, FeedbackChannel, FeedbackStatus, Language, OrderStatus, Priority, RegionCode, Role, SignupChannel } from '../../shared/domain';
import { DEMO_TABLES, type DemoTableName } from '../../shared/table-registry';
import type { ComplianceRows, EvidenceFile } from './compliance-rows';
import type { PlantedAnomaly } from './growth-model';
import type { Scale, ScaleSizes } from './options';
import type {
  CampaignMemberRow, CampaignRow, CommunityMemberRow, CommunityRow, CommunitySnapshotRow, CustomerAcquisitionRow, KolContractRow, KolPostRow,
  KolRow, PromoCodeRow,
} from './roster-rows';

export interface RegionRow {
  code: RegionCode;
  name: string;
  currency: string;
  time_zone: string;
  locale: string;
}

export interface PersonRow {
  id: number;
  name: string;
  email: string;
  role: Role;
}

export interface PersonRegionRow {
  person_id: number;
  region: RegionCode;
}

export interface SlaPolicyRow {
  region: RegionCode | '*';
  priority: Priority;
  hours: number;
}

export type Segment = 'new' | 'regular' | 'vip' | 'dormant';

export interface CustomerRow {
  id: number;
  region: RegionCode;
  country: string;
  name: string;
  email: string;
  signup_at: number;
  signup_channel: SignupChannel;
  segment: Segment;
  first_order_at: number | null;
  last_order_at: number | null;
  /** All the customer's orders, whatever their status. */
  orders_count: number;
  /** The sum of amount_usd over all the customer's orders, rounded to cents. */
  lifetime_value_usd: number;
}

export type Fulfilment = 'overseas_warehouse' | 'cross_border';

export interface OrderRow {
  id: number;
  customer_id: number;
  region: RegionCode;
  country: string;
  status: OrderStatus;
  carrier: string;
  tracking_number: string;
  fulfilment: Fulfilment;
  currency: string;
  amount_local: number;
  amount_usd: number;
  shipping_fee_usd: number;
  duties_usd: number;
  payment_method: string;
  promo_code: string | null;
  placed_at: number;
  shipped_at: number | null;
  customs_entered_at: number | null;
  customs_cleared_at: number | null;
  /** Promised at checkout: a projection, so it may lie after `until` for recent orders. */
  estimated_delivery_at: number;
  delivered_at: number | null;
}

export interface FeedbackRow {
  id: number;
  customer_id: number;
  order_id: number | null;
  region: RegionCode;
  country: string;
  channel: FeedbackChannel;
  language: Language;
  text: string;
  rating: number | null;
  category: FeedbackCategory;
  status: FeedbackStatus;
  priority: Priority;
  assignee_id: number | null;
  created_at: number;
  updated_at: number;
  /** created_at + the SLA hours for region and priority: a due time, so it may lie after `until`. */
  sla_due_at: number;
  sla_paused_at: number | null;
  first_response_at: number | null;
  resolved_at: number | null;
  duplicate_of: number | null;
  merge_id: number | null;
  version: number;
}

export interface FeedbackTagRow {
  feedback_id: number;
  tag: string;
}

export interface FeedbackEventRow {
  id: number;
  feedback_id: number;
  at: number;
  actor_id: number | null;
  kind: string;
  before: string | null;
  after: string | null;
}

export interface FeedbackSlaPauseRow {
  feedback_id: number;
  paused_at: number;
  resumed_at: number | null;
  reason: string;
}

export interface CustomerActivityRow {
  customer_id: number;
  /** A local day in the region's reporting time zone. */
  day: string;
  region: RegionCode;
}

export interface MarketingSpendRow {
  id: number;
  region: RegionCode;
  channel: SignupChannel;
  day: string;
  amount_usd: number;
  /** Set on a KOL campaign's fee (channel kol); null for everyday channel spend. */
  campaign: string | null;
}

export interface DailyFunnelRow {
  region: RegionCode;
  channel: SignupChannel;
  day: string;
  visits: number;
  product_views: number;
  add_to_cart: number;
  checkout_started: number;
  /** Exactly the orders placed that local day by customers who signed up through the channel. */
  orders: number;
}

export interface WeeklyTargetRow {
  region: RegionCode;
  week: string;
  kpi: string;
  value: number;
}

/** A row type for every table the registry (shared/table-registry.ts) says the demo data set fills. */
export interface TableRows extends Record<DemoTableName, object> {
  regions: RegionRow;
  people: PersonRow;
  people_regions: PersonRegionRow;
  sla_policies: SlaPolicyRow;
  customers: CustomerRow;
  orders: OrderRow;
  feedback: FeedbackRow;
  feedback_tags: FeedbackTagRow;
  feedback_events: FeedbackEventRow;
  feedback_sla_pauses: FeedbackSlaPauseRow;
  customer_activity: CustomerActivityRow;
  marketing_spend: MarketingSpendRow;
  daily_funnel: DailyFunnelRow;
  weekly_targets: WeeklyTargetRow;
  kols: KolRow;
  campaigns: CampaignRow;
  campaign_members: CampaignMemberRow;
  kol_contracts: KolContractRow;
  promo_codes: PromoCodeRow;
  kol_posts: KolPostRow;
  communities: CommunityRow;
  community_snapshots: CommunitySnapshotRow;
  community_members: CommunityMemberRow;
  customer_acquisitions: CustomerAcquisitionRow;
  compliance_assessments: ComplianceRows['compliance_assessments'][number];
  compliance_results: ComplianceRows['compliance_results'][number];
  compliance_findings: ComplianceRows['compliance_findings'][number];
  compliance_actions: ComplianceRows['compliance_actions'][number];
  compliance_evidence: ComplianceRows['compliance_evidence'][number];
  compliance_evidence_revisions: ComplianceRows['compliance_evidence_revisions'][number];
  compliance_evidence_links: ComplianceRows['compliance_evidence_links'][number];
  compliance_signoffs: ComplianceRows['compliance_signoffs'][number];
  compliance_incidents: ComplianceRows['compliance_incidents'][number];
  compliance_notifications: ComplianceRows['compliance_notifications'][number];
}

/** What hangs off one customer, simulated with them: a writer takes these from each bundle, in this order. */
export const BUNDLE_TABLES = [
  'orders',
  'feedback',
  'feedback_tags',
  'feedback_events',
  'feedback_sla_pauses',
  'customer_activity',
  'community_members',
  'customer_acquisitions',
] as const satisfies readonly DemoTableName[];
export type BundleTableName = (typeof BUNDLE_TABLES)[number];

/** Written first and whole: people and regions. */
export const DIRECTORY_TABLES: readonly DemoTableName[] = DEMO_TABLES.filter((table) => table.scope === 'directory').map((table) => table.name);
const IN_BUNDLES = new Set<DemoTableName>(['customers', ...BUNDLE_TABLES]);
/** Written after every customer: the funnel and the targets come from what the pass over them gathered. */
export const AFTER_CUSTOMER_TABLES: readonly DemoTableName[] = DEMO_TABLES.filter(
  (table) => table.scope !== 'directory' && !IN_BUNDLES.has(table.name),
).map((table) => table.name);

/** One customer with everything that hangs off them, as a writer can insert it in one go. */
export type CustomerBundle = { customer: CustomerRow } & { [T in BundleTableName]: TableRows[T][] };

export type TableStreams = { readonly [T in DemoTableName]: Iterable<TableRows[T]> };

export interface Dataset extends TableStreams {
  readonly scale: Scale;
  readonly seed: number;
  /** The end of the data (epoch ms) and its start, SPAN_DAYS earlier. */
  readonly until: number;
  readonly start: number;
  /** Exact row counts of customers, orders and feedback. */
  readonly sizes: ScaleSizes;
  /** Customers one at a time with their orders, feedback and activity: one simulation pass for all those tables. */
  readonly byCustomer: Iterable<CustomerBundle>;
  /** The week whose signups were planted to drop (see PLANTED_SIGNUP_DROP). */
  readonly anomaly: PlantedAnomaly;
  /** The bytes of the evidence revisions, by sha256, for the writer to put in the evidence folder. */
  readonly evidenceFiles: Iterable<EvidenceFile>;
}
