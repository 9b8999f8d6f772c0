// reports.weeks and reports.weekly through the real dispatcher: what the Reports view sees, refusals included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WeeklyReport } from '../../../shared/report-types';
import { createDispatcher, type Dispatcher } from '../../core/dispatcher';
import { handlers } from '../../core/handlers';
import { currentPerson } from '../session/session-service';
import { metricsFixture, type MetricsFixture } from './test-support/metrics-fixture';
import { run } from '../../db/statement-cache';

let fixture: MetricsFixture;
let dispatcher: Dispatcher;

beforeAll(() => {
  fixture = metricsFixture();
  dispatcher = createDispatcher(handlers, () => ({ db: fixture.db, person: currentPerson(fixture.db), now: () => Date.UTC(2027, 0, 12) }), () => {});
});
afterAll(() => fixture.cleanup());

describe('reports calls', () => {
  it('lists the complete weeks with data, newest first', () => {
    const answer = dispatcher.dispatch('reports.weeks', { regions: ['EA'] });
    // The last order is on Monday 2027-01-11 in Tokyo: 2027-W01 is over, 2027-W02 is not.
    expect(answer).toMatchObject({ ok: true, value: { latest: '2027-W01' } });
    const weeks = (answer as { value: { weeks: string[] } }).value.weeks;
    expect(weeks.slice(0, 3)).toEqual(['2027-W01', '2026-W53', '2026-W52']);
    expect(weeks.at(-1)).toBe('2026-W01');
  });

  it('answers one report per region asked for', () => {
    const answer = dispatcher.dispatch('reports.weekly', { regions: ['EA'], week: '2027-W01' });
    expect(answer.ok).toBe(true);
    const report = (answer as { value: WeeklyReport }).value;
    expect(report.regions.map((r) => r.region)).toEqual(['EA']);
    expect(report.regions[0]?.topComplaints.map((c) => c.feedbackId)).toEqual([3, 4]);
  });

  it('refuses a week that has not ended in the data, and one that does not exist, naming the field and value', () => {
    expect(dispatcher.dispatch('reports.weekly', { regions: ['EA'], week: '2027-W02' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: "week: 2027-W02 has not ended in EA's data yet; the last complete week is 2027-W01", field: 'week' },
    });
    expect(dispatcher.dispatch('reports.weekly', { regions: ['EA'], week: '2027-W53' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'week: 2027-W53 is not a week of 2027, which has weeks W01 to W52 (got "2027-W53")', field: 'week' },
    });
    expect(dispatcher.dispatch('reports.weekly', { regions: ['XX'], week: '2027-W01' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'regions[0]', message: expect.stringContaining('"XX"') },
    });
  });

  it('refuses regions the person is not granted', () => {
    run(fixture.db, "UPDATE settings SET value = '2' WHERE key = 'current_person_id'");
    try {
      expect(dispatcher.dispatch('reports.weekly', { regions: ['EU', 'EA'], week: '2027-W01' })).toEqual({
        ok: false,
        error: { code: 'forbidden', message: 'regions: you are not granted EA (yours: EU)', field: 'regions' },
      });
      expect(dispatcher.dispatch('reports.weeks', {})).toEqual({ ok: true, value: { weeks: [], latest: null } });
    } finally {
      run(fixture.db, "UPDATE settings SET value = '1' WHERE key = 'current_person_id'");
    }
  });
});
