// The Reports entry of the screen registry. AG Charts is most of the renderer's weight, so the view and its
// charts load apart from the console's start; the review itself is asked for at once, so the data and the
// code arrive side by side.
import { lazy, Suspense, useState, type ComponentType } from 'react';
import { useSession } from '../session/SessionContext';
import { prefetchReview } from './report-cache';
import { ReportSkeleton } from './ReportSkeleton';

let loadedPage: ComponentType | null = null;
const loadPage = () =>
  import('./ReportsPage').then((module) => {
    loadedPage = module.ReportsPage;
    return { default: module.ReportsPage };
  });
const LazyPage = lazy(loadPage);

// Once the console has started and the main thread is idle, load the charts' code in the background, so the
// first visit to Reports waits for its data only.
const PRELOAD_AFTER_MS = 3_000;
window.setTimeout(() => window.requestIdleCallback(() => void loadPage(), { timeout: 10_000 }), PRELOAD_AFTER_MS);

export function ReportsScreen() {
  const { session } = useSession();
  // Once per visit, before the page's first render: a state initialiser, not an effect, so the ask leaves
  // before the page (or its code) is even requested.
  useState(() => prefetchReview(session.regions));
  // Once loaded, the page is rendered as is: going through Suspense again would hold it back (React throttles
  // revealing suspended content by about 300 ms). Decided once per visit, so the page is never remounted.
  const [Page] = useState(() => loadedPage);
  if (Page) return <Page />;
  return (
    <Suspense
      fallback={
        <main className="screen-page reports">
          <ReportSkeleton />
        </main>
      }
    >
      <LazyPage />
    </Suspense>
  );
}
