// Each definition of docs/metrics.md on the hand-made store of test-support/metrics-fixture.ts: the expected values are worked
// out by hand from the rows written there, in Tokyo time, across the 2026-W53 / 2027-W01 year boundary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportKpi } from '../../../shared/kpi-definitions';
import type { RegionWeeklyReport } from '../../../shared/report-types';
import { metricsFixture, type MetricsFixture } from './test-support/metrics-fixture';
import { regionWeeklyReport } from './weekly-report';

let fixture: MetricsFixture;
let w53: RegionWeeklyReport;
let w01: RegionWeeklyReport;

const value = (report: RegionWeeklyReport, kpi: ReportKpi) => report.headline.find((h) => h.kpi === kpi)?.value;

beforeAll(() => {
  fixture = metricsFixture();
  w53 = regionWeeklyReport(fixture.db, 'EA', '2026-W53');
  w01 = regionWeeklyReport(fixture.db, 'EA', '2027-W01');
});
afterAll(() => fixture.cleanup());

describe('the KPI definitions, week by week in the region’s time zone', () => {
  it('bounds the weeks in Tokyo time', () => {
    expect(w01).toMatchObject({ firstDay: '2027-01-04', lastDay: '2027-01-10', startsAt: Date.UTC(2027, 0, 3, 15), endsAt: Date.UTC(2027, 0, 10, 15) });
    expect(w53).toMatchObject({ firstDay: '2026-12-28', lastDay: '2027-01-03' });
  });

  it('new_customers and the channel mix: a Monday 01:00 Tokyo signup (Sunday in UTC) counts in the new week', () => {
    expect(value(w53, 'new_customers')).toBe(1);
    expect(value(w01, 'new_customers')).toBe(2);
    expect(w01.channels.find((c) => c.channel === 'search')).toMatchObject({ newCustomers: 2, share: 1, spendUsd: 50, cacUsd: 25 });
    expect(w01.channels.find((c) => c.channel === 'kol')).toMatchObject({ newCustomers: 0, share: 0, spendUsd: 10, cacUsd: null });
    expect(w01.channels.find((c) => c.channel === 'tiktok')).toMatchObject({ newCustomers: 0, spendUsd: 0, cacUsd: null });
  });

  it('spend_usd and cac_usd over the local days of the week', () => {
    expect(value(w53, 'spend_usd')).toBe(50);
    expect(value(w53, 'cac_usd')).toBe(50);
    expect(value(w01, 'spend_usd')).toBe(60);
    expect(value(w01, 'cac_usd')).toBe(30);
  });

  it('active_customers: distinct customers with an activity day in the week', () => {
    expect(value(w53, 'active_customers')).toBe(2);
    expect(value(w01, 'active_customers')).toBe(5);
  });

  it('d1, d7 and d30 retention by the day signup + N falls on, in local days', () => {
    expect(value(w53, 'd1_retention')).toBe(1);
    expect(value(w53, 'd7_retention')).toBeNull();
    expect(value(w53, 'd30_retention')).toBeNull();
    // Customer 2 signed up on Monday 2027-01-04 in Tokyo (Sunday in UTC) and was not back on the 5th.
    expect(value(w01, 'd1_retention')).toBe(0.5);
    expect(value(w01, 'd7_retention')).toBe(1);
    expect(value(w01, 'd30_retention')).toBe(1);
  });

  it('orders, revenue_usd, aov_usd and conversion_rate', () => {
    expect(value(w53, 'orders')).toBe(3);
    expect(value(w53, 'revenue_usd')).toBe(350);
    expect(value(w53, 'aov_usd')).toBeCloseTo(116.6667, 4);
    expect(value(w53, 'conversion_rate')).toBe(0.03);
    // Order 5 was placed at 00:30 on Monday in Tokyo: 2027-W01, though still Sunday in UTC.
    expect(value(w01, 'orders')).toBe(2);
    expect(value(w01, 'revenue_usd')).toBe(710);
    expect(value(w01, 'aov_usd')).toBe(355);
    expect(value(w01, 'conversion_rate')).toBe(0.025);
  });

  it('repurchase_rate: buyers of the week who had ordered before it began', () => {
    expect(value(w53, 'repurchase_rate')).toBe(0.5);
    expect(value(w01, 'repurchase_rate')).toBe(0.5);
  });

  it('ltv12_usd and ltv_cac from the cohort of the ISO week 52 weeks before', () => {
    expect(value(w53, 'ltv12_usd')).toBe(350);
    expect(value(w53, 'ltv_cac')).toBe(8.75);
    expect(value(w01, 'ltv12_usd')).toBe(510);
    expect(value(w01, 'ltv_cac')).toBe(20.4);
  });

  it('high_value_share at the end of the week', () => {
    expect(value(w53, 'high_value_share')).toBe(0);
    expect(value(w01, 'high_value_share')).toBe(0.25);
  });

  it('feedback_count by category and complaints_per_1k_orders shipped', () => {
    expect(value(w53, 'feedback_count')).toBe(2);
    expect(w53.complaints.filter((c) => c.count > 0).map((c) => [c.category, c.count])).toEqual([
      ['late_delivery', 1],
      ['damaged', 1],
    ]);
    expect(value(w53, 'complaints_per_1k_orders')).toBeCloseTo(666.667, 3);
    expect(value(w01, 'feedback_count')).toBe(2);
    expect(value(w01, 'complaints_per_1k_orders')).toBe(500);
    expect(w01.complaints.find((c) => c.category === 'late_delivery')).toMatchObject({ count: 0, previousWeek: 1 });
  });

  it('sla_attainment: a first response exactly at the due time is in time; due at Monday 00:00 is the new week', () => {
    expect(value(w53, 'sla_attainment')).toBe(1);
    expect(value(w53, 'median_first_response_hours')).toBe(23);
    expect(value(w53, 'median_resolution_hours')).toBe(48);
    expect(w01.sla).toMatchObject({ due: 2, met: 1, attainment: 0.5, medianFirstResponseHours: 50, medianResolutionHours: 97 });
    expect(w01.sla.byPriority.find((p) => p.priority === 'P1')).toEqual({ priority: 'P1', due: 1, met: 1, attainment: 1 });
    expect(w01.sla.byPriority.find((p) => p.priority === 'P2')).toEqual({ priority: 'P2', due: 0, met: 0, attainment: null });
  });

  it('late_delivery_rate: delivered on a later local day than the estimated date, and per carrier', () => {
    expect(value(w53, 'late_delivery_rate')).toBe(0.5);
    expect(w53.carriers).toEqual([
      { carrier: 'Yamato', delivered: 1, late: 1, lateRate: 1 },
      { carrier: 'Japan Post', delivered: 1, late: 0, lateRate: 0 },
    ]);
    expect(w01.carriers).toEqual([
      { carrier: 'Japan Post', delivered: 1, late: 1, lateRate: 1 },
      { carrier: 'Yamato', delivered: 1, late: 0, lateRate: 0 },
    ]);
  });

  it('gives an empty week zero counts and empty rates, never zero rates', () => {
    const empty = regionWeeklyReport(fixture.db, 'EU', '2027-W01');
    const values = Object.fromEntries(empty.headline.map((h) => [h.kpi, h.value]));
    // This store's EU has never had marketing spend or activity rows: those KPIs have no data at all (issue 11),
    // and say why, rather than reading 0.
    expect(empty.headline.find((h) => h.kpi === 'spend_usd')?.missing).toBe('the data has no marketing spend');
    expect(values).toEqual({
      new_customers: 0,
      spend_usd: null,
      cac_usd: null,
      active_customers: null,
      d1_retention: null,
      d7_retention: null,
      d30_retention: null,
      orders: 0,
      revenue_usd: 0,
      aov_usd: null,
      conversion_rate: null,
      repurchase_rate: null,
      ltv12_usd: null,
      ltv_cac: null,
      high_value_share: null,
      feedback_count: 0,
      complaints_per_1k_orders: null,
      sla_attainment: null,
      late_delivery_rate: null,
      median_first_response_hours: null,
      median_resolution_hours: null,
    });
    expect(empty.flags).toEqual([]);
    expect(empty.carriers).toEqual([]);
    expect(empty.cohorts.every((c) => c.customers === 0 && c.d1 === null)).toBe(true);
  });
});

