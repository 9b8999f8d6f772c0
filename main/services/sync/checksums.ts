// Per-region checksums of the console's rows, computed as the hub computes them (hub/PROTOCOL.md).
import type { RegionCode } from '../../../shared/domain';
import type { RegionChecksum } from '../../../shared/hub-protocol';
import { CHECKSUM_MODULUS, CHECKSUM_TABLES, VERSION_HASH_SQL } from '../../../shared/table-registry';
import type { Db } from '../../db/open';
import { all } from '../../db/statement-cache';

export function localChecksums(db: Db, regions: RegionCode[]): Partial<Record<RegionCode, RegionChecksum>> {
  const result: Partial<Record<RegionCode, RegionChecksum>> = {};
  for (const region of regions) result[region] = { count: 0, hash: 0 };
  for (const table of CHECKSUM_TABLES) {
    const versions = table.checksum === 'versions';
    const rows = all<{ region: RegionCode; n: number; h: number }>(
      db,
      `SELECT region, count(*) AS n, ${versions ? VERSION_HASH_SQL : '0'} AS h FROM ${table.name} GROUP BY region`,
    );
    for (const row of rows) {
      const sum = result[row.region];
      if (!sum) continue;
      sum.count += row.n;
      if (versions) sum.hash = (sum.hash + row.h) % CHECKSUM_MODULUS;
    }
  }
  return result;
}
