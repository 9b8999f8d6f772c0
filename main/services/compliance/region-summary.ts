// One region's compliance at a moment, for the weekly review pack's "Compliance and ESG" page: each framework's
// assessment of the quarter holding that moment, with its weighted share compliant and counts, evidence expiring
// within 30 days and open incidents. The same roll-up as the Compliance screen.
import { periodOf } from '../../../shared/compliance';
import { latestFramework } from '../../../shared/compliance-library/library';
import type { RegionCode } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { rollup } from './rollup';

export interface RegionCompliance {
  period: string;
  rows: { framework: string; status: string | null; share: number | null; compliant: number; nonCompliant: number; open: number; overdue: number }[];
  evidenceExpiring: number;
  openIncidents: number;
}

export function regionComplianceSummary(db: Db, region: RegionCode, at: number): RegionCompliance {
  const period = periodOf(at - 1);
  const cells = rollup(db, { id: 0, name: '', email: '', role: 'manager', regions: [region] }, [period], at);
  return {
    period,
    rows: cells.map((cell) => ({
      framework: latestFramework(cell.framework)?.name ?? cell.framework,
      status: cell.status,
      share: cell.score?.share ?? null,
      compliant: cell.score?.counts.compliant ?? 0,
      nonCompliant: (cell.score?.counts.non_compliant ?? 0) + (cell.score?.counts.partially_compliant ?? 0),
      open: (cell.score?.counts.to_do ?? 0) + (cell.score?.counts.in_progress ?? 0),
      overdue: cell.score?.overdue ?? 0,
    })),
    evidenceExpiring: cells[0]?.evidenceExpiring ?? 0,
    openIncidents: cells[0]?.openIncidents ?? 0,
  };
}
