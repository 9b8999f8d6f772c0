// What a screen shows when it could not read what it shows: the reason in the operator's words, and a way to try again.
import { useWords } from '../i18n/LocaleContext';
import { failureText } from './failure-text';

export function LoadFailure({ failure, onRetry }: { failure: unknown; onRetry(): void }) {
  const words = useWords();
  return (
    <div className="screen-message">
      <p role="alert">{failureText(failure, words)}</p>
      <button type="button" className="button" onClick={onRetry}>
        {words.t('app.tryAgain')}
      </button>
    </div>
  );
}
