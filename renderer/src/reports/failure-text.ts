// A failure in words for the person: the core's own message, or a plain admission that the console itself
// went wrong (the same wording the toasts use).
import { ApiError } from '../api';

export function failureText(failure: unknown): string {
  return failure instanceof ApiError ? failure.message : `Something went wrong in the console: ${String(failure)}`;
}
