// Each region's reporting clock, kept per store between calls: a clock remembers the local days it has worked out
// (each one an Intl look-up), and the rosters' figures ask for the same days again and again.
import type { RegionCode } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { regionClock, type RegionClock } from '../metrics/region-clock';

const clocks = new WeakMap<Db, Map<RegionCode, RegionClock>>();
export function clockOf(db: Db, region: RegionCode): RegionClock {
  let byRegion = clocks.get(db);
  if (!byRegion) clocks.set(db, (byRegion = new Map()));
  let clock = byRegion.get(region);
  if (!clock) byRegion.set(region, (clock = regionClock(db, region)));
  return clock;
}
