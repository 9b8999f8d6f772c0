// The Reports screen: the weekly review of the regions and week picked, and the review-pack export.
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useOnRowsChanged } from '../app/data-changed';
import { touchesRegions } from '../app/rows-changed';
import { useWords } from '../i18n/LocaleContext';
import { useSession } from '../session/SessionContext';
import { LoadFailure } from '../ui/LoadFailure';
import { ExportPanel } from './ExportPanel';
import { RegionComparison } from './RegionComparison';
import { RegionReport } from './RegionReport';
import { RegionTabs } from './RegionTabs';
import { ReportControls } from './ReportControls';
import { ReportSkeleton } from './ReportSkeleton';
import { choiceRegions, currentChoice, forgetReports, rememberChoice, weekToShow, type ReportChoice } from './report-cache';
import { useExport } from './useExport';
import { useReportWeeks, useWeeklyReport } from './useReportData';

export function ReportsPage() {
  const { session } = useSession();
  const { t } = useWords();
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
    body = <p className="screen-message">{t('reports.pickRegion')}</p>;
  } else if (weeks.status === 'failed') {
    body = <LoadFailure failure={weeks.failure} onRetry={retry} />;
  } else if (available && available.latest === null) {
    body = (
      <div className="screen-message">
        <p className="empty-title">{t('reports.noWeek')}</p>
        <p>{t('reports.noWeekHint')}</p>
      </div>
    );
  } else if (report.status === 'failed') {
    body = <LoadFailure failure={report.failure} onRetry={retry} />;
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
          {t('reports.title')}
        </h2>
        <p className="screen-text">{t('reports.text')}</p>
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
