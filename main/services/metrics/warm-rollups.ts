// Fills the weekly rollup after a bulk load (a seed, a reset snapshot), which leaves it empty: otherwise the first
// report of each region computes two years of weeks while the person waits for the Reports view to open.
import type { RegionCode } from '../../../shared/domain';
import { shiftIsoWeek } from '../../../shared/iso-week';
import type { Db } from '../../db/open';
import { column } from '../../db/statement-cache';
import { ServiceError } from '../kit';
import { regionClock } from './region-clock';
import { regionSpan } from './report-weeks';
import { refreshRollup } from './rollup';
import { REPORT_HISTORY_WEEKS } from './weekly-report';

/**
 * Brings every region's rollup up to date over all the weeks its reports read: from the history before its first
 * week with data to its last complete week. Returns the regions warmed; one transaction per region.
 */
export function warmRollups(db: Db): RegionCode[] {
  const regions = column<RegionCode>(db, 'SELECT code FROM regions ORDER BY code');
  return regions.filter((region) => {
    try {
      const span = regionSpan(db, region);
      if (!span) return false;
      refreshRollup(db, regionClock(db, region), shiftIsoWeek(span.first, -REPORT_HISTORY_WEEKS), span.latest);
      return true;
    } catch (error) {
      // A time zone this console does not know: that region's reports say so when asked; the others still warm.
      if (error instanceof ServiceError) return false;
      throw error;
    }
  });
}
