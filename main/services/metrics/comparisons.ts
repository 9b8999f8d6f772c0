// How a KPI's week compares: with the week before, the same week a year before and the trailing 4-week average,
// and whether it lies more than two standard deviations from its trailing 8 weeks.
import { KPI_INFO, type ReportKpi } from '../../../shared/kpi-definitions';
import type { KpiComparison, KpiFlag } from '../../../shared/report-types';

/** A change against a reference; rates change in percentage points, other kinds also as a share of the reference. */
export function compare(kpi: ReportKpi, value: number | null, reference: number | null): KpiComparison {
  if (value === null || reference === null) return { reference, delta: null, deltaRatio: null };
  const rate = KPI_INFO[kpi].kind === 'rate';
  return {
    reference,
    delta: rate ? (value - reference) * 100 : value - reference,
    deltaRatio: rate || reference === 0 ? null : (value - reference) / Math.abs(reference),
  };
}

/** The mean of the values that exist; null when none does. */
export function meanOf(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((sum, v) => sum + v, 0) / present.length;
}

/** Fewer weeks with a value than this and a standard deviation says too little to flag on. */
const FLAG_MIN_WEEKS = 4;
const FLAG_SIGMAS = 2;

/**
 * Flags a value more than two sample standard deviations from the mean of the trailing 8 weeks (those with a
 * value, at least four). Eight equal weeks (sd 0) flag any other value, with no z-score.
 */
export function flagFor(kpi: ReportKpi, value: number | null, trailing8: readonly (number | null)[]): KpiFlag | null {
  const present = trailing8.filter((v): v is number => v !== null);
  if (value === null || present.length < FLAG_MIN_WEEKS) return null;
  const mean = present.reduce((sum, v) => sum + v, 0) / present.length;
  const sd = Math.sqrt(present.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (present.length - 1));
  const distance = Math.abs(value - mean);
  // A difference of rounding noise is not a change.
  if (distance <= FLAG_SIGMAS * sd || distance < 1e-9 * Math.max(1, Math.abs(mean))) return null;
  return { kpi, value, mean, sd, z: sd === 0 ? null : (value - mean) / sd, direction: value > mean ? 'up' : 'down' };
}
