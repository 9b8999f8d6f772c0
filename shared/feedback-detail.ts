import type { AcquiredBy } from './rosters-kols';
import type {
  FeedbackCategory,
  FeedbackChannel,
  FeedbackStatus,
  OrderStatus,
  Priority,
} from './domain';
import type { QueueRow } from './queue';

export interface OrderTimeline {
  id: number;
  status: OrderStatus;
  carrier: string;
  trackingNumber: string;
  fulfilment: 'overseas_warehouse' | 'cross_border';
  currency: string;
  amountLocal: number;
  amountUsd: number;
  shippingFeeUsd: number;
  dutiesUsd: number;
  placedAt: number;
  shippedAt: number | null;
  customsEnteredAt: number | null;
  customsClearedAt: number | null;
  estimatedDeliveryAt: number;
  deliveredAt: number | null;
  daysLate: number | null;
}

export interface CustomerSummary {
  id: number;
  name: string;
  country: string;
  segment: string;
  signupAt: number;
  ordersCount: number;
  lifetimeValueUsd: number;
  highValue: boolean;
  earlierFeedback: { id: number; createdAt: number; category: FeedbackCategory; status: FeedbackStatus; firstLine: string }[];
  /** The KOL or community that brought them, when one did. */
  acquiredBy: AcquiredBy | null;
}

export interface AuditEvent {
  id: number;
  feedbackId: number;
  at: number;
  actorName: string | null;
  kind: string;
  before: string | null;
  after: string | null;
}

export interface MergedFeedback {
  id: number;
  mergeId: number;
  text: string;
  createdAt: number;
  slaDueAt: number;
  firstResponseAt: number | null;
  resolvedAt: number | null;
}

export interface Suggestion<T> {
  value: T;
  /** Why, in the operator's words: "parcel 6 days late", "high-value customer". */
  reasons: string[];
}

export interface FeedbackDetail {
  feedback: QueueRow & {
    text: string;
    channel: FeedbackChannel;
    rating: number | null;
    firstResponseAt: number | null;
    resolvedAt: number | null;
    duplicateOf: number | null;
    updatedAt: number;
  };
  order: OrderTimeline | null;
  customer: CustomerSummary;
  merged: MergedFeedback[];
  events: AuditEvent[];
  slaPauses: { pausedAt: number; resumedAt: number | null; reason: string }[];
  suggestions: { category: Suggestion<FeedbackCategory>; priority: Suggestion<Priority> };
}
