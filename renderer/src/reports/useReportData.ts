// The weeks that can be reviewed for the regions picked, and the review of the week picked.
import { useEffect, useRef, useState } from 'react';
import type { RegionCode } from '../../../shared/domain';
import type { IsoWeek } from '../../../shared/iso-week';
import type { ReportWeeks, WeeklyReport } from '../../../shared/report-types';
import { reportWeeks, weeklyReport } from './report-cache';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; failure: unknown };

/**
 * Runs `load` whenever `key` changes (or `generation` moves on, for "Try again" and changed data), dropping
 * answers that arrive after a newer ask so a slow response never overwrites a later choice.
 */
function useLoaded<T>(key: string | null, generation: number, load: () => Promise<T>): Loaded<T> {
  const ask = key === null ? null : `${key}#${generation}`;
  const [state, setState] = useState<{ ask: string; loaded: Loaded<T> } | null>(null);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  useEffect(() => {
    if (ask === null) return;
    let current = true;
    loadRef.current().then(
      (value) => current && setState({ ask, loaded: { status: 'ready', value } }),
      (failure: unknown) => current && setState({ ask, loaded: { status: 'failed', failure } }),
    );
    return () => {
      current = false;
    };
  }, [ask]);
  // An answer to an earlier ask is stale: show loading rather than the previous choice's numbers.
  return state !== null && state.ask === ask ? state.loaded : { status: 'loading' };
}

export function useReportWeeks(regions: readonly RegionCode[], generation: number): Loaded<ReportWeeks> {
  const key = regions.length === 0 ? null : regions.join(',');
  return useLoaded(key, generation, () => reportWeeks(regions));
}

export function useWeeklyReport(regions: readonly RegionCode[], week: IsoWeek | null, generation: number): Loaded<WeeklyReport> {
  const key = regions.length === 0 || week === null ? null : `${regions.join(',')}|${week}`;
  return useLoaded(key, generation, () => weeklyReport(regions, week ?? ''));
}
