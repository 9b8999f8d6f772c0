import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createWords } from '../i18n/words';
import { UI_LOCALES } from '../i18n/locales';
import type { failureText as FailureText } from './failure-text';
import type { ApiError as ApiErrorClass } from '../api';

let failureText: typeof FailureText;
let ApiError: typeof ApiErrorClass;

beforeAll(async () => {
  // api.ts picks its bridge when loaded: give it the browser globals the browser host would have.
  vi.stubGlobal('window', { location: { search: '', pathname: '/' }, history: { replaceState() {} } });
  vi.stubGlobal('sessionStorage', { getItem: () => null, setItem() {} });
  ({ failureText } = await import('./failure-text'));
  ({ ApiError } = await import('../api'));
});

const [english, spanish] = UI_LOCALES.map((locale) => createWords(locale, locale.tag));

describe('failure text', () => {
  it('gives a refused call in the core’s own words, which name the field', () => {
    const refused = new ApiError({ code: 'invalid_input', message: 'change.addTags[0] must not contain spaces', field: 'change.addTags[0]' });
    expect(failureText(refused, english!)).toBe('change.addTags[0] must not contain spaces');
    expect(failureText(refused, spanish!)).toBe('change.addTags[0] must not contain spaces');
  });

  it('owns up to anything else as the console’s fault, in the person’s language', () => {
    expect(failureText(new TypeError('x is undefined'), english!)).toBe('Something went wrong in the console: x is undefined');
    expect(failureText('lost', spanish!)).toBe('Algo falló en la consola: lost');
  });
});
