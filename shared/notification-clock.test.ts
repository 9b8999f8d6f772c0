import { describe, expect, it } from 'vitest';
import { deadline } from './notification-clock';

// Friday 2026-11-27 10:00 in São Paulo (UTC-3) is 13:00 UTC.
const FRIDAY_SAO_PAULO = Date.UTC(2026, 10, 27, 13, 0);

describe('notification clocks', () => {
  it('counts GDPR 72 hours from awareness', () => {
    expect(deadline(FRIDAY_SAO_PAULO, { hours: 72 }, 'Europe/Berlin')).toBe(Date.UTC(2026, 10, 30, 13, 0));
  });

  it('counts Singapore 3 calendar days through the weekend', () => {
    expect(deadline(FRIDAY_SAO_PAULO, { calendarDays: 3 }, 'Asia/Singapore')).toBe(Date.UTC(2026, 10, 30, 13, 0));
  });

  it('counts Brazil 3 working days past Saturday and Sunday: Friday to the Wednesday after', () => {
    expect(deadline(FRIDAY_SAO_PAULO, { workingDays: 3 }, 'America/Sao_Paulo')).toBe(Date.UTC(2026, 11, 2, 13, 0));
  });

  it('reads the weekday in the region: Friday 23:00 UTC is already Saturday in Tokyo', () => {
    const fridayLateUtc = Date.UTC(2026, 10, 27, 23, 0);
    // Tokyo: Sat 08:00 -> Sun, Mon (1), Tue (2): two working days end Tuesday 08:00 Tokyo = Monday 23:00 UTC.
    expect(deadline(fridayLateUtc, { workingDays: 2 }, 'Asia/Tokyo')).toBe(Date.UTC(2026, 10, 30, 23, 0));
  });
});
