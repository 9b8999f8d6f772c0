// People and regions: the reference tables, straight from the catalog.

import { PEOPLE, REGIONS, SLA_POLICIES } from './catalog';
import type { PersonRegionRow, PersonRow, RegionRow, SlaPolicyRow } from './rows';
import { iterable } from './streams';

export interface DirectoryStreams {
  regions: Iterable<RegionRow>;
  people: Iterable<PersonRow>;
  people_regions: Iterable<PersonRegionRow>;
  sla_policies: Iterable<SlaPolicyRow>;
}

export function directoryStreams(): DirectoryStreams {
  return {
    regions: iterable(function* () {
      for (const r of REGIONS) yield { code: r.code, name: r.name, currency: r.currency, time_zone: r.timeZone, locale: r.locale };
    }),
    people: iterable(function* () {
      for (const p of PEOPLE) yield { id: p.id, name: p.name, email: p.email, role: p.role };
    }),
    people_regions: iterable(function* () {
      for (const p of PEOPLE) for (const region of p.regions) yield { person_id: p.id, region };
    }),
    sla_policies: iterable(function* () {
      for (const p of SLA_POLICIES) yield { region: p.region, priority: p.priority, hours: p.hours };
    }),
  };
}
