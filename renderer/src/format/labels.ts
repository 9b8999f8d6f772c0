// Words for codes that shared/domain.ts has no labels for yet; the UI never shows a raw code.
import type { FeedbackChannel, Role } from '../../../shared/domain';

export const ROLE_LABELS: Record<Role, string> = {
  operator: 'Operator',
  support_lead: 'Support lead',
  manager: 'Manager',
  admin: 'Admin',
};

export const CHANNEL_LABELS: Record<FeedbackChannel, string> = {
  app: 'App',
  email: 'Email',
  chat: 'Chat',
  social: 'Social',
  marketplace: 'Marketplace',
};

export const FULFILMENT_LABELS = {
  overseas_warehouse: 'Overseas warehouse',
  cross_border: 'Cross-border',
} as const;

/** Looks a stored code up in a label table, showing the code itself if the table does not know it. */
export function labelFor<K extends string>(labels: Record<K, string>, code: string | null): string {
  if (code === null) return '—';
  return Object.hasOwn(labels, code) ? labels[code as K] : code;
}
