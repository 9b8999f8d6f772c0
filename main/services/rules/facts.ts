import type { FeedbackCategory, Language, OrderStatus, Priority } from '../../../shared/domain';

/** What the rules know about one feedback item and its order, read from the store. */
export interface FeedbackFacts {
  language: Language;
  text: string;
  rating: number | null;
  category: FeedbackCategory;
  customerHighValue: boolean;
  /** The customer's other feedback in the 30 days before this one. */
  recentComplaints: number;
  order: {
    status: OrderStatus;
    daysLate: number;
    /** Entered customs and not yet cleared. */
    customsHeld: boolean;
    dutiesUsd: number;
  } | null;
  /** The SLA policy's hours per priority in the item's region. */
  policyHours: Record<Priority, number>;
}
