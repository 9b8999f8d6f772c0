// Wall-clock times written without a zone, read in the source's zone, and back. The zone's offset is looked up once
// per hour: a million timestamps cost a few thousand Intl lookups. (Zones change offset on a whole hour of UTC.)
const HOUR_MS = 3_600_000;

/** Wall time (given as if it were UTC) to the instant, or the reverse; both as epoch ms. */
export type ClockShift = (ms: number) => number;

function offsets(timeZone: string): (at: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const byHour = new Map<number, number>();
  /** The zone's wall time minus UTC at an instant. */
  return (at) => {
    const hour = Math.floor(at / HOUR_MS);
    let offset = byHour.get(hour);
    if (offset === undefined) {
      const start = hour * HOUR_MS;
      const p: Record<string, number> = {};
      for (const part of format.formatToParts(start)) if (part.type !== 'literal') p[part.type] = Number(part.value);
      offset = Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0) - start;
      byHour.set(hour, offset);
    }
    return offset;
  };
}

/** Wall time to instant: the instant at which the zone's clocks showed it (a skipped hour reads as the next). */
export function localClock(timeZone: string): ClockShift {
  const offsetAt = offsets(timeZone);
  return (wall) => wall - offsetAt(wall - offsetAt(wall));
}

/** Instant to the zone's wall time. */
export function wallClock(timeZone: string): ClockShift {
  const offsetAt = offsets(timeZone);
  return (at) => at + offsetAt(at);
}
