// One region's weekly review, in the order a manager walks leadership through it: the headline, what moved
// unusually, then the charts behind it (growth, retention, the funnel, spend, complaints, service, delivery).
import type { RegionWeeklyReport } from '../../../shared/report-types';
import { useSession } from '../session/SessionContext';
import { AcquisitionChart } from './AcquisitionChart';
import { AovRepurchaseChart } from './AovRepurchaseChart';
import { CarriersChart } from './CarriersChart';
import { CohortTable } from './CohortTable';
import { ComplaintsChart } from './ComplaintsChart';
import { FlaggedChanges } from './FlaggedChanges';
import { FunnelChart } from './FunnelChart';
import { HeadlineKpis } from './HeadlineKpis';
import { KpiTrends } from './KpiTrends';
import { RetentionChart } from './RetentionChart';
import { SlaChart } from './SlaChart';
import { TopComplaints } from './TopComplaints';
import { weekDaysText } from './report-words';

export function RegionReport({ report }: { report: RegionWeeklyReport }) {
  // Numbers as the region's people read them; a region not granted (it should not happen) reads en-GB.
  const locale = useSession().formatFor(report.region).region?.locale ?? 'en-GB';
  return (
    <div className="region-report">
      <p className="report-week">
        {report.regionName} · {report.week} · {weekDaysText(report.week)} · {report.timeZone}
      </p>
      <HeadlineKpis headline={report.headline} locale={locale} />
      <FlaggedChanges flags={report.flags} locale={locale} />
      <div className="report-grid">
        <AcquisitionChart report={report} locale={locale} />
        <RetentionChart report={report} locale={locale} />
        <FunnelChart report={report} locale={locale} />
        <AovRepurchaseChart report={report} locale={locale} />
        <ComplaintsChart report={report} locale={locale} />
        <SlaChart report={report} locale={locale} />
        <CohortTable report={report} locale={locale} />
        <CarriersChart report={report} locale={locale} />
        <TopComplaints complaints={report.topComplaints} region={report.region} />
      </div>
      <KpiTrends series={report.series} locale={locale} />
    </div>
  );
}
