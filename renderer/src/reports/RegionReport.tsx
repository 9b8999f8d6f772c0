// One region's weekly review, in the order a manager walks leadership through it: the headline, what moved
// unusually, then the charts behind it (growth, retention, the funnel, spend, complaints, service, delivery).
import type { RegionWeeklyReport } from '../../../shared/report-types';
import { useWords } from '../i18n/LocaleContext';
import { RostersReportSection } from '../rosters/RostersReportSection';
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
  const { label, locale } = useWords();
  return (
    <div className="region-report">
      <p className="report-week">
        {label('region', report.region)} · {report.week} · {weekDaysText(report.week, locale)} · {report.timeZone}
      </p>
      <HeadlineKpis headline={report.headline} />
      <FlaggedChanges flags={report.flags} />
      <div className="report-grid">
        <AcquisitionChart report={report} />
        <RetentionChart report={report} />
        <FunnelChart report={report} />
        <AovRepurchaseChart report={report} />
        <ComplaintsChart report={report} />
        <SlaChart report={report} />
        <CohortTable report={report} />
        <CarriersChart report={report} />
        <TopComplaints complaints={report.topComplaints} region={report.region} />
      </div>
      <RostersReportSection region={report.region} />
      <KpiTrends series={report.series} />
    </div>
  );
}
