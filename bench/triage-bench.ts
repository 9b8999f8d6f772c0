// The triage queue on the large demo set: pages at the top and deep down, the view's count,
// full-text search and a bulk update with its audit events.
import { queueFilterSchema } from '../shared/queue';
import type { Db } from '../main/db/open';
import { currentPerson } from '../main/services/session/session-service';
import { countView, pageIds, queuePage } from '../main/services/feedback/queue-service';
import { updateFeedback } from '../main/services/feedback/update-service';
import { measure, type BenchResult } from './stats';

const PAGE = 100;

export function triageBench(db: Db, now: number): BenchResult[] {
  const person = currentPerson(db);
  // Everything, newest first: the deepest view the queue has.
  const deepView = queueFilterSchema.parse({ includeResolved: true });
  const deepSort = [{ colId: 'created_at' as const, sort: 'desc' as const }];
  // A filtered, sorted view people use all day.
  const regionView = queueFilterSchema.parse({ regions: ['SEA'], includeResolved: true });
  const total = countView(db, deepView, person, now);
  const deepStart = Math.max(0, Math.min(500_000, total - PAGE));

  const page = (filter: typeof deepView, startRow: number) =>
    queuePage(db, { filter, sort: deepSort, startRow, endRow: startRow + PAGE, withCount: false }, person, now);

  const searches = ['paquete', 'ล่าช้า', 'Lieferung', '関税', 'encomenda', 'terlambat', '返品'];
  let bulkRound = 0;
  const openIds = pageIds(db, queueFilterSchema.parse({}), [], person, now, 0, 1000);

  return [
    measure('page_first', 200, () => page(regionView, 0), { view: 'SEA, newest first' }),
    measure('page_deep', 200, (i) => page(deepView, deepStart - (Math.abs(i) % 50) * PAGE), {
      view: 'all feedback, newest first',
      start_row: deepStart,
      view_rows: total,
    }),
    measure('count_view', 100, () => countView(db, regionView, person, now), { view: 'SEA' }),
    measure('search', 120, (i) => {
      const search = searches[Math.abs(i) % searches.length] ?? 'paquete';
      queuePage(db, { filter: queueFilterSchema.parse({ search, includeResolved: true }), sort: deepSort, startRow: 0, endRow: PAGE, withCount: true }, person, now);
    }, { terms: searches.join(' ') }),
    measure('bulk_update_1000', 20, () => {
      bulkRound += 1;
      updateFeedback(db, { target: { ids: openIds }, change: { addTags: [`bench-${bulkRound}`], priority: bulkRound % 2 ? 'P2' : 'P3' } }, person, now);
    }, { rows: openIds.length }),
  ];
}
