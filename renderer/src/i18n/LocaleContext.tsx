// The person's UI language for the whole window: react-intl's provider, the page's lang and direction, and the
// one way to change it (the header's picker), remembered on this machine.
import { createContext, useContext, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { RawIntlProvider } from 'react-intl';
import { formatLocaleFor, localeFromLanguages, storeLocale, storedLocale, type UiLocale } from './locales';
import { createWords, type Words } from './words';

interface LocaleValue {
  ui: UiLocale;
  words: Words;
  choose(locale: UiLocale): void;
}

const LocaleContext = createContext<LocaleValue | null>(null);

function initialLocale(): UiLocale {
  return storedLocale() ?? localeFromLanguages(navigator.languages);
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [ui, setUi] = useState(initialLocale);
  const words = useMemo(() => createWords(ui, formatLocaleFor(ui, navigator.languages)), [ui]);

  // Before paint, so a right-to-left page never shows a frame laid out left to right.
  useLayoutEffect(() => {
    document.documentElement.lang = ui.tag;
    document.documentElement.dir = ui.dir;
    document.title = words.t('app.title');
  }, [ui, words]);

  const value = useMemo<LocaleValue>(
    () => ({
      ui,
      words,
      choose(locale) {
        storeLocale(locale);
        setUi(locale);
      },
    }),
    [ui, words],
  );
  return (
    <LocaleContext value={value}>
      <RawIntlProvider value={words.intl}>{children}</RawIntlProvider>
    </LocaleContext>
  );
}

function useLocaleValue(): LocaleValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('the UI language needs a LocaleProvider above it');
  return value;
}

/** The words of the person's UI language. */
export function useWords(): Words {
  return useLocaleValue().words;
}

/** The UI language and the way to change it, for the picker. */
export function useLocaleChoice(): Pick<LocaleValue, 'ui' | 'choose'> {
  const { ui, choose } = useLocaleValue();
  return { ui, choose };
}
