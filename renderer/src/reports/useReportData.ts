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
  const [state, setState] = useState<{ key: string; ask: string; loaded: Loaded<T> } | null>(null);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  useEffect(() => {
    if (ask === null || key === null) return;
    let current = true;
    loadRef.current().then(
      (value) => current && setState({ key, ask, loaded: { status: 'ready', value } }),
      (failure: unknown) => current && setState({ key, ask, loaded: { status: 'failed', failure } }),
    );
    return () => {
      current = false;
    };
  }, [ask, key]);
  if (state === null) return { status: 'loading' };
  if (state.ask === ask) return state.loaded;
  // The same choice asked again because its data changed: its numbers stay until the new ones come, so a change
  // pushed from elsewhere does not blank the screen. An earlier choice's numbers are stale: show loading.
  if (state.key === key && state.loaded.status === 'ready') return state.loaded;
  return { status: 'loading' };
}

export function useReportWeeks(regions: readonly RegionCode[], generation: number): Loaded<ReportWeeks> {
  const key = regions.length === 0 ? null : regions.join(',');
  return useLoaded(key, generation, () => reportWeeks(regions));
}

export function useWeeklyReport(regions: readonly RegionCode[], week: IsoWeek | null, generation: number): Loaded<WeeklyReport> {
  const key = regions.length === 0 || week === null ? null : `${regions.join(',')}|${week}`;
  return useLoaded(key, generation, () => weeklyReport(regions, week ?? ''));
}
