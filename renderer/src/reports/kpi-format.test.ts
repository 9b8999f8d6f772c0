import { describe, expect, it } from 'vitest';
import type { KpiComparison, KpiFlag } from '../../../shared/report-types';
import { UI_LOCALES } from '../i18n/locales';
import { createWords } from '../i18n/words';
import { flagText, formatAxisValue, formatChange, formatKpi, formatValue, toneOf } from './kpi-format';

// Intl puts no-break and thin spaces where a reader sees a space.
const plain = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, ' ');
const english = createWords(UI_LOCALES[0]!, 'en-US');
const spanish = createWords(UI_LOCALES[1]!, 'es-ES');
const change = (delta: number | null, deltaRatio: number | null): KpiComparison => ({ reference: 1, delta, deltaRatio });

describe('KPI values', () => {
  it('read in the UI locale, money always in US dollars, rates as per cent', () => {
    expect(formatKpi('new_customers', 12045, english)).toBe('12,045');
    expect(formatKpi('cac_usd', 23.4, english)).toBe('$23.40');
    expect(formatKpi('revenue_usd', 1204310.55, english)).toBe('$1,204,311');
    expect(plain(formatKpi('revenue_usd', 1204310.55, spanish))).toBe('1.204.311 US$');
    expect(plain(formatKpi('median_first_response_hours', 5.24, spanish))).toBe('5,2 h');
    expect(formatKpi('d7_retention', 0.3125, english)).toBe('31.3%');
    expect(formatKpi('ltv_cac', 2.345, english)).toBe('2.35×');
    expect(formatKpi('complaints_per_1k_orders', 4.06, english)).toBe('4.1');
    expect(formatKpi('median_first_response_hours', 5.24, english)).toBe('5.2 h');
  });

  it('show a dash, never zero, when there is no denominator', () => {
    expect(formatKpi('cac_usd', null, english)).toBe('—');
    expect(formatValue('rate', null, english)).toBe('—');
  });

  it('shorten on chart axes', () => {
    expect(formatAxisValue('count', 12400, english)).toBe('12.4K');
    expect(formatAxisValue('usd', 1_250_000, english)).toBe('$1.3M');
    expect(formatAxisValue('rate', 0.3125, english)).toBe('31%');
  });
});

describe('KPI changes', () => {
  it('put rates in percentage points and everything else in per cent', () => {
    expect(formatChange('d7_retention', change(1.234, null), english)?.text).toBe('+1.2 pp');
    expect(formatChange('sla_attainment', change(-0.96, null), english)?.text).toBe('-1.0 pp');
    expect(formatChange('new_customers', change(120, 0.0321), english)?.text).toBe('+3.2%');
    expect(formatChange('aov_usd', change(-2.5, -0.0456), english)?.text).toBe('-4.6%');
  });

  it('fall back to the plain difference against zero, and to nothing without a reference', () => {
    expect(formatChange('new_customers', change(12, null), english)?.text).toBe('+12');
    expect(formatChange('cac_usd', change(null, null), english)).toBeNull();
  });

  it('colour by the KPI direction: CAC and complaints up are bad, retention up is good', () => {
    expect(formatChange('cac_usd', change(3, 0.12), english)?.tone).toBe('bad');
    expect(formatChange('cac_usd', change(-3, -0.12), english)?.tone).toBe('good');
    expect(formatChange('d30_retention', change(0.8, null), english)?.tone).toBe('good');
    expect(formatChange('complaints_per_1k_orders', change(0.5, 0.1), english)?.tone).toBe('bad');
    expect(toneOf('late_delivery_rate', -1)).toBe('good');
  });

  it('leave a change that rounds to zero uncoloured', () => {
    expect(formatChange('d7_retention', change(0.04, null), english)).toEqual({ text: '0.0 pp', tone: 'flat' });
    expect(formatChange('orders', change(1, 0.0004), english)).toEqual({ text: '0.0%', tone: 'flat' });
  });
});

describe('flags', () => {
  const flag: KpiFlag = { kpi: 'new_customers', value: 600, mean: 900, sd: 130, z: -2.31, direction: 'down' };

  it('say how many standard deviations from the trailing 8 weeks, and which way', () => {
    expect(flagText(flag, english)).toBe('Unusual: 2.3 σ below its trailing 8 weeks');
    expect(flagText({ ...flag, z: null, sd: 0, direction: 'up', value: 1000 }, english)).toBe(
      'Unusual: above its trailing 8 weeks, which were all 900',
    );
    expect(flagText(flag, spanish)).toBe('Inusual: 2,3 σ por debajo de sus 8 semanas anteriores');
  });
});