describe('the comparisons around a week', () => {
  it('compares with the week before (rates in points), a year before and the 4 weeks before, and shows the target', () => {
    const newCustomers = w01.headline.find((h) => h.kpi === 'new_customers');
    expect(newCustomers).toMatchObject({
      value: 2,
      previousWeek: { reference: 1, delta: 1, deltaRatio: 1 },
      lastYear: { reference: 1, delta: 1, deltaRatio: 1 },
      trailing4: { reference: 0.25, delta: 1.75, deltaRatio: 7 },
      target: 3,
    });
    const d1 = w01.headline.find((h) => h.kpi === 'd1_retention');
    expect(d1?.previousWeek).toEqual({ reference: 1, delta: -50, deltaRatio: null });
    expect(w01.headline.find((h) => h.kpi === 'sla_attainment')?.target).toBe(0.9);
  });

  it('flags new customers in 2026-W53: 1 against a mean of 0.125 and a sample sd of 0.354 over the 8 weeks before', () => {
    const flag = w53.flags.find((f) => f.kpi === 'new_customers');
    expect(flag).toMatchObject({ value: 1, mean: 0.125, direction: 'up' });
    expect(flag?.sd).toBeCloseTo(0.35355, 5);
    expect(flag?.z).toBeCloseTo(2.4749, 4);
  });

  it('draws each series over 6 weeks and 52 weeks with the year before beneath', () => {
    const orders = w01.series.find((s) => s.kpi === 'orders');
    expect(orders?.trailing6.map((p) => p.week)).toEqual(['2026-W49', '2026-W50', '2026-W51', '2026-W52', '2026-W53', '2027-W01']);
    expect(orders?.trailing12Months).toHaveLength(52);
    // 2026 has 53 weeks, so the 52 weeks ending 2027-W01 start at 2026-W03; order 1 is in 2026-W02, just before.
    expect(orders?.trailing12Months[0]).toEqual({ week: '2026-W03', value: 0, priorYear: 0, target: null });
    expect(orders?.trailing12Months.find((p) => p.week === '2026-W53')).toEqual({ week: '2026-W53', value: 3, priorYear: 0, target: null });
    expect(orders?.trailing6.at(-1)).toEqual({ week: '2027-W01', value: 2, priorYear: 0, target: null });
  });

  it('reads retention by signup cohort once each day has passed for the whole cohort', () => {
    expect(w01.cohorts[0]).toEqual({ week: '2027-W01', customers: 2, d1: null, d7: null, d30: null });
    // Sunday 2027-01-03 + 7 days is the last day of 2027-W01, so the 2026-W53 cohort has its D7.
    expect(w01.cohorts[1]).toEqual({ week: '2026-W53', customers: 1, d1: 1, d7: 1, d30: null });
    // Customer 6 (Saturday 2026-12-05) came back on day 30 only.
    expect(w01.cohorts.find((c) => c.week === '2026-W49')).toEqual({ week: '2026-W49', customers: 1, d1: 0, d7: 0, d30: 1 });
  });
});
