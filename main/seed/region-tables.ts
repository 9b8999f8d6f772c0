// Weighted tables drawn from each region's catalog entry, prepared once.

import type { FeedbackChannel, Language, Priority, RegionCode, SignupChannel } from '../../shared/domain';
import { KOL_CAMPAIGN_LIFT, PEOPLE, REGIONS, slaHours, type CarrierInfo, type RegionInfo } from './catalog';
import { WeightedTable } from './random';

export interface RegionTables {
  info: RegionInfo;
  languages: Map<string, WeightedTable<Language>>;
  payments: Map<string, WeightedTable<string>>;
  warehouseCarriers: WeightedTable<CarrierInfo>;
  crossBorderCarriers: WeightedTable<CarrierInfo>;
  signupChannels: WeightedTable<SignupChannel>;
  /** The same during a KOL campaign, when kol brings in more customers. */
  campaignSignupChannels: WeightedTable<SignupChannel>;
  feedbackChannels: WeightedTable<FeedbackChannel>;
  assignees: WeightedTable<number>;
  /** Support leads of the region: they triage and assign. */
  leads: WeightedTable<number>;
  slaHours: Record<Priority, number>;
}

const REGION_TABLES: ReadonlyMap<RegionCode, RegionTables> = new Map(
  REGIONS.map((info) => {
    const languages = new Map<string, WeightedTable<Language>>();
    const payments = new Map<string, WeightedTable<string>>();
    for (const country of info.countries) {
      languages.set(country.code, new WeightedTable(country.languages));
      payments.set(country.code, new WeightedTable(country.paymentMethods ?? info.paymentMethods));
    }
    // Operators take most of the queue, support leads some; managers and admins are not assigned feedback.
    const assignees = PEOPLE.filter((p) => p.regions.includes(info.code) && (p.role === 'operator' || p.role === 'support_lead')).map(
      (p) => [p.id, p.role === 'operator' ? 3 : 1.2] as const,
    );
    const tables: RegionTables = {
      info,
      languages,
      payments,
      warehouseCarriers: new WeightedTable(info.carriers.map((c) => [c, c.warehouseWeight] as const)),
      crossBorderCarriers: new WeightedTable(info.carriers.map((c) => [c, c.crossBorderWeight] as const)),
      signupChannels: new WeightedTable(info.signupChannels),
      campaignSignupChannels: new WeightedTable(
        info.signupChannels.map(([channel, weight]) => [channel, channel === 'kol' ? weight * KOL_CAMPAIGN_LIFT : weight] as const),
      ),
      feedbackChannels: new WeightedTable(info.feedbackChannels),
      assignees: new WeightedTable(assignees),
      leads: new WeightedTable(PEOPLE.filter((p) => p.regions.includes(info.code) && p.role === 'support_lead').map((p) => [p.id, 1] as const)),
      slaHours: { P1: slaHours(info.code, 'P1'), P2: slaHours(info.code, 'P2'), P3: slaHours(info.code, 'P3'), P4: slaHours(info.code, 'P4') },
    };
    return [info.code, tables] as const;
  }),
);

export function regionTables(code: RegionCode): RegionTables {
  const tables = REGION_TABLES.get(code);
  if (!tables) throw new Error(`Unknown region ${code}`);
  return tables;
}
