// The domain's words and value sets, shared by main and renderer. No Node or DOM imports here.

export const REGION_CODES = ['SEA', 'MENA', 'EU', 'NA', 'LATAM', 'EA'] as const;
export type RegionCode = (typeof REGION_CODES)[number];

export const FEEDBACK_STATUSES = [
  'new',
  'triaged',
  'in_progress',
  'waiting_on_carrier',
  'waiting_on_customer',
  'resolved',
] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** Statuses during which the SLA clock stands still. */
export const SLA_PAUSING_STATUSES: readonly FeedbackStatus[] = ['waiting_on_carrier', 'waiting_on_customer'];

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const FEEDBACK_CATEGORIES = [
  'late_delivery',
  'lost_parcel',
  'damaged',
  'customs_duties',
  'returns',
  'product_quality',
  'payment',
  'account',
  'other',
] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];

export const LOGISTICS_CATEGORIES: readonly FeedbackCategory[] = [
  'late_delivery',
  'lost_parcel',
  'damaged',
  'customs_duties',
  'returns',
];

export const FEEDBACK_CHANNELS = ['app', 'email', 'chat', 'social', 'marketplace'] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];

export const LANGUAGES = ['en', 'es', 'pt', 'ar', 'th', 'id', 'de', 'fr', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

export const ORDER_STATUSES = [
  'placed',
  'paid',
  'shipped',
  'in_customs',
  'delivered',
  'returned',
  'refunded',
  'lost',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ROLES = ['operator', 'support_lead', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const SIGNUP_CHANNELS = ['tiktok', 'search', 'social', 'kol', 'affiliate', 'referral', 'community'] as const;
export type SignupChannel = (typeof SIGNUP_CHANNELS)[number];

export interface Region {
  code: RegionCode;
  name: string;
  currency: string;
  timeZone: string;
  locale: string;
}

export interface Person {
  id: number;
  name: string;
  email: string;
  role: Role;
  regions: RegionCode[];
}

/** Words a regional operator reads, for each code the UI shows. */
export const STATUS_LABELS: Record<FeedbackStatus, string> = {
  new: 'New',
  triaged: 'Triaged',
  in_progress: 'In progress',
  waiting_on_carrier: 'Waiting on carrier',
  waiting_on_customer: 'Waiting on customer',
  resolved: 'Resolved',
};

export const CATEGORY_LABELS: Record<FeedbackCategory, string> = {
  late_delivery: 'Late delivery',
  lost_parcel: 'Lost parcel',
  damaged: 'Damaged',
  customs_duties: 'Customs & duties',
  returns: 'Returns',
  product_quality: 'Product quality',
  payment: 'Payment',
  account: 'Account',
  other: 'Other',
};

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  placed: 'Placed',
  paid: 'Paid',
  shipped: 'Shipped',
  in_customs: 'In customs',
  delivered: 'Delivered',
  returned: 'Returned',
  refunded: 'Refunded',
  lost: 'Lost',
};

export const LANGUAGE_LABELS: Record<Language, string> = {
  en: 'English',
  es: 'Spanish',
  pt: 'Portuguese',
  ar: 'Arabic',
  th: 'Thai',
  id: 'Indonesian',
  de: 'German',
  fr: 'French',
  ja: 'Japanese',
};

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
