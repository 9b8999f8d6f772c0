// The header's screen switcher, drawn from the screen registry.
import { useWords } from '../i18n/LocaleContext';
import { SCREENS } from './screens';
import { useScreen } from './ScreenContext';

export function ScreenNav() {
  const { current, go } = useScreen();
  const { t } = useWords();
  return (
    <nav className="screen-nav" aria-label={t('app.screens')}>
      {SCREENS.map((screen, index) => (
        <button
          key={screen.id}
          type="button"
          className="screen-tab"
          aria-current={screen.id === current ? 'page' : undefined}
          title={t('app.screenTab', { screen: t(screen.label), position: index + 1 })}
          onClick={() => go(screen.id)}
        >
          {t(screen.label)}
        </button>
      ))}
    </nav>
  );
}
