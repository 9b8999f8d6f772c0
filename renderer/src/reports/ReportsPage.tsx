// The Reports screen: the weekly review of the regions and week picked, and the review-pack export.
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useOnRowsChanged } from '../app/data-changed';
import { touchesRegions } from '../app/rows-changed';
import { useSession } from '../session/SessionContext';
import { ExportPanel } from './ExportPanel';
import { RegionComparison } from './RegionComparison';
import { RegionReport } from './RegionReport';
import { RegionTabs } from './RegionTabs';
import { ReportControls } from './ReportControls';
import { ReportSkeleton } from './ReportSkeleton';
import { choiceRegions, currentChoice, forgetReports, rememberChoice, weekToShow, type ReportChoice } from './report-cache';
import { useExport } from './useExport';
import { useReportWeeks, useWeeklyReport } from './useReportData';

function Problem({ message, onRetry }: { message: string; onRetry(): void }) {
  return (
    <div className="screen-message">
      <p role="alert">{message}</p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

export function ReportsPage() {
  const { session } = useSession();
  const headingId = useId();
  const [choice, setChoice] = useState<ReportChoice>(() => currentChoice(session.regions));
  // Bumped by "Try again" and by a sync changing the local data: both fetch anew.
  const [generation, setGeneration] = useState(0);
  const exporter = useExport();

  useEffect(() => rememberChoice(choice), [choice]);
  const regions = choiceRegions(session.regions, choice);
  useOnRowsChanged((change) => {
    forgetReports();
    if (touchesRegions(change, regions)) setGeneration((n) => n + 1);
  });

  const weeks = useReportWeeks(regions, generation);
  const available = weeks.status === 'ready' ? weeks.value : null;
  const week = available && weekToShow(available, choice.week);
  const report = useWeeklyReport(regions, week, generation);
  const exporting = exporter.view.phase === 'starting' || (exporter.view.phase === 'job' && exporter.view.status.state === 'running');
  const retry = () => setGeneration((n) => n + 1);

  let body: ReactNode;
  if (regions.length === 0) {
    body = <p className="screen-message">Pick at least one region to see its weekly review.</p>;
  } else if (weeks.status === 'failed') {
    body = <Problem message={weeks.message} onRetry={retry} />;
  } else if (available && available.latest === null) {
    body = (
      <div className="screen-message">
        <p className="empty-title">There is no complete week of data yet.</p>
        <p>Seed demo data or sync with the hub to see the weekly review.</p>
      </div>
    );
  } else if (report.status === 'failed') {
    body = <Problem message={report.message} onRetry={retry} />;
  } else if (report.status === 'loading') {
    body = <ReportSkeleton />;
  } else if (report.value.regions.length > 1) {
    body = (
      <>
        <RegionComparison reports={report.value.regions} />
        <RegionTabs reports={report.value.regions} />
      </>
    );
  } else {
    body = report.value.regions[0] && <RegionReport report={report.value.regions[0]} />;
  }

  return (
    <main className="screen-page reports" aria-labelledby={headingId}>
      <div className="screen-head">
        <h2 id={headingId} className="screen-title">
          Reports
        </h2>
        <p className="screen-text">
          The week's review for leadership: customers won and their cost, whether they stay and buy again, what they spend,
          what they complain about and whether we answered in time.
        </p>
      </div>
      <ReportControls
        granted={session.regions}
        regions={regions}
        onRegions={(codes) => setChoice((current) => ({ ...current, regions: codes }))}
        weeks={regions.length === 0 ? null : weeks}
        week={week}
        onWeek={(picked) => setChoice((current) => ({ ...current, week: picked }))}
        canExport={week !== null && regions.length > 0 && !exporting}
        onExport={() => week !== null && exporter.start(regions, week)}
      />
      <ExportPanel view={exporter.view} onCancel={exporter.cancel} onDismiss={exporter.dismiss} />
      {body}
    </main>
  );
}
