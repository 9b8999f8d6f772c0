// The header's screen switcher, drawn from the screen registry.
import { SCREENS } from './screens';
import { useScreen } from './ScreenContext';

export function ScreenNav() {
  const { current, go } = useScreen();
  return (
    <nav className="screen-nav" aria-label="Screens">
      {SCREENS.map((screen, index) => (
        <button
          key={screen.id}
          type="button"
          className="screen-tab"
          aria-current={screen.id === current ? 'page' : undefined}
          title={`${screen.label} (Ctrl+${index + 1})`}
          onClick={() => go(screen.id)}
        >
          {screen.label}
        </button>
      ))}
    </nav>
  );
}
