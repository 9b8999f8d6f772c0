// What customers said in the week's most pressing feedback. The service has already replaced names, e-mail
// addresses and phone numbers in the text.
import type { RegionCode } from '../../../shared/domain';
import type { TopComplaint } from '../../../shared/report-types';
import { useWords } from '../i18n/LocaleContext';
import { useSession } from '../session/SessionContext';

export function TopComplaints({ complaints, region }: { complaints: readonly TopComplaint[]; region: RegionCode }) {
  const { formatFor } = useSession();
  const format = formatFor(region);
  const { t, label } = useWords();
  return (
    <section className="report-section" aria-label={t('top.title')}>
      <h3 className="report-figure-title">{t('top.title')}</h3>
      {complaints.length === 0 ? (
        <p className="report-empty-chart">{t('top.empty')}</p>
      ) : (
        <ol className="complaint-list">
          {complaints.map((complaint) => (
            <li key={complaint.feedbackId} className="complaint">
              <span className="complaint-meta">
                <span className={`badge priority-${complaint.priority}`}>{complaint.priority}</span>
                <span className="complaint-category">{label('category', complaint.category)}</span>
                <span className="muted">
                  #{complaint.feedbackId} · {label('language', complaint.language)} · {format.date(complaint.createdAt)}
                </span>
              </span>
              <q className="complaint-text">{complaint.text}</q>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
