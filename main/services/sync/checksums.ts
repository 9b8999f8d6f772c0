// Per-region checksums of the console's rows, computed as the hub computes them (hub/PROTOCOL.md).
import type { RegionCode } from '../../../shared/domain';
import type { RegionChecksum } from '../../../shared/hub-protocol';
import { CHECKSUM_TABLES } from '../../../shared/sync-tables';
import type { Db } from '../../db/open';
import { all } from '../../db/statement-cache';

export function localChecksums(db: Db, regions: RegionCode[]): Partial<Record<RegionCode, RegionChecksum>> {
  const result: Partial<Record<RegionCode, RegionChecksum>> = {};
  for (const region of regions) result[region] = { count: 0, hash: 0 };
  for (const table of CHECKSUM_TABLES) {
    const hash = table === 'feedback' ? 'coalesce(sum((id * 7919 + version * 104729) % 1000000007), 0) % 1000000007' : '0';
    const rows = all<{ region: RegionCode; n: number; h: number }>(db, `SELECT region, count(*) AS n, ${hash} AS h FROM ${table} GROUP BY region`);
    for (const row of rows) {
      const sum = result[row.region];
      if (!sum) continue;
      sum.count += row.n;
      if (table === 'feedback') sum.hash = row.h;
    }
  }
  return result;
}
