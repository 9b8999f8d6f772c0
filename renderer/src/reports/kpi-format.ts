// How a KPI reads on a card, a table cell and a chart axis: its value in the region's locale (money in USD),
// its change against a reference (rates in percentage points, everything else in per cent) and whether that
// change is good news. Pure, so the rules are unit-tested.
import { KPI_INFO, type KpiKind, type ReportKpi } from '../../../shared/kpi-definitions';
import type { KpiComparison, KpiFlag } from '../../../shared/report-types';

export type Tone = 'good' | 'bad' | 'flat';

export interface ChangeView {
  text: string;
  tone: Tone;
}

interface LocaleFormats {
  count: Intl.NumberFormat;
  usdCents: Intl.NumberFormat;
  usdWhole: Intl.NumberFormat;
  percent: Intl.NumberFormat;
  twoDecimals: Intl.NumberFormat;
  oneDecimal: Intl.NumberFormat;
  signedOneDecimal: Intl.NumberFormat;
  signedPercent: Intl.NumberFormat;
  compact: Intl.NumberFormat;
  compactUsd: Intl.NumberFormat;
  wholePercent: Intl.NumberFormat;
}

// Intl formatters are costly to build and every card and axis label asks for them: one set per locale.
const byLocale = new Map<string, LocaleFormats>();

function formats(locale: string): LocaleFormats {
  let set = byLocale.get(locale);
  if (!set) {
    const make = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options);
    set = {
      count: make({ maximumFractionDigits: 0 }),
      usdCents: make({ style: 'currency', currency: 'USD' }),
      usdWhole: make({ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }),
      percent: make({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      twoDecimals: make({ minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      oneDecimal: make({ minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      signedOneDecimal: make({ minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
      signedPercent: make({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
      compact: make({ notation: 'compact', maximumFractionDigits: 1 }),
      compactUsd: make({ style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 }),
      wholePercent: make({ style: 'percent', maximumFractionDigits: 0 }),
    };
    byLocale.set(locale, set);
  }
  return set;
}

/** Shown for a value with no denominator. */
export const NO_VALUE = '—';

/** A value of a kind in full: "1,204", "$23.40", "$1,204,310", "31.2%", "2.35×", "4.1", "5.2 h". */
export function formatValue(kind: KpiKind, value: number | null, locale: string): string {
  if (value === null) return NO_VALUE;
  const f = formats(locale);
  switch (kind) {
    case 'count':
      return f.count.format(value);
    // Cents matter on CAC and AOV; on spend and revenue they are noise.
    case 'usd':
      return (Math.abs(value) < 1000 ? f.usdCents : f.usdWhole).format(value);
    case 'rate':
      return f.percent.format(value);
    case 'ratio':
      return `${f.twoDecimals.format(value)}×`;
    case 'per_1k':
      return f.oneDecimal.format(value);
    case 'hours':
      return `${f.oneDecimal.format(value)} h`;
  }
}

/** A value of a kind on a chart axis, where space is short: "12K", "$1.2M", "31%". */
export function formatAxisValue(kind: KpiKind, value: number, locale: string): string {
  const f = formats(locale);
  switch (kind) {
    case 'count':
      return f.compact.format(value);
    case 'usd':
      return f.compactUsd.format(value);
    case 'rate':
      return f.wholePercent.format(value);
    case 'ratio':
      return `${f.compact.format(value)}×`;
    case 'per_1k':
      return f.compact.format(value);
    case 'hours':
      return `${f.compact.format(value)} h`;
  }
}

export function formatKpi(kpi: ReportKpi, value: number | null, locale: string): string {
  return formatValue(KPI_INFO[kpi].kind, value, locale);
}

/** Good when the KPI moved the way the company wants (CAC down, retention up); flat when the shown figure is zero. */
export function toneOf(kpi: ReportKpi, shownChange: number): Tone {
  if (shownChange === 0) return 'flat';
  return shownChange > 0 === KPI_INFO[kpi].higherIsBetter ? 'good' : 'bad';
}

/** One decimal, as shown: the tone follows what the reader sees, so "+0.0%" is never coloured. */
function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10 || 0;
}

/**
 * A change as it reads: rates in percentage points ("+1.2 pp", the service sends them already in points),
 * other kinds as a share of the reference ("−3.4%"); against a reference of zero, which has no share, the plain
 * difference in the KPI's unit ("+12"). Null when there is nothing to compare.
 */
export function formatChange(kpi: ReportKpi, comparison: KpiComparison, locale: string): ChangeView | null {
  const { kind } = KPI_INFO[kpi];
  const f = formats(locale);
  if (comparison.delta === null) return null;
  if (kind === 'rate') {
    const points = roundToTenth(comparison.delta);
    return { text: `${f.signedOneDecimal.format(points)} pp`, tone: toneOf(kpi, points) };
  }
  if (comparison.deltaRatio !== null) {
    const percent = roundToTenth(comparison.deltaRatio * 100);
    return { text: f.signedPercent.format(percent / 100), tone: toneOf(kpi, percent) };
  }
  const sign = comparison.delta > 0 ? '+' : '';
  return { text: `${sign}${formatValue(kind, comparison.delta, locale)}`, tone: toneOf(kpi, comparison.delta) };
}

/** "Unusual: 2.3 σ below its trailing 8 weeks"; with eight equal weeks there is no σ, so it names their value. */
export function flagText(flag: KpiFlag, locale: string): string {
  const side = flag.direction === 'up' ? 'above' : 'below';
  if (flag.z === null) return `Unusual: ${side} its trailing 8 weeks, which were all ${formatKpi(flag.kpi, flag.mean, locale)}`;
  return `Unusual: ${formats(locale).oneDecimal.format(Math.abs(flag.z))} σ ${side} its trailing 8 weeks`;
}
