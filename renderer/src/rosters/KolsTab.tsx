// The KOLs tab: the pipeline beside the grid, the filters above it, bulk changes over the chosen KOLs (or all the
// filter matches, across pages), and the focused KOL's pane. Choosing rows and importing are for those who edit.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { takeScreenLink } from '../app/screen-link';
import type { GridApi } from 'ag-grid-community';
import type { KolStatus } from '../../../shared/rosters';
import type { KolChange } from '../../../shared/rosters-calls';
import { KOL_SORT_COLUMNS, type KolFilter, type KolRow, type KolSavedView, type KolViewState } from '../../../shared/rosters-kols';
import { api } from '../api';
import { useOnRowsChanged } from '../app/data-changed';
import { useWords } from '../i18n/LocaleContext';
import { useToast } from '../ui/Toast';
import { KolBulkBar } from './KolBulkBar';
import { ImportDialog } from './ImportDialog';
import { KolDetailPane } from './KolDetailPane';
import { KolFilters } from './KolFilters';
import { KolGrid, kolDatasource, type Selection } from './KolGrid';
import { KolViews } from './KolViews';
import { Pipeline } from './Pipeline';
import { useMayEditRosters } from './roster-editing';
import { useRosterCall } from './useRosterCall';
import { useRosterExport } from './useRosterExport';

export function KolsTab() {
  const { t, number } = useWords();
  const toast = useToast();
  const mayEdit = useMayEditRosters();
  const [filter, setFilter] = useState<KolFilter>({});
  const [count, setCount] = useState<number | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  // A KOL another screen opened this one on (a compliance finding) shows in the pane first.
  const [focusedId, setFocusedId] = useState<number | null>(() => takeScreenLink('rosters')?.kolId ?? null);
  const [busy, setBusy] = useState(false);
  const [importing, setImporting] = useState(false);
  const [withContact, setWithContact] = useState(false);
  // Bumped when a saved view is applied, so the filters' own fields start again from its filter.
  const [applied, setApplied] = useState(0);
  const exportWith = useRosterExport('kols');
  const exportAs = (format: 'csv' | 'xlsx') => exportWith(() => api('rosters.exportKols', { filter, format, withContact }));
  const grid = useRef<GridApi<KolRow> | null>(null);
  const pipeline = useRosterCall('rosters.pipeline', { filter });

  const changeFilter = useCallback((next: KolFilter) => {
    setFilter(next);
    setChosen(new Set());
    setAllMatching(false);
    setCount(null);
  }, []);
  const datasource = useMemo(() => kolDatasource(filter, setCount, (failure) => toast.error(failure)), [filter, toast]);
  const selection = useMemo<Selection>(
    () => ({
      ids: chosen,
      toggle(id) {
        setAllMatching(false);
        setChosen((before) => {
          const next = new Set(before);
          if (!next.delete(id)) next.add(id);
          return next;
        });
      },
    }),
    [chosen],
  );
  useOnRowsChanged((change) => {
    if (change.tables.includes('kols')) grid.current?.refreshInfiniteCache();
  });
  // The grid redraws its checkboxes and row classes when the choice or the focus moves.
  useEffect(() => {
    grid.current?.refreshCells({ force: true });
    grid.current?.redrawRows();
  }, [chosen, focusedId]);

  const apply = async (change: KolChange) => {
    setBusy(true);
    try {
      const target = allMatching ? { filter, exceptIds: [] } : { ids: [...chosen] };
      const { updated } = await api('rosters.updateKols', { target, change });
      toast.info(t('rosters.updated', { count: updated }));
      setChosen(new Set());
      setAllMatching(false);
    } catch (failure) {
      toast.error(failure);
    } finally {
      setBusy(false);
    }
  };

  const currentView = (): KolViewState => ({
    filter: filter as KolViewState['filter'],
    sort: (grid.current?.getColumnState() ?? [])
      .filter((c) => c.sort && (KOL_SORT_COLUMNS as readonly string[]).includes(c.colId))
      .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
      .map((c) => ({ colId: c.colId as KolViewState['sort'][number]['colId'], sort: c.sort as 'asc' | 'desc' }))
      .slice(0, 2),
  });
  const applyView = (view: KolSavedView) => {
    grid.current?.applyColumnState({ state: view.state.sort.map((s, i) => ({ colId: s.colId, sort: s.sort, sortIndex: i })), defaultState: { sort: null } });
    changeFilter(view.state.filter);
    setApplied((n) => n + 1);
  };

  const onGridKey = (event: KeyboardEvent) => {
    // x chooses the focused row, as in the queue.
    if (event.key === 'x' && mayEdit && focusedId !== null && !(event.target instanceof HTMLInputElement)) selection.toggle(focusedId);
  };
  const chosenCount = allMatching ? (count ?? 0) : chosen.size;

  return (
    <div className="rosters-kols">
      <Pipeline
        counts={pipeline.loaded.status === 'ready' ? pipeline.loaded.value : null}
        chosen={(filter.statuses?.[0] as KolStatus | undefined) ?? null}
        onChoose={(status) => changeFilter({ ...filter, statuses: status === null ? undefined : [status] })}
      />
      <section className="queue" aria-label={t('rosters.kolList')} onKeyDown={onGridKey}>
        <KolFilters key={applied} filter={filter} onChange={changeFilter} />
        {chosenCount > 0 ? (
          <KolBulkBar
            count={chosenCount}
            allMatching={allMatching}
            matching={count}
            busy={busy}
            onSelectAllMatching={() => setAllMatching(true)}
            onClear={() => {
              setChosen(new Set());
              setAllMatching(false);
            }}
            onApply={(change) => void apply(change)}
          />
        ) : (
          <div className="toolbar rosters-count">
            <span role="status">{count === null ? t('rosters.counting') : t('rosters.kolCount', { count, shown: number(count) })}</span>
            <KolViews current={currentView} onApply={applyView} />
            <label className="toolbar-check rosters-import-button">
              <input type="checkbox" checked={withContact} onChange={(e) => setWithContact(e.target.checked)} /> {t('rosters.export.withContact')}
            </label>
            <button type="button" className="button button-small" onClick={() => void exportAs('csv')}>{t('rosters.export.csv')}</button>
            <button type="button" className="button button-small" onClick={() => void exportAs('xlsx')}>{t('rosters.export.xlsx')}</button>
            {mayEdit && (
              <button type="button" className="button button-small" onClick={() => setImporting(true)}>
                {t('rosters.import.open')}
              </button>
            )}
          </div>
        )}
        <div className="grid-area">
          <KolGrid datasource={datasource} selection={mayEdit ? selection : null} focusedId={focusedId} onReady={(api) => (grid.current = api)} onRowFocus={setFocusedId} />
        </div>
      </section>
      <KolDetailPane id={focusedId} />
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </div>
  );
}
