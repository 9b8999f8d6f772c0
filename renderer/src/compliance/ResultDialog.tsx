// One requirement of an assessment: its guidance and expected evidence, the result to set (not applicable asks a
// reason; an ESG item takes its measured value), the evidence linked (attach a new file or a new revision), and
// findings with their remediation actions. A locked assessment shows all of it and changes none of it. The KOL
// disclosure requirement checks the quarter's sponsored posts for findings, each leading to its KOL's roster.
import { useState } from 'react';
import { KOL_DISCLOSURE_REQUIREMENTS, RESULT_VALUES, type ResultValue } from '../../../shared/compliance';
import type { ChecklistItem } from '../../../shared/compliance-types';
import type { RegionCode } from '../../../shared/domain';
import { api } from '../api';
import { openScreenWith } from '../app/screen-link';
import { useWords } from '../i18n/LocaleContext';
import { useSession } from '../session/SessionContext';
import { Dialog } from '../ui/Dialog';
import { failureText } from '../ui/failure-text';
import { RelatedFigureText } from './RelatedFigureText';
import { uploadEvidence } from './upload';

interface Props {
  assessmentId: string;
  item: ChecklistItem;
  region: RegionCode;
  locked: boolean;
  onClose(): void;
}

export function ResultDialog({ assessmentId, item, region, locked, onClose }: Props) {
  const words = useWords();
  const { t, label } = words;
  const { requirement } = item;
  const [result, setResult] = useState<ResultValue>(item.result);
  const [reason, setReason] = useState(item.reason ?? '');
  const [observation, setObservation] = useState(item.observation ?? '');
  const [measured, setMeasured] = useState(item.measuredValue === null ? '' : String(item.measuredValue));
  const [ownerId, setOwnerId] = useState(item.ownerId === null ? '' : String(item.ownerId));
  const [dueDay, setDueDay] = useState(item.dueDay ?? '');
  const [action, setAction] = useState<Record<string, string>>({});
  const { session } = useSession();
  const people = [session.person, ...session.people.filter((person) => person.id !== session.person.id)];
  const [file, setFile] = useState<File | null>(null);
  const [validUntil, setValidUntil] = useState('');
  const [finding, setFinding] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<string | null>) => {
    setBusy(true);
    setProblem(null);
    try {
      setNote(await work());
    } catch (failure) {
      setProblem(failureText(failure, words));
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    run(async () => {
      await api('compliance.setResult', {
        resultId: item.resultId,
        result,
        reason: reason.trim() || null,
        observation: observation.trim() || null,
        ownerId: ownerId === '' ? null : Number(ownerId),
        dueDay: dueDay || null,
        measuredValue: measured.trim() === '' ? null : Number(measured),
      });
      return t('compliance.saved');
    });

  const attach = () =>
    run(async () => {
      if (!file) return null;
      const stored = await uploadEvidence(file, { region, evidenceId: null, title: file.name, validUntil: validUntil || null, resultId: item.resultId });
      setFile(null);
      return t('compliance.attached', { name: file.name, revision: stored.revision });
    });

  const addAction = (findingId: string) =>
    run(async () => {
      await api('compliance.addAction', { findingId, title: action[findingId] ?? '', ownerId: session.person.id, dueDay: null });
      setAction({ ...action, [findingId]: '' });
      return t('compliance.actionAdded');
    });

  const addFinding = () =>
    run(async () => {
      await api('compliance.addFinding', { resultId: item.resultId, title: finding, severity: 'medium' });
      setFinding('');
      return t('compliance.findingAdded');
    });

  const checkKolPosts = () =>
    run(async () => t('compliance.kolChecked', await api('compliance.checkKolPosts', { assessmentId })));

  return (
    <Dialog label={requirement.title} onClose={onClose} className="compliance-dialog">
      <div className="dialog-body">
        <h2 className="dialog-title">{requirement.title}</h2>
        <p className="dialog-hint">
          {requirement.reference.article ? `${requirement.reference.act}, ${requirement.reference.article}` : requirement.reference.act} ·{' '}
          {label('compliance.cadence', requirement.cadence)}
        </p>
        <p className="dialog-text">{requirement.guidance}</p>
        <p className="dialog-text">
          <strong>{t('compliance.expectedEvidence')}</strong> {requirement.evidence.join('; ')}
        </p>
        {item.figure && (
          <p className="dialog-text">
            <RelatedFigureText figure={item.figure} />
          </p>
        )}
        {locked && <p role="status" className="compliance-lock">{t('compliance.locked')}</p>}

        <form
          className="compliance-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <label className="field">
            <span>{t('compliance.result')}</span>
            <select data-autofocus value={result} disabled={locked} onChange={(event) => setResult(event.target.value as ResultValue)}>
              {RESULT_VALUES.map((value) => (
                <option key={value} value={value}>
                  {label('compliance.result', value)}
                </option>
              ))}
            </select>
          </label>
          {result === 'not_applicable' && (
            <label className="field">
              <span>{t('compliance.reason')}</span>
              <input value={reason} disabled={locked} onChange={(event) => setReason(event.target.value)} />
            </label>
          )}
          {requirement.measure && (
            <label className="field">
              <span>{t('compliance.measured', { unit: requirement.measure.unit, target: requirement.measure.target })}</span>
              <input inputMode="decimal" value={measured} disabled={locked} onChange={(event) => setMeasured(event.target.value)} />
            </label>
          )}
          <div className="compliance-attach">
            <label className="field">
              <span>{t('compliance.owner')}</span>
              <select value={ownerId} disabled={locked} onChange={(event) => setOwnerId(event.target.value)}>
                <option value="">{t('common.none')}</option>
                {people.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('compliance.dueDay')}</span>
              <input type="date" value={dueDay} disabled={locked} onChange={(event) => setDueDay(event.target.value)} />
            </label>
          </div>
          <label className="field">
            <span>{t('compliance.observation')}</span>
            <textarea rows={2} value={observation} disabled={locked} onChange={(event) => setObservation(event.target.value)} />
          </label>
          <button type="submit" className="button button-primary" disabled={busy || locked}>
            {t('compliance.saveResult')}
          </button>
        </form>

        <section className="compliance-evidence">
          <h3>{t('compliance.evidence')}</h3>
          {item.evidence.length === 0 ? (
            <p className="muted">{t('compliance.noEvidence')}</p>
          ) : (
            <ul>
              {item.evidence.map((evidence) => (
                <li key={evidence.evidenceId}>
                  {evidence.title} · {t('compliance.revision', { revision: evidence.revision })} · <span className="mono">{evidence.sha256.slice(0, 12)}</span>
                  {evidence.validUntil && ` · ${t('compliance.validUntil', { day: evidence.validUntil })}`}
                </li>
              ))}
            </ul>
          )}
          <div className="compliance-attach">
            <label className="field">
              <span>{t('compliance.file')}</span>
              <input type="file" disabled={locked} onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
            </label>
            <label className="field">
              <span>{t('compliance.validUntilLabel')}</span>
              <input type="date" value={validUntil} disabled={locked} onChange={(event) => setValidUntil(event.target.value)} />
            </label>
            <button type="button" className="button" disabled={busy || locked || !file} onClick={() => void attach()}>
              {t('compliance.attach')}
            </button>
          </div>
        </section>

        <section className="compliance-findings">
          <h3>{t('compliance.findings')}</h3>
          {KOL_DISCLOSURE_REQUIREMENTS.includes(requirement.id) && (
            <div className="compliance-attach">
              <p className="muted">{t('compliance.kolCheckHint')}</p>
              <button type="button" className="button" disabled={busy || locked} onClick={() => void checkKolPosts()}>
                {t('compliance.checkKolPosts')}
              </button>
            </div>
          )}
          {item.findings.length === 0 && <p className="muted">{t('compliance.noFindings')}</p>}
          <ul>
            {item.findings.map((one) => (
              <li key={one.id}>
                <span className="badge">{label('compliance.findingStatus', one.status)}</span> {one.title}
                {one.kol && (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => {
                      onClose();
                      if (one.kol) openScreenWith('rosters', { kolId: one.kol.id });
                    }}
                  >
                    {t('compliance.openKol', { name: one.kol.name })}
                  </button>
                )}
                {one.status === 'open' && (
                  <button
                    type="button"
                    className="button button-small"
                    disabled={busy || locked}
                    onClick={() =>
                      void run(async () => {
                        await api('compliance.setFinding', { findingId: one.id, status: 'closed' });
                        return t('compliance.findingClosed');
                      })
                    }
                  >
                    {t('compliance.closeFinding')}
                  </button>
                )}
                <ul>
                  {one.actions.map((step) => (
                    <li key={step.id}>
                      {step.title} · {label('compliance.actionStatus', step.status)}
                      {step.dueDay && ` · ${step.dueDay}`}{' '}
                      {step.status !== 'done' && (
                        <button
                          type="button"
                          className="button button-small"
                          disabled={busy || locked}
                          onClick={() =>
                            void run(async () => {
                              await api('compliance.setAction', { actionId: step.id, status: 'done' });
                              return t('compliance.actionDone');
                            })
                          }
                        >
                          {t('compliance.markDone')}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
                {one.status === 'open' && (
                  <div className="compliance-attach">
                    <label className="field">
                      <span>{t('compliance.newAction')}</span>
                      <input value={action[one.id] ?? ''} disabled={locked} onChange={(event) => setAction({ ...action, [one.id]: event.target.value })} />
                    </label>
                    <button type="button" className="button button-small" disabled={busy || locked || (action[one.id] ?? '').trim().length < 3} onClick={() => void addAction(one.id)}>
                      {t('compliance.addAction')}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
          <div className="compliance-attach">
            <label className="field">
              <span>{t('compliance.newFinding')}</span>
              <input value={finding} disabled={locked} onChange={(event) => setFinding(event.target.value)} />
            </label>
            <button type="button" className="button" disabled={busy || locked || finding.trim().length < 3} onClick={() => void addFinding()}>
              {t('compliance.addFinding')}
            </button>
          </div>
        </section>

        {problem && <p role="alert" className="form-problem">{problem}</p>}
        {note && <p role="status">{note}</p>}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
