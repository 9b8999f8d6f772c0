// The header's language switch: one button per language, each named in its own language so a person who
// cannot read the current one still finds theirs. Buttons rather than a select: one click or one key press.
import { useLocaleChoice, useWords } from './LocaleContext';
import { UI_LOCALES } from './locales';

export function LanguagePicker() {
  const { ui, choose } = useLocaleChoice();
  const { t } = useWords();
  return (
    <div className="language-picker" role="group" aria-label={t('app.language')}>
      {UI_LOCALES.map((locale) => (
        <button
          key={locale.tag}
          type="button"
          className="language-option"
          lang={locale.tag}
          aria-pressed={locale.tag === ui.tag}
          onClick={() => choose(locale)}
        >
          {locale.name}
        </button>
      ))}
    </div>
  );
}
