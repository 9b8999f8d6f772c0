// The evidence browser: every evidence record of the granted regions with its revisions, links and validity,
// or only what expires within 30 days.
import { useId, useState } from 'react';
import { api } from '../api';
import { useWords } from '../i18n/LocaleContext';
import { useToast } from '../ui/Toast';
import { failureText } from '../ui/failure-text';
import { useCompliance } from './useCompliance';

export function EvidenceBrowser() {
  const words = useWords();
  const { t, label } = words;
  const headingId = useId();
  const [expiring, setExpiring] = useState(false);
  const { data } = useCompliance('compliance.evidence', expiring ? { expiringWithinDays: 30 } : {});
  const toast = useToast();
  const download = async (evidenceId: string) => {
    try {
      const { asked } = await api('compliance.download', { evidenceId });
      toast.info(t('compliance.downloadAsked', { count: asked }));
    } catch (failure) {
      toast.error(failure);
    }
  };
  return (
    <section aria-labelledby={headingId} className="compliance-section">
      <div className="compliance-section-head">
        <h3 id={headingId}>{t('compliance.evidenceBrowser')}</h3>
        <label className="compliance-check">
          <input type="checkbox" checked={expiring} onChange={(event) => setExpiring(event.target.checked)} /> {t('compliance.expiringOnly')}
        </label>
      </div>
      {data.status === 'loading' && <p className="screen-message">{t('compliance.loading')}</p>}
      {data.status === 'failed' && <p role="alert">{failureText(data.failure, words)}</p>}
      {data.status === 'ready' && data.value.length === 0 && <p className="screen-message">{t('compliance.noEvidence')}</p>}
      {data.status === 'ready' && data.value.length > 0 && (
        <table className="data-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('compliance.region')}</th>
              <th scope="col">{t('compliance.evidenceTitle')}</th>
              <th scope="col">{t('compliance.validUntilLabel')}</th>
              <th scope="col">{t('compliance.latest')}</th>
              <th scope="col">{t('compliance.links')}</th>
              <th scope="col">{t('compliance.onThisConsole')}</th>
            </tr>
          </thead>
          <tbody>
            {data.value.map((item) => {
              const latest = item.revisions[0];
              return (
                <tr key={item.id}>
                  <td>{label('region', item.region)}</td>
                  <td>{item.title}</td>
                  <td>{item.validUntil ?? '—'}</td>
                  <td>
                    {latest ? (
                      <>
                        {t('compliance.revision', { revision: latest.revision })} · {latest.fileName} · <span className="mono">{latest.sha256.slice(0, 12)}</span>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>{item.links}</td>
                  <td>
                    {item.present ? (
                      t('compliance.present')
                    ) : (
                      <button type="button" className="button button-small" aria-label={t('compliance.downloadName', { title: item.title })} onClick={() => void download(item.id)}>
                        {t('compliance.download')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
