// The one way the renderer words a failure: a refused call in the core's own words (they name the field and
// value at fault), anything else as a fault of the console itself, in the person's language.
import { ApiError } from '../api';
import type { Words } from '../i18n/words';

export function failureText(failure: unknown, words: Pick<Words, 't'>): string {
  if (failure instanceof ApiError) return failure.message;
  const detail = failure instanceof Error ? failure.message : String(failure);
  return words.t('failure.console', { detail });
}
