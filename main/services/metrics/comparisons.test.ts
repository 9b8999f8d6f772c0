import { describe, expect, it } from 'vitest';
import { compare, flagFor, meanOf } from './comparisons';

describe('comparisons', () => {
  it('changes rates in percentage points and other KPIs also as a share of the reference', () => {
    expect(compare('sla_attainment', 0.95, 0.9)).toEqual({ reference: 0.9, delta: expect.closeTo(5, 9), deltaRatio: null });
    expect(compare('orders', 120, 100)).toEqual({ reference: 100, delta: 20, deltaRatio: 0.2 });
    expect(compare('orders', 120, 0)).toEqual({ reference: 0, delta: 120, deltaRatio: null });
    expect(compare('cac_usd', null, 10)).toEqual({ reference: 10, delta: null, deltaRatio: null });
    expect(compare('cac_usd', 10, null)).toEqual({ reference: null, delta: null, deltaRatio: null });
  });

  it('averages the weeks that have a value', () => {
    expect(meanOf([1, null, 3, null])).toBe(2);
    expect(meanOf([null, null])).toBeNull();
  });

  it('flags a value more than two sample standard deviations from the trailing 8 weeks', () => {
    // Mean 100, sample sd sqrt(8/7 * 4) = 2.138: 105 is 2.34 sd above; 104 is 1.87.
    const trailing = [98, 102, 98, 102, 98, 102, 98, 102];
    const flag = flagFor('orders', 105, trailing);
    expect(flag).toMatchObject({ kpi: 'orders', value: 105, mean: 100, direction: 'up' });
    expect(flag?.sd).toBeCloseTo(2.138, 3);
    expect(flag?.z).toBeCloseTo(2.339, 3);
    expect(flagFor('orders', 104, trailing)).toBeNull();
    expect(flagFor('orders', 95, trailing)).toMatchObject({ direction: 'down' });
  });

  it('needs four weeks with a value, and flags any change from eight equal weeks', () => {
    expect(flagFor('cac_usd', 50, [10, 10, 10, null, null, null, null, null])).toBeNull();
    expect(flagFor('cac_usd', null, [10, 10, 10, 10, 10, 10, 10, 10])).toBeNull();
    expect(flagFor('cac_usd', 11, [10, 10, 10, 10, 10, 10, 10, 10])).toMatchObject({ sd: 0, z: null, direction: 'up' });
    expect(flagFor('cac_usd', 10, [10, 10, 10, 10, 10, 10, 10, 10])).toBeNull();
  });
});
