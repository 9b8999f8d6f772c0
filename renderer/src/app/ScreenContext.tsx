// Which screen is shown, and the one way to change it (nav buttons, Ctrl/Cmd+number, links such as the
// sync indicator's conflicts badge).
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setScreenOpener } from './screen-link';
import { screenIndexForKey } from './screen-keys';
import { SCREENS, type ScreenId } from './screens';

interface ScreenValue {
  current: ScreenId;
  go(id: ScreenId): void;
}

const ScreenContext = createContext<ScreenValue | null>(null);

export function ScreenProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<ScreenId>(SCREENS[0].id);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A modal dialog belongs to the screen under it: leaving that screen would orphan it.
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const index = screenIndexForKey(event);
      const screen = index === null ? undefined : SCREENS[index];
      if (!screen) return;
      // Also keeps the browser host's Chromium from switching tabs.
      event.preventDefault();
      setCurrent(screen.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => setScreenOpener(setCurrent), []);
  const value = useMemo(() => ({ current, go: setCurrent }), [current]);
  return <ScreenContext value={value}>{children}</ScreenContext>;
}

export function useScreen(): ScreenValue {
  const value = useContext(ScreenContext);
  if (!value) throw new Error('useScreen needs a ScreenProvider above it');
  return value;
}
