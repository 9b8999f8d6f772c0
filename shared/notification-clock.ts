// When a notification clock runs out. Hours and calendar days count from the moment the clock starts; working days
// skip Saturdays and Sundays in the region's own time zone and keep the time of day.
import type { Clock } from './compliance-library/notification-rules';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

function weekdayIn(at: number, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short' }).format(at);
  return ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(name);
}

export function deadline(startedAt: number, clock: Clock, timeZone: string): number {
  if ('hours' in clock) return startedAt + clock.hours * HOUR_MS;
  if ('calendarDays' in clock) return startedAt + clock.calendarDays * DAY_MS;
  let at = startedAt;
  let left = clock.workingDays;
  while (left > 0) {
    at += DAY_MS;
    const weekday = weekdayIn(at, timeZone);
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return at;
}
