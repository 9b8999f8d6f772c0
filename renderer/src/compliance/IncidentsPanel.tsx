// Incidents with the notification clocks each law starts, counting down like the SLA clock, and the record of who
// notified whom and when. A new incident is recorded in a dialog.
import { useId, useState } from 'react';
import { INCIDENT_KINDS, type IncidentKind } from '../../../shared/compliance-library/notification-rules';
import type { RegionCode } from '../../../shared/domain';
import { api } from '../api';
import { localFormat } from '../format/region-format';
import { useWords } from '../i18n/LocaleContext';
import { useSession } from '../session/SessionContext';
import { Dialog } from '../ui/Dialog';
import { failureText } from '../ui/failure-text';
import { useToast } from '../ui/Toast';
import { useNow } from '../ui/useNow';
import { countdownText } from './compliance-words';
import { useCompliance } from './useCompliance';

export function IncidentsPanel() {
  const words = useWords();
  const { t, label } = words;
  const toast = useToast();
  const now = useNow();
  const headingId = useId();
  const local = localFormat(words.locale);
  const { data } = useCompliance('compliance.incidents', {});
  const [recording, setRecording] = useState(false);
  const { session } = useSession();
  const nameOf = (id: number | null) => [session.person, ...session.people].find((person) => person.id === id)?.name ?? (id === null ? '—' : `#${id}`);

  const notify = async (notificationId: string) => {
    try {
      await api('compliance.markNotified', { notificationId, note: null });
      toast.info(t('compliance.notifiedDone'));
    } catch (failure) {
      toast.error(failure);
    }
  };

  return (
    <section aria-labelledby={headingId} className="compliance-section">
      <div className="compliance-section-head">
        <h3 id={headingId}>{t('compliance.incidents')}</h3>
        <button type="button" className="button" onClick={() => setRecording(true)}>
          {t('compliance.recordIncident')}
        </button>
      </div>
      {data.status === 'failed' && <p role="alert">{failureText(data.failure, words)}</p>}
      {data.status === 'ready' && data.value.length === 0 && <p className="screen-message">{t('compliance.noIncidents')}</p>}
      {data.status === 'ready' &&
        data.value.map((incident) => (
          <article key={incident.id} className="compliance-incident">
            <h4>
              {incident.title} <span className="badge">{label('region', incident.region)}</span> <span className="badge">{label('compliance.incidentKind', incident.kind)}</span>
            </h4>
            <p className="muted">{t('compliance.detected', { when: local.dateTime(incident.detectedAt) })}</p>
            <ul className="compliance-clocks">
              {incident.notifications.map((notification) => (
                <li key={notification.id}>
                  <span>{notification.authority}</span>
                  {notification.notifiedAt === null ? (
                    <>
                      <strong className={notification.dueAt < now ? 'clock-breached' : 'clock-running'}>{countdownText(notification.dueAt, now, words)}</strong>
                      <button type="button" className="button button-small" onClick={() => void notify(notification.id)}>
                        {t('compliance.markNotified')}
                      </button>
                    </>
                  ) : (
                    <span>{t('compliance.notifiedAt', { when: local.dateTime(notification.notifiedAt), who: nameOf(notification.notifiedBy) })}</span>
                  )}
                </li>
              ))}
              {incident.notifications.length === 0 && <li className="muted">{t('compliance.noClock')}</li>}
            </ul>
          </article>
        ))}
      {recording && <IncidentDialog onClose={() => setRecording(false)} />}
    </section>
  );
}

function IncidentDialog({ onClose }: { onClose(): void }) {
  const words = useWords();
  const { t, label } = words;
  const { session } = useSession();
  const [region, setRegion] = useState<RegionCode>(session.regions[0]?.code ?? 'EU');
  const [kind, setKind] = useState<IncidentKind>('personal_data_breach');
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Dialog label={t('compliance.recordIncident')} onClose={onClose}>
      <form
        className="dialog-body"
        onSubmit={(event) => {
          event.preventDefault();
          api('compliance.createIncident', { region, kind, title, detectedAt: Date.now(), affected: null }).then(onClose, (failure: unknown) =>
            setProblem(failureText(failure, words)),
          );
        }}
      >
        <h2 className="dialog-title">{t('compliance.recordIncident')}</h2>
        <label className="field">
          <span>{t('compliance.region')}</span>
          <select value={region} onChange={(event) => setRegion(event.target.value as RegionCode)}>
            {session.regions.map((one) => (
              <option key={one.code} value={one.code}>
                {label('region', one.code)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('compliance.incidentKindLabel')}</span>
          <select value={kind} onChange={(event) => setKind(event.target.value as IncidentKind)}>
            {INCIDENT_KINDS.map((one) => (
              <option key={one} value={one}>
                {label('compliance.incidentKind', one)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('compliance.incidentTitle')}</span>
          <input data-autofocus value={title} onChange={(event) => setTitle(event.target.value)} />
        </label>
        {problem && <p role="alert" className="form-problem">{problem}</p>}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={title.trim().length < 3}>
            {t('compliance.record')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
