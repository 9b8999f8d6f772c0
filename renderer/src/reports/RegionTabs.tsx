// One tab per region for the full review: side by side, two dozen charts per region would be too small to
// read, and drawing only the open region's keeps the screen fast. Arrow keys move between tabs (ARIA tabs).
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { RegionWeeklyReport } from '../../../shared/report-types';
import { useWords } from '../i18n/LocaleContext';
import { RegionReport } from './RegionReport';

export function RegionTabs({ reports }: { reports: readonly RegionWeeklyReport[] }) {
  const { t, label } = useWords();
  const [chosen, setChosen] = useState(reports[0]?.region);
  const baseId = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const index = Math.max(0, reports.findIndex((report) => report.region === chosen));
  const open = reports[index];

  const onKeyDown = (event: KeyboardEvent) => {
    const last = reports.length - 1;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const wrapped = next > last ? 0 : next < 0 ? last : next;
    setChosen(reports[wrapped]?.region);
    tabs.current[wrapped]?.focus();
  };

  if (!open) return null;
  return (
    <div className="region-tabs">
      <div role="tablist" aria-label={t('tabs.label')} className="tab-list" onKeyDown={onKeyDown}>
        {reports.map((report, position) => (
          <button
            key={report.region}
            ref={(element) => {
              tabs.current[position] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${report.region}`}
            aria-selected={position === index}
            aria-controls={`${baseId}-panel`}
            tabIndex={position === index ? 0 : -1}
            className="tab"
            onClick={() => setChosen(report.region)}
          >
            {label('region', report.region)} <span className="tab-code">{report.region}</span>
            {report.flags.length > 0 && (
              <span className="tab-flags" title={t('tabs.flags', { count: report.flags.length })} aria-hidden="true">
                ⚑ {report.flags.length}
              </span>
            )}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${baseId}-panel`} aria-labelledby={`${baseId}-tab-${open.region}`}>
        <RegionReport key={open.region} report={open} />
      </div>
    </div>
  );
}
