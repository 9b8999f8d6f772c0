// The KOLs grid in SQL: a filter (always within the person's regions), a sort on the KOL columns, pages by OFFSET
// reading ids first and then only the page's rows (as the queue does), the count, and the pipeline per status.
import { REGION_CODES, type Person } from '../../../shared/domain';
import { KOL_STATUSES, normaliseHandle, tagList, tierOf, tierRange, type KolStatus } from '../../../shared/rosters';
import type { KolFilter, KolPage, KolRow, KolSortColumn, KolTarget } from '../../../shared/rosters-kols';
import type { Db } from '../../db/open';
import { all, column, value, type SqlValue } from '../../db/statement-cache';

/** The trigram index finds terms of three characters and more. */
const TRIGRAM_MIN_CHARS = 3;

interface Where {
  sql: string;
  params: SqlValue[];
}

/** The filter as a WHERE clause; a region outside the person's grants matches nothing. */
export function kolWhere(filter: KolFilter, person: Person): Where {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  const add = (sql: string, ...values: SqlValue[]) => {
    parts.push(sql);
    params.push(...values);
  };
  const inList = (columnName: string, values: readonly string[]) => add(`${columnName} IN (SELECT value FROM json_each(?))`, JSON.stringify(values));
  const regions = filter.regions ? filter.regions.filter((r) => person.regions.includes(r)) : person.regions;
  // Every region, none narrowed: no term, so the default order's index serves alone (as the queue does).
  if (regions.length < REGION_CODES.length) inList('k.region', regions);
  if (filter.platforms?.length) inList('k.platform', filter.platforms);
  if (filter.statuses?.length) inList('k.status', filter.statuses);
  if (filter.tiers?.length) {
    parts.push(`(${filter.tiers.map(() => '(k.followers >= ? AND k.followers < ?)').join(' OR ')})`);
    for (const tier of filter.tiers) {
      const [from, to] = tierRange(tier);
      params.push(from, to ?? Number.MAX_SAFE_INTEGER);
    }
  }
  if (filter.followersMin !== undefined) add('k.followers >= ?', filter.followersMin);
  if (filter.followersMax !== undefined) add('k.followers <= ?', filter.followersMax);
  if (filter.engagementMin !== undefined) add('k.engagement_rate >= ?', filter.engagementMin);
  if (filter.engagementMax !== undefined) add('k.engagement_rate <= ?', filter.engagementMax);
  if (filter.ownerId === 0) add('k.owner_id IS NULL');
  else if (filter.ownerId !== undefined) add('k.owner_id = ?', filter.ownerId);
  if (filter.niche) add("instr(',' || k.niches || ',', ',' || lower(?) || ',') > 0", filter.niche);
  if (filter.search) {
    // A part of a name in any script, or the handle however it was written (@Name, a profile's address).
    const handle = normaliseHandle(filter.search);
    const terms = [...new Set([filter.search, ...(handle.ok ? [handle.handle] : [])])];
    if (terms.every((term) => [...term].length >= TRIGRAM_MIN_CHARS)) {
      add('k.id IN (SELECT rowid FROM kols_search WHERE kols_search MATCH ?)', terms.map((term) => `"${term.replace(/"/g, '""')}"`).join(' OR '));
    } else {
      // Too short for the trigram index: a scan, case folded for Latin letters (SQLite's lower() folds ASCII only).
      add('(instr(lower(k.name), ?) > 0 OR instr(k.handle, ?) > 0)', filter.search.toLowerCase(), handle.ok ? handle.handle : filter.search.toLowerCase());
    }
  }
  return { sql: parts.length > 0 ? parts.join(' AND ') : '1', params };
}

const SORT_SQL: Record<KolSortColumn, string> = {
  name: 'k.name', handle: 'k.handle', platform: 'k.platform', region: 'k.region', followers: 'k.followers',
  engagement_rate: 'k.engagement_rate', status: 'k.status', updated_at: 'k.updated_at',
};

interface KolRecord {
  id: number;
  region: KolRow['region'];
  name: string;
  platform: KolRow['platform'];
  handle: string;
  profile_url: string | null;
  followers: number;
  engagement_rate: number;
  niches: string;
  status: KolStatus;
  owner_id: number | null;
  tags: string;
  updated_at: number;
}

export function kolRow(r: KolRecord): KolRow {
  return {
    id: r.id, region: r.region, name: r.name, platform: r.platform, handle: r.handle, profileUrl: r.profile_url, followers: r.followers,
    tier: tierOf(r.followers), engagementRate: r.engagement_rate, niches: tagList(r.niches), status: r.status, ownerId: r.owner_id,
    tags: tagList(r.tags), updatedAt: r.updated_at,
  };
}

const ROW_COLUMNS = 'k.id, k.region, k.name, k.platform, k.handle, k.profile_url, k.followers, k.engagement_rate, k.niches, k.status, k.owner_id, k.tags, k.updated_at';

export function kolPage(
  db: Db,
  input: { filter: KolFilter; sort: { colId: KolSortColumn; sort: 'asc' | 'desc' }[]; startRow: number; endRow: number; withCount: boolean },
  person: Person,
): KolPage {
  const where = kolWhere(input.filter, person);
  // Most followers first by default; the id breaks ties so pages never overlap.
  const order = input.sort.length === 0 ? 'k.followers DESC, k.id' : [...input.sort.map((s) => `${SORT_SQL[s.colId]} ${s.sort === 'asc' ? 'ASC' : 'DESC'}`), 'k.id'].join(', ');
  const ids = column<number>(db, `SELECT k.id FROM kols k WHERE ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`, [
    ...where.params, input.endRow - input.startRow, input.startRow,
  ]);
  const rows = all<KolRecord>(db, `SELECT ${ROW_COLUMNS} FROM json_each(?) AS p CROSS JOIN kols k ON k.id = p.value ORDER BY p.key`, [JSON.stringify(ids)]);
  const page: KolPage = { rows: rows.map(kolRow) };
  if (input.withCount) page.count = value<number>(db, `SELECT count(*) FROM kols k WHERE ${where.sql}`, where.params) ?? 0;
  return page;
}

/** KOLs per pipeline status under the filter (its own status choice aside), every status listed. */
export function kolPipeline(db: Db, filter: KolFilter, person: Person): Record<KolStatus, number> {
  const where = kolWhere({ ...filter, statuses: undefined }, person);
  const counts = Object.fromEntries(KOL_STATUSES.map((s) => [s, 0])) as Record<KolStatus, number>;
  for (const row of all<{ status: KolStatus; n: number }>(db, `SELECT k.status, count(*) AS n FROM kols k WHERE ${where.sql} GROUP BY k.status`, where.params)) {
    counts[row.status] = row.n;
  }
  return counts;
}

/** The ids a bulk change names: listed, or everything the filter matches but the excluded ones. */
export function kolTargetIds(db: Db, target: KolTarget, person: Person): number[] {
  if ('ids' in target) return [...new Set(target.ids)];
  const where = kolWhere(target.filter, person);
  const except = new Set(target.exceptIds ?? []);
  return column<number>(db, `SELECT k.id FROM kols k WHERE ${where.sql}`, where.params).filter((id) => !except.has(id));
}
