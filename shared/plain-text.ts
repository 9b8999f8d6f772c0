import { z } from 'zod';

const CONTROL_WHITESPACE = /[\t\n\v\f\r\u0085]/g;
const OTHER_CONTROLS = /\p{Cc}/gu;

/** A person's typed text without control characters: tabs and line breaks read as spaces, the rest (NUL...) go. */
export function withoutControls(text: string): string {
  return text.replace(CONTROL_WHITESPACE, ' ').replace(OTHER_CONTROLS, '');
}

/** A string input of typed text; checks chained after it (trim, min, max) see the cleaned text. */
export function plainText() {
  return z.string().overwrite(withoutControls);
}
