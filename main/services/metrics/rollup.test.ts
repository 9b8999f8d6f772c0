// The rollup is a cache: a change to a source table must show in the next report, whatever week it touches.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportKpi } from '../../../shared/kpi-definitions';
import { insertFeedback, insertOrder, jst, metricsFixture, type MetricsFixture } from './test-support/metrics-fixture';
import { regionClock } from './region-clock';
import { planFamily, refreshRollup } from './rollup';
import { regionWeeklyReport } from './weekly-report';
import { run } from '../../db/statement-cache';

let fixture: MetricsFixture;
beforeEach(() => {
  fixture = metricsFixture();
});
afterEach(() => fixture.cleanup());

const kpi = (week: string, name: ReportKpi) => regionWeeklyReport(fixture.db, 'EA', week).headline.find((h) => h.kpi === name)?.value;

describe('the weekly rollup', () => {
  it('recomputes the weeks a new order touches, and the cumulative KPIs after it', () => {
    expect(kpi('2027-W01', 'orders')).toBe(2);
    expect(kpi('2027-W01', 'high_value_share')).toBe(0.25);
    // Customer 1's third order, in 2026-W53, lifts their average over 200: high-value from then on.
    insertOrder(fixture.db, { id: 9, customer: 1, placedAt: jst(2026, 12, 31), usd: 900 });
    expect(kpi('2026-W53', 'orders')).toBe(4);
    expect(kpi('2026-W53', 'revenue_usd')).toBe(1250);
    expect(kpi('2027-W01', 'high_value_share')).toBe(0.5);
  });

  it('sees a first response given after the week was computed', () => {
    expect(kpi('2027-W01', 'sla_attainment')).toBe(0.5);
    run(fixture.db, 'UPDATE feedback SET first_response_at = ? WHERE id = 3', [jst(2027, 1, 6)]);
    expect(kpi('2027-W01', 'sla_attainment')).toBe(1);
    insertFeedback(fixture.db, {
      id: 5,
      customer: 3,
      order: null,
      category: 'payment',
      priority: 'P2',
      createdAt: jst(2027, 1, 8),
      slaHours: 24,
      firstResponseAt: null,
      resolvedAt: null,
    });
    expect(kpi('2027-W01', 'sla_attainment')).toBeCloseTo(2 / 3, 12);
  });

  it('sees activity, spend and signups added to an older week', () => {
    expect(kpi('2027-W01', 'active_customers')).toBe(5);
    run(fixture.db, "INSERT INTO customer_activity (region, day, customer_id) VALUES ('EA', '2027-01-07', 5)");
    run(fixture.db, "INSERT INTO marketing_spend (region, channel, day, amount_usd) VALUES ('EA', 'social', '2027-01-09', 15.5)");
    expect(kpi('2027-W01', 'active_customers')).toBe(6);
    expect(kpi('2027-W01', 'spend_usd')).toBe(75.5);
    run(fixture.db, 'UPDATE customers SET signup_at = ? WHERE id = 1', [jst(2027, 1, 4, 9)]);
    expect(kpi('2026-W53', 'new_customers')).toBe(0);
    expect(kpi('2027-W01', 'new_customers')).toBe(3);
  });

  it('does nothing when nothing changed, and starts again when the time zone does', () => {
    const clock = regionClock(fixture.db, 'EA');
    expect(refreshRollup(fixture.db, clock, '2026-W40', '2027-W01').length).toBe(7);
    expect(refreshRollup(fixture.db, clock, '2026-W40', '2027-W01')).toEqual([]);
    run(fixture.db, "UPDATE regions SET time_zone = 'UTC' WHERE code = 'EA'");
    // In UTC, Monday 00:30 Tokyo time is still Sunday: order 5 moves back to 2026-W53.
    expect(kpi('2026-W53', 'orders')).toBe(4);
  });

  it('plans only the weeks it lacks or that went stale', () => {
    expect(planFamily('orders', undefined, null, '2026-W01', '2026-W10').ranges).toEqual([['2026-W01', '2026-W10']]);
    const held = { first: '2026-W05', last: '2026-W10' };
    expect(planFamily('orders', held, null, '2026-W06', '2026-W10').ranges).toEqual([]);
    expect(planFamily('orders', held, '2026-W08', '2026-W06', '2026-W10').ranges).toEqual([['2026-W08', '2026-W10']]);
    expect(planFamily('orders', held, null, '2026-W03', '2026-W12')).toEqual({
      family: 'orders',
      ranges: [
        ['2026-W03', '2026-W04'],
        ['2026-W11', '2026-W12'],
      ],
      coverage: { first: '2026-W03', last: '2026-W12' },
    });
    expect(planFamily('orders', held, '2025-W40', '2026-W06', '2026-W10').ranges).toEqual([['2026-W05', '2026-W10']]);
  });
});
