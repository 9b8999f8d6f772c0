// How a KPI reads on a card, a table cell and a chart axis: its value in the person's UI locale (money in USD),
// its change against a reference (rates in percentage points, everything else in per cent) and whether that
// change is good news. Pure, so the rules are unit-tested.
import { KPI_INFO, type KpiKind, type ReportKpi } from '../../../shared/kpi-definitions';
import type { KpiComparison, KpiFlag } from '../../../shared/report-types';
import { numberFormat } from '../i18n/intl-formats';
import type { Words } from '../i18n/words';

/** What formatting needs of the UI language: its number locale and its unit words. */
export type KpiWords = Pick<Words, 't' | 'locale'>;

export type Tone = 'good' | 'bad' | 'flat';

export interface ChangeView {
  text: string;
  tone: Tone;
}

const FORMATS = {
  count: { maximumFractionDigits: 0 },
  usdCents: { style: 'currency', currency: 'USD' },
  usdWhole: { style: 'currency', currency: 'USD', maximumFractionDigits: 0 },
  percent: { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 },
  twoDecimals: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  oneDecimal: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  signedOneDecimal: { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' },
  signedPercent: { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' },
  compact: { notation: 'compact', maximumFractionDigits: 1 },
  compactUsd: { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 },
  wholePercent: { style: 'percent', maximumFractionDigits: 0 },
} as const satisfies Record<string, Intl.NumberFormatOptions>;

type LocaleFormats = Record<keyof typeof FORMATS, Intl.NumberFormat>;

// Every card and axis label asks: one set per locale, its formatters from the one Intl door.
const byLocale = new Map<string, LocaleFormats>();

function formats(locale: string): LocaleFormats {
  let set = byLocale.get(locale);
  if (!set) {
    set = Object.fromEntries(
      Object.entries(FORMATS).map(([name, options]) => [name, numberFormat(locale, options)]),
    ) as LocaleFormats;
    byLocale.set(locale, set);
  }
  return set;
}

/** Shown for a value with no denominator. */
export const NO_VALUE = '—';

/** A value of a kind in full: "1,204", "$23.40", "$1,204,310", "31.2%", "2.35×", "4.1", "5.2 h". */
export function formatValue(kind: KpiKind, value: number | null, words: KpiWords): string {
  if (value === null) return NO_VALUE;
  const f = formats(words.locale);
  switch (kind) {
    case 'count':
      return f.count.format(value);
    // Cents matter on CAC and AOV; on spend and revenue they are noise.
    case 'usd':
      return (Math.abs(value) < 1000 ? f.usdCents : f.usdWhole).format(value);
    case 'rate':
      return f.percent.format(value);
    case 'ratio':
      return words.t('kpiValue.ratio', { value: f.twoDecimals.format(value) });
    case 'per_1k':
      return f.oneDecimal.format(value);
    case 'hours':
      return words.t('kpiValue.hours', { value: f.oneDecimal.format(value) });
  }
}

/** A value of a kind on a chart axis, where space is short: "12K", "$1.2M", "31%". */
export function formatAxisValue(kind: KpiKind, value: number, words: KpiWords): string {
  const f = formats(words.locale);
  switch (kind) {
    case 'count':
      return f.compact.format(value);
    case 'usd':
      return f.compactUsd.format(value);
    case 'rate':
      return f.wholePercent.format(value);
    case 'ratio':
      return words.t('kpiValue.ratio', { value: f.compact.format(value) });
    case 'per_1k':
      return f.compact.format(value);
    case 'hours':
      return words.t('kpiValue.hours', { value: f.compact.format(value) });
  }
}

export function formatKpi(kpi: ReportKpi, value: number | null, words: KpiWords): string {
  return formatValue(KPI_INFO[kpi].kind, value, words);
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
export function formatChange(kpi: ReportKpi, comparison: KpiComparison, words: KpiWords): ChangeView | null {
  const { kind } = KPI_INFO[kpi];
  const f = formats(words.locale);
  if (comparison.delta === null) return null;
  if (kind === 'rate') {
    const points = roundToTenth(comparison.delta);
    return { text: words.t('kpiValue.points', { value: f.signedOneDecimal.format(points) }), tone: toneOf(kpi, points) };
  }
  if (comparison.deltaRatio !== null) {
    const percent = roundToTenth(comparison.deltaRatio * 100);
    return { text: f.signedPercent.format(percent / 100), tone: toneOf(kpi, percent) };
  }
  const sign = comparison.delta > 0 ? '+' : '';
  return { text: `${sign}${formatValue(kind, comparison.delta, words)}`, tone: toneOf(kpi, comparison.delta) };
}

/** "Unusual: 2.3 σ below its trailing 8 weeks"; with eight equal weeks there is no σ, so it names their value. */
export function flagText(flag: KpiFlag, words: KpiWords): string {
  const { direction } = flag;
  if (flag.z === null) return words.t('flag.flat', { direction, mean: formatKpi(flag.kpi, flag.mean, words) });
  return words.t('flag.sigma', { direction, z: formats(words.locale).oneDecimal.format(Math.abs(flag.z)) });
}
