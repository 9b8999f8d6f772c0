// The languages the console speaks, which one a person gets, and where their choice is kept. The choice lives in
// localStorage: it belongs to the person at this machine, like the window size, not to the database.
import { en, type Catalogue } from './messages/en';
import { es } from './messages/es';
import { machineStorage } from '../ui/machine-storage';

export interface UiLocale {
  /** The BCP 47 tag set on <html lang> and given to react-intl. */
  tag: string;
  /** The language's own name, as the picker lists it. */
  name: string;
  dir: 'ltr' | 'rtl';
  messages: Catalogue;
}

/** The languages a person can pick, in the picker's order. */
export const UI_LOCALES: readonly UiLocale[] = [
  { tag: 'en', name: 'English', dir: 'ltr', messages: en },
  { tag: 'es', name: 'Español', dir: 'ltr', messages: es },
];

/**
 * A right-to-left pseudo-locale with the English words, used only by the tests that prove the layout mirrors
 * (an Arabic catalogue will lay the console out the same way). Never offered in the picker; reached only by
 * storing its tag.
 */
export const RTL_TEST_LOCALE: UiLocale = { tag: 'ar-XB', name: 'RTL test (English)', dir: 'rtl', messages: en };

export const DEFAULT_LOCALE = UI_LOCALES[0]!;
export const LOCALE_STORAGE_KEY = 'ops-console.ui-locale';

export function localeByTag(tag: string | null | undefined): UiLocale | undefined {
  if (!tag) return undefined;
  return [...UI_LOCALES, RTL_TEST_LOCALE].find((locale) => locale.tag === tag);
}

/** The first of the browser's languages the console speaks ("es-MX" gives Spanish), else English. */
export function localeFromLanguages(languages: readonly string[]): UiLocale {
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    const found = UI_LOCALES.find((locale) => locale.tag === base);
    if (found) return found;
  }
  return DEFAULT_LOCALE;
}

/**
 * The locale numbers and dates are written in: the browser's own variant of the UI language when it has one
 * (en-GB, es-MX), so a person reads their usual formats; otherwise the language itself.
 */
export function formatLocaleFor(locale: UiLocale, languages: readonly string[]): string {
  if (locale === RTL_TEST_LOCALE) return 'en';
  return languages.find((language) => language.toLowerCase().split('-')[0] === locale.tag) ?? locale.tag;
}

export function storedLocale(): UiLocale | undefined {
  return localeByTag(machineStorage()?.getItem(LOCALE_STORAGE_KEY));
}

export function storeLocale(locale: UiLocale): void {
  machineStorage()?.setItem(LOCALE_STORAGE_KEY, locale.tag);
}
