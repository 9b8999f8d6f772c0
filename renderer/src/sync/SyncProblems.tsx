// Recent edits the hub refused and rows it set aside, newest first, in the sync runner's own sentences.
import { useId } from 'react';
import type { SyncProblem } from '../../../shared/sync';
import { localFormat } from '../format/region-format';
import { useWords } from '../i18n/LocaleContext';
import { relativeTime } from './sync-words';

export function SyncProblems({ problems, now }: { problems: readonly SyncProblem[]; now: number }) {
  const headingId = useId();
  const words = useWords();
  const { t, label } = words;
  const local = localFormat(words.locale);
  return (
    <section className="sync-section">
      <h3 id={headingId} className="sync-section-title">
        {t('syncProblems.title')}
      </h3>
      {problems.length === 0 ? (
        <p className="dialog-hint">{t('syncProblems.none')}</p>
      ) : (
        <ul className="sync-problems" aria-labelledby={headingId}>
          {problems.map((problem, index) => (
            // Problems carry no id; position in a newest-first list is stable enough between polls.
            <li key={`${problem.at}-${index}`}>
              <span className={`badge sync-problem-${problem.kind}`}>{label('sync.problem', problem.kind)}</span>
              <span className="sync-problem-message" dir="auto">
                {problem.message}
              </span>
              <time className="muted" dateTime={new Date(problem.at).toISOString()} title={local.dateTime(problem.at)}>
                {relativeTime(problem.at, now, words)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
