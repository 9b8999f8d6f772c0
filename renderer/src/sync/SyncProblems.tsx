// Recent edits the hub refused and rows it set aside, newest first, in the sync runner's own sentences.
import { useId } from 'react';
import type { SyncProblem } from '../../../shared/sync';
import { PROBLEM_KIND_WORDS, relativeTime } from './sync-words';

const fullTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export function SyncProblems({ problems, now }: { problems: readonly SyncProblem[]; now: number }) {
  const headingId = useId();
  return (
    <section className="sync-section">
      <h3 id={headingId} className="sync-section-title">
        Recent problems
      </h3>
      {problems.length === 0 ? (
        <p className="dialog-hint">None. Edits the hub refuses and rows it sets aside are listed here.</p>
      ) : (
        <ul className="sync-problems" aria-labelledby={headingId}>
          {problems.map((problem, index) => (
            // Problems carry no id; position in a newest-first list is stable enough between polls.
            <li key={`${problem.at}-${index}`}>
              <span className={`badge sync-problem-${problem.kind}`}>{PROBLEM_KIND_WORDS[problem.kind]}</span>
              <span className="sync-problem-message" dir="auto">
                {problem.message}
              </span>
              <time className="muted" dateTime={new Date(problem.at).toISOString()} title={fullTime.format(problem.at)}>
                {relativeTime(problem.at, now)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
