// One clock for the whole screen, ticking each minute, so SLA countdowns and ages stay current
// without every cell running its own timer.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

const MINUTE_MS = 60_000;
const NowContext = createContext<number>(Date.now());

export function NowProvider({ children }: { children: ReactNode }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), MINUTE_MS);
    return () => window.clearInterval(timer);
  }, []);
  return <NowContext value={now}>{children}</NowContext>;
}

export function useNow(): number {
  return useContext(NowContext);
}
