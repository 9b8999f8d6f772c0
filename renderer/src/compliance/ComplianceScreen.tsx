// The Compliance screen: the region x framework roll-up over the last four quarters, the checklist of the assessment
// picked in it, the evidence browser and incidents with their notification clocks.
import { useId, useState } from 'react';
import { periodDays, periodOf, shiftPeriod } from '../../../shared/compliance';
import { api } from '../api';
import { useSession } from '../session/SessionContext';
import { useToast } from '../ui/Toast';
import { useWords } from '../i18n/LocaleContext';
import { failureText } from '../ui/failure-text';
import { useNow } from '../ui/useNow';
import { ChecklistPanel } from './ChecklistPanel';
import { EvidenceBrowser } from './EvidenceBrowser';
import { IncidentsPanel } from './IncidentsPanel';
import { RollupGrid } from './RollupGrid';
import { useCompliance } from './useCompliance';
import './compliance.css';

const VIEWS = ['overview', 'evidence', 'incidents'] as const;
type View = (typeof VIEWS)[number];

export function ComplianceScreen() {
  const words = useWords();
  const { t } = words;
  const headingId = useId();
  const now = useNow();
  const { session } = useSession();
  const toast = useToast();
  const current = periodOf(now);
  const [period, setPeriod] = useState(current);
  const periods = [-3, -2, -1, 0].map((steps) => shiftPeriod(period, steps));
  const { data } = useCompliance('compliance.rollup', { periods });
  const [view, setView] = useState<View>('overview');
  const [selected, setSelected] = useState<string | null>(null);

  return (
    <main className="screen-page compliance" aria-labelledby={headingId}>
      <div className="screen-head">
        <h2 id={headingId} className="screen-title">
          {t('compliance.title')}
        </h2>
        <p className="screen-text">{t('compliance.text')}</p>
      </div>
      <div className="compliance-views" role="tablist" aria-label={t('compliance.views')}>
        {VIEWS.map((one) => (
          <button key={one} type="button" role="tab" aria-selected={view === one} className="button button-small" onClick={() => setView(one)}>
            {t(`compliance.view.${one}`)}
          </button>
        ))}
      </div>
      {view === 'overview' && (
        <>
          <label className="field compliance-period">
            <span>{t('compliance.quarter')}</span>
            <select value={period} onChange={(event) => setPeriod(event.target.value)}>
              {[0, -1, -2, -3, -4, -5, -6, -7].map((steps) => shiftPeriod(current, steps)).map((one) => (
                <option key={one} value={one}>
                  {one}
                </option>
              ))}
            </select>
          </label>
          {data.status === 'loading' && <p className="screen-message">{t('compliance.loading')}</p>}
          {data.status === 'failed' && <p role="alert">{failureText(data.failure, words)}</p>}
          {data.status === 'ready' && (
            <RollupGrid
              cells={data.value}
              selected={selected}
              onOpen={(cell) => setSelected(cell.assessmentId)}
              onCreate={(cell) =>
                api('compliance.createAssessment', { region: cell.region, framework: cell.framework, period: cell.period, ownerId: session.person.id, dueDay: periodDays(cell.period).last }).then(
                  (made) => setSelected(made.id),
                  (failure: unknown) => toast.error(failure),
                )
              }
            />
          )}
          {selected ? <ChecklistPanel key={selected} assessmentId={selected} /> : <p className="screen-message">{t('compliance.pick')}</p>}
        </>
      )}
      {view === 'evidence' && <EvidenceBrowser />}
      {view === 'incidents' && <IncidentsPanel />}
    </main>
  );
}
