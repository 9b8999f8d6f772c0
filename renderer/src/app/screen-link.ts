// Opening a screen from another on something for it to show first: the rosters' "their customers' feedback" opens the
// queue on a filter, a KOL finding on the Compliance screen opens the Rosters screen on that KOL. What was asked waits
// here until the screen, mounted by the change, takes it. This module may not import the screens (they import it), so
// the ScreenProvider lends its way of showing one.
import type { QueueFilter } from '../../../shared/queue';

interface ScreenLinks {
  queue: QueueFilter;
  rosters: { kolId: number };
}
type LinkedScreen = keyof ScreenLinks;

const pending: { [S in LinkedScreen]?: ScreenLinks[S] } = {};
let show: (screen: LinkedScreen) => void = () => {};

export function setScreenOpener(open: (screen: LinkedScreen) => void): void {
  show = open;
}

/** Shows the screen on what it is asked to show. */
export function openScreenWith<S extends LinkedScreen>(screen: S, what: ScreenLinks[S]): void {
  pending[screen] = what;
  show(screen);
}

/** What another screen asked this one to show, once; null when none did. */
export function takeScreenLink<S extends LinkedScreen>(screen: S): ScreenLinks[S] | null {
  const what = pending[screen] ?? null;
  delete pending[screen];
  return what as ScreenLinks[S] | null;
}
