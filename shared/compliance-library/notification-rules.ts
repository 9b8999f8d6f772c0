// The clocks an incident starts: which law, for which region and kind of incident, to whom, and how long. A clock
// counts hours, calendar days, or working days (Monday to Friday; public holidays are not known offline, so a
// working-day deadline may fall a day early, never late).
import type { RegionCode } from '../domain';

export const INCIDENT_KINDS = ['personal_data_breach', 'product_safety'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export type Clock = { hours: number } | { calendarDays: number } | { workingDays: number };

export interface NotificationRule {
  id: string;
  region: RegionCode;
  kind: IncidentKind;
  /** Who must be told. */
  authority: string;
  /** The requirement in the library that sets the clock. */
  requirementId: string;
  clock: Clock;
  /** What starts the clock, in the law's words. */
  from: string;
}

export const NOTIFICATION_RULES: readonly NotificationRule[] = [
  { id: 'gdpr-33', region: 'EU', kind: 'personal_data_breach', authority: 'Lead supervisory authority', requirementId: 'gdpr.breach-72h', clock: { hours: 72 }, from: 'becoming aware of the breach' },
  { id: 'pdpa-sg-26d', region: 'SEA', kind: 'personal_data_breach', authority: 'PDPC (Singapore)', requirementId: 'pdpa_sg.breach', clock: { calendarDays: 3 }, from: 'assessing the breach as notifiable' },
  { id: 'pdpa-th-37', region: 'SEA', kind: 'personal_data_breach', authority: 'PDPC Office (Thailand)', requirementId: 'pdpa_th.breach', clock: { hours: 72 }, from: 'becoming aware of the breach' },
  { id: 'pdp-id-46', region: 'SEA', kind: 'personal_data_breach', authority: 'Data subjects and the PDP institution (Indonesia)', requirementId: 'pdp_id.breach', clock: { hours: 72 }, from: 'the failure of protection' },
  { id: 'appi-26', region: 'EA', kind: 'personal_data_breach', authority: 'PPC (Japan), final report', requirementId: 'appi.breach', clock: { calendarDays: 30 }, from: 'becoming aware of the leakage' },
  { id: 'pipa-34', region: 'EA', kind: 'personal_data_breach', authority: 'PIPC or KISA (Korea)', requirementId: 'pipa.breach', clock: { hours: 72 }, from: 'becoming aware of the leak' },
  { id: 'lgpd-48', region: 'LATAM', kind: 'personal_data_breach', authority: 'ANPD (Brazil)', requirementId: 'lgpd.incident', clock: { workingDays: 3 }, from: 'learning the incident affected personal data' },
  { id: 'pdpl-sa-20', region: 'MENA', kind: 'personal_data_breach', authority: 'SDAIA (Saudi Arabia)', requirementId: 'pdpl_sa.breach', clock: { hours: 72 }, from: 'becoming aware of the breach' },
  { id: 'cpsc-15b', region: 'NA', kind: 'product_safety', authority: 'CPSC (United States)', requirementId: 'cpsia.section-15b', clock: { hours: 24 }, from: 'obtaining the information' },
  { id: 'gpsr-22', region: 'EU', kind: 'product_safety', authority: 'Market surveillance authority (order to remove a dangerous offer)', requirementId: 'gpsr.marketplace-orders', clock: { workingDays: 2 }, from: 'receiving the order' },
];

export function rulesFor(region: RegionCode, kind: IncidentKind): NotificationRule[] {
  return NOTIFICATION_RULES.filter((rule) => rule.region === region && rule.kind === kind);
}
