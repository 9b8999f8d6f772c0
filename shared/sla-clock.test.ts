import { describe, expect, it } from 'vitest';
import { dueAtFor, pause, remainingMs, resume, transitionFor } from './sla-clock';

const H = 3_600_000;

describe('SLA clock', () => {
  it('stands still while paused and goes on where it stopped', () => {
    const start = { dueAt: 10 * H, pausedAt: null };
    const paused = pause(start, 6 * H);
    expect(remainingMs(paused, 6 * H)).toBe(4 * H);
    expect(remainingMs(paused, 30 * H)).toBe(4 * H);
    const resumed = resume(paused, 30 * H);
    expect(resumed).toEqual({ dueAt: 34 * H, pausedAt: null });
    expect(remainingMs(resumed, 30 * H)).toBe(4 * H);
  });

  it('ignores a second pause and a resume without a pause', () => {
    const paused = pause({ dueAt: 10 * H, pausedAt: null }, 2 * H);
    expect(pause(paused, 5 * H)).toBe(paused);
    const running = { dueAt: 10 * H, pausedAt: null };
    expect(resume(running, 5 * H)).toBe(running);
  });

  it('is negative once breached', () => {
    expect(remainingMs({ dueAt: 10 * H, pausedAt: null }, 12 * H)).toBe(-2 * H);
  });

  it('pauses on waiting statuses only, and resumes when leaving them (resolving included)', () => {
    expect(transitionFor('triaged', 'waiting_on_carrier')).toBe('pause');
    expect(transitionFor('waiting_on_carrier', 'waiting_on_customer')).toBeNull();
    expect(transitionFor('waiting_on_customer', 'in_progress')).toBe('resume');
    expect(transitionFor('waiting_on_carrier', 'resolved')).toBe('resume');
    expect(transitionFor('new', 'resolved')).toBeNull();
  });

  it('counts paused time into the due time of a policy', () => {
    expect(dueAtFor(1_000, 4, 2 * H)).toBe(1_000 + 6 * H);
  });
});
