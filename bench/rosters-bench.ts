// The rosters on the large demo set (30,000 KOLs): the KOLs grid's first and a deep page, search by name or handle,
// importing 10,000 KOLs (validation included), a campaign's report, a community's retention, and the weekly review
// pack's KOL and community page for one region-week.
import type { Db } from '../main/db/open';
import { column, value } from '../main/db/statement-cache';
import { communityRetention } from '../main/services/rosters/community-retention';
import { importRoster } from '../main/services/rosters/import/import-service';
import { kolPage } from '../main/services/rosters/kol-query';
import { rosterPerformance } from '../main/services/rosters/performance-service';
import { rostersReport } from '../main/services/rosters/rosters-report';
import { isoWeekOfDay, localDayOf, shiftIsoWeek } from '../shared/iso-week';
import { currentPerson } from '../main/services/session/session-service';
import { kolPageInput } from '../shared/rosters-kols';
import { measure, type BenchResult } from './stats';

const PAGE = 100;

/** 10,000 new KOLs as a person would export them from a spreadsheet: every third with a profile link and an owner. */
function kolCsv(rows: number): Uint8Array {
  const lines = ['region,name,platform,handle,followers,engagement_rate,profile_url,niches,owner_email,tags'];
  const platforms = ['tiktok', 'instagram', 'youtube', 'shopee_live', 'kwai'];
  for (let i = 0; i < rows; i++) {
    const handle = `bench.creator.${i}`;
    const platform = platforms[i % platforms.length] as string;
    const link = i % 3 === 0 ? `https://www.${platform === 'shopee_live' ? 'shopee.sg' : `${platform}.com`}/@${handle}` : '';
    const owner = i % 3 === 0 ? 'ana.reyes@ops.example.com' : '';
    lines.push(`SEA,Creator ${i},${platform},@${handle},${1_000 + ((i * 7919) % 2_000_000)},${(1 + (i % 80) / 10).toFixed(1)}%,${link},beauty;food,${owner},bench`);
  }
  return new TextEncoder().encode(lines.join('\n'));
}

export function rostersBench(db: Db): BenchResult[] {
  const person = currentPerson(db);
  const total = value<number>(db, 'SELECT count(*) FROM kols') ?? 0;
  const page = (startRow: number, filter: object = {}) =>
    kolPage(db, kolPageInput.parse({ filter, sort: [{ colId: 'followers', sort: 'desc' }], startRow, endRow: startRow + PAGE, withCount: startRow === 0 }) as never, person);
  const deepStart = Math.max(0, total - PAGE);
  // Parts of names in several scripts, and handles typed as @handle or a profile address.
  const handles = column<string>(db, 'SELECT handle FROM kols ORDER BY id LIMIT 5 OFFSET 1000');
  const searches = ['Tan', 'Somchai', 'Reviews', 'sant', ...handles.map((h, i) => (i % 2 === 0 ? `@${h.toUpperCase()}` : `https://www.tiktok.com/@${h}?lang=en`))];
  const campaign = value<number>(db, 'SELECT campaign_id FROM kol_contracts GROUP BY campaign_id ORDER BY count(*) DESC, campaign_id LIMIT 1') ?? 1;
  const community = value<number>(db, 'SELECT community_id FROM community_members WHERE customer_id IS NOT NULL GROUP BY community_id ORDER BY count(*) DESC LIMIT 1') ?? 1;
  // The week before the one holding SEA's last order: the latest a pack is made for.
  const packWeek = shiftIsoWeek(isoWeekOfDay(localDayOf(value<number>(db, "SELECT max(placed_at) FROM orders WHERE region = 'SEA'") ?? 0, value<string>(db, "SELECT time_zone FROM regions WHERE code = 'SEA'") ?? 'UTC')), -1);
  const results = [
    measure('kol_page_first', 100, () => page(0), { kols: total, sort: 'followers desc', goal_p95_ms: 50 }),
    measure('kol_page_deep', 100, (i) => page(deepStart - (Math.abs(i) % 20) * PAGE), { start_row: deepStart, goal_p95_ms: 50 }),
    measure('kol_search', 90, (i) => page(0, { search: searches[Math.abs(i) % searches.length] }), { terms: searches.length, goal_p95_ms: 15 }),
    measure('campaign_report', 30, () => rosterPerformance(db, 'campaign', campaign, person), {
      campaign_id: campaign,
      contracts: value<number>(db, 'SELECT count(*) FROM kol_contracts WHERE campaign_id = ?', [campaign]) ?? 0,
      goal_p95_ms: 200,
    }),
    measure('community_retention', 20, () => communityRetention(db, community, person), {
      community_id: community,
      linked_members: value<number>(db, 'SELECT count(*) FROM community_members WHERE community_id = ? AND customer_id IS NOT NULL', [community]) ?? 0,
      goal_p95_ms: 300,
    }),
    measure('pack_kol_community_page', 10, () => rostersReport(db, 'SEA', person, packWeek), { region: 'SEA', week: packWeek, goal_p95_ms: 1_000 }),
  ];
  const csv = kolCsv(10_000);
  const started = performance.now();
  // As `npm run import` does (the demo's current person is a support lead, who imports nothing from the screen).
  const report = importRoster(db, { kind: 'kols', fileName: 'bench-kols.csv', bytes: csv, commit: true, via: 'command line' }, person, Date.now());
  const ms = performance.now() - started;
  results.push({ name: 'kol_import_10000', ms: Math.round(ms), rows: report.rows, added: report.added, rejected: report.rejected, rows_per_s: Math.round((report.added / ms) * 1000), goal_ms: 2_000 });
  return results;
}
