// One assessment's checklist: its state (status, lock, signature), what a person may do next (start, hand to
// review, sign off, reopen, move to a newer version), and the requirement tree with filters. A requirement opens
// in a dialog to set its result, attach evidence and record findings.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { RESULT_VALUES } from '../../../shared/compliance';
import type { Checklist, ChecklistItem } from '../../../shared/compliance-types';
import { api } from '../api';
import { localFormat } from '../format/region-format';
import { useWords } from '../i18n/LocaleContext';
import { useSession } from '../session/SessionContext';
import { failureText } from '../ui/failure-text';
import { useToast } from '../ui/Toast';
import { shareText } from './compliance-words';
import { RelatedFigureText } from './RelatedFigureText';
import { ReopenDialog } from './ReopenDialog';
import { ResultDialog } from './ResultDialog';
import { useCompliance } from './useCompliance';

export function ChecklistPanel({ assessmentId }: { assessmentId: string }) {
  const words = useWords();
  const { t, label } = words;
  const { session } = useSession();
  const toast = useToast();
  const headingId = useId();
  const { data } = useCompliance('compliance.checklist', { assessmentId });
  const [resultFilter, setResultFilter] = useState('');
  const [search, setSearch] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [reopening, setReopening] = useState(false);
  const [busy, setBusy] = useState(false);

  const items = useMemo(() => {
    if (data.status !== 'ready') return [];
    const needle = search.trim().toLowerCase();
    return data.value.items.filter(
      (item) =>
        (resultFilter === '' || item.result === resultFilter) &&
        (!overdueOnly || item.overdue) &&
        (needle === '' || `${item.requirement.title} ${item.requirement.reference.act} ${item.requirement.reference.article ?? ''}`.toLowerCase().includes(needle)),
    );
  }, [data, resultFilter, search, overdueOnly]);

  if (data.status === 'loading') return <p className="screen-message">{t('compliance.loading')}</p>;
  if (data.status === 'failed') return <p role="alert" className="screen-message">{failureText(data.failure, words)}</p>;
  const list: Checklist = data.value;
  const { assessment } = list;
  const isManager = session.person.role === 'manager';

  /** Runs a change; `done` is said when it worked, unless the change says more itself. */
  const act = async (run: () => Promise<unknown>, done: string | null) => {
    setBusy(true);
    try {
      await run();
      if (done) toast.info(done);
    } catch (failure) {
      toast.error(failure);
    } finally {
      setBusy(false);
    }
  };

  const groups = [...new Set(items.map((item) => item.requirement.group))];
  const openItem = list.items.find((item) => item.resultId === open) ?? null;
  const local = localFormat(words.locale);

  // j and k move between requirements, as they move between items in the queue.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if ((event.key !== 'j' && event.key !== 'k') || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement || event.target instanceof HTMLTextAreaElement) return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.compliance-item-button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[Math.max(0, Math.min(buttons.length - 1, at + (event.key === 'j' ? 1 : -1)))];
    event.preventDefault();
    next?.focus();
  };

  return (
    <section className="compliance-checklist" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <div className="compliance-checklist-head">
        <h3 id={headingId} className="compliance-checklist-title">
          {t('compliance.checklistTitle', { framework: list.frameworkName, region: label('region', assessment.region), period: assessment.period })}
        </h3>
        <span className={`badge compliance-status status-${assessment.status}`}>{label('compliance.status', assessment.status)}</span>
        <span className="muted">{t('compliance.version', { version: assessment.frameworkVersion })}</span>
        <span className="compliance-score">{t('compliance.score', { share: shareText(list.score.share, words), overdue: list.score.overdue })}</span>
      </div>

      {list.locked && (
        <p className="compliance-lock" role="status">
          {t('compliance.locked')}{' '}
          {list.signature &&
            t(list.signature.intact ? 'compliance.signedBy' : 'compliance.signatureBroken', {
              name: list.signature.personName,
              when: local.dateTime(list.signature.at),
              hash: list.signature.hash.slice(0, 12),
            })}
        </p>
      )}
      {list.reopenReason && <p className="compliance-reopened">{t('compliance.reopenedBecause', { reason: list.reopenReason })}</p>}

      <div className="compliance-actions">
        {(assessment.status === 'planned' || assessment.status === 'reopened') && (
          <button type="button" className="button" disabled={busy} onClick={() => void act(() => api('compliance.setStatus', { assessmentId, status: 'in_progress' }), t('compliance.started'))}>
            {t('compliance.start')}
          </button>
        )}
        {(assessment.status === 'in_progress' || assessment.status === 'reopened' || assessment.status === 'planned') && (
          <button type="button" className="button" disabled={busy} onClick={() => void act(() => api('compliance.setStatus', { assessmentId, status: 'in_review' }), t('compliance.sentToReview'))}>
            {t('compliance.sendToReview')}
          </button>
        )}
        {assessment.status === 'in_review' && (
          <button
            type="button"
            className="button button-primary"
            disabled={busy || !isManager}
            title={isManager ? undefined : t('compliance.managersOnly')}
            onClick={() => void act(() => api('compliance.signOff', { assessmentId }), t('compliance.signedOff'))}
          >
            {t('compliance.signOff')}
          </button>
        )}
        {assessment.status === 'signed_off' && (
          <button type="button" className="button" disabled={busy} onClick={() => setReopening(true)}>
            {t('compliance.reopen')}
          </button>
        )}
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            void act(async () => {
              const pack = await api('compliance.exportPack', { assessmentId, withEvidence: true });
              toast.info(t('compliance.packWritten', { folder: pack.folder, files: pack.files }));
            }, null)
          }
        >
          {t('compliance.exportPack')}
        </button>
        {list.newerVersion && !list.locked && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                const moved = await api('compliance.moveVersion', { assessmentId, version: list.newerVersion as string });
                toast.info(t('compliance.moved', { version: moved.to, added: moved.added.length, changed: moved.changed.length, removed: moved.removed.length }));
              }, null)
            }
          >
            {t('compliance.moveTo', { version: list.newerVersion })}
          </button>
        )}
      </div>

      <div className="compliance-filters" role="group" aria-label={t('compliance.filters')}>
        <label className="field">
          <span>{t('compliance.result')}</span>
          <select value={resultFilter} onChange={(event) => setResultFilter(event.target.value)}>
            <option value="">{t('compliance.allResults')}</option>
            {RESULT_VALUES.map((value) => (
              <option key={value} value={value}>
                {label('compliance.result', value)} ({list.score.counts[value]})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('compliance.search')}</span>
          <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </label>
        <label className="compliance-check">
          <input type="checkbox" checked={overdueOnly} onChange={(event) => setOverdueOnly(event.target.checked)} /> {t('compliance.overdueOnly')}
        </label>
      </div>

      {items.length === 0 && <p className="screen-message">{t('compliance.noneMatch')}</p>}
      {groups.map((group) => (
        <section key={group} className="compliance-group">
          <h4>{group}</h4>
          <ul className="compliance-items">
            {items.filter((item) => item.requirement.group === group).map((item) => (
              <Item key={item.resultId} item={item} onOpen={() => setOpen(item.resultId)} />
            ))}
          </ul>
        </section>
      ))}

      {openItem && <ResultDialog item={openItem} region={assessment.region} locked={list.locked} onClose={() => setOpen(null)} />}
      {reopening && <ReopenDialog assessmentId={assessmentId} onClose={() => setReopening(false)} />}
    </section>
  );
}

function Item({ item, onOpen }: { item: ChecklistItem; onOpen(): void }) {
  const { t, label } = useWords();
  const { reference } = item.requirement;
  return (
    <li className={`compliance-item result-${item.result}`}>
      <button type="button" className="compliance-item-button" onClick={onOpen} aria-label={t('compliance.openItem', { title: item.requirement.title })}>
        <span className="compliance-item-title">{item.requirement.title}</span>
        <span className="compliance-item-ref muted">{reference.article ? `${reference.act}, ${reference.article}` : reference.act}</span>
      </button>
      <span className={`badge result-badge result-${item.result}`}>{label('compliance.result', item.result)}</span>
      {item.overdue && <span className="badge badge-overdue">{t('compliance.overdueBadge')}</span>}
      <span className="muted">{t('compliance.evidenceCount', { count: item.evidence.length })}</span>
      {item.findings.some((finding) => finding.status === 'open') && <span className="badge badge-finding">{t('compliance.openFinding')}</span>}
      {item.figure && <RelatedFigureText figure={item.figure} />}
    </li>
  );
}
