// The triage screen: views on the left, the queue in the middle, the focused item on the right.
// It owns what the pieces share: the filter, the focused row, the selection and the grid's API.
import { useCallback, useRef, useState } from 'react';
import { takeScreenLink } from '../app/screen-link';
import type { GridApi } from 'ag-grid-community';
import type { SavedView } from '../../../shared/views-calls';
import type { Priority, RegionCode } from '../../../shared/domain';
import type { BulkChange, QueueFilter, QueueRow, QueueView } from '../../../shared/queue';
import { useOnRowsChanged } from '../app/data-changed';
import { touchesItem, touchesQueue } from '../app/rows-changed';
import { DetailPane } from '../detail/DetailPane';
import { useFeedbackDetail } from '../detail/useFeedbackDetail';
import { ShortcutsDialog } from '../shortcuts/ShortcutsDialog';
import { useShortcuts } from '../shortcuts/useShortcuts';
import { useWords } from '../i18n/LocaleContext';
import { useSession } from '../session/SessionContext';
import { useToast } from '../ui/Toast';
import type { ActiveView } from './active-view';
import { BulkBar } from './BulkBar';
import { EmptyState } from './EmptyState';
import { MergeDialog } from './MergeDialog';
import { QueueGrid } from './QueueGrid';
import { SaveViewDialog } from './SaveViewDialog';
import { SelectionContext } from './SelectionContext';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';
import { Toolbar, type ColumnChoice } from './Toolbar';
import { SELECT_COLUMN_ID } from './columns';
import { withChange } from './optimistic-change';
import { useFeedbackActions, type PreviewChange } from './useFeedbackActions';
import { useQueueDatasource } from './useQueueDatasource';
import { useSavedViews } from './useSavedViews';
import { useRowFocus } from './useRowFocus';
import { useSelection } from './useSelection';
import { columnStateForView, viewStateFromGrid } from './view-state';

type OpenDialog = 'shortcuts' | 'save-view' | { merge: { keptId: number; duplicateIds: number[] } } | null;

export function QueueScreen() {
  const { session } = useSession();
  const toast = useToast();
  const { t } = useWords();
  const [filter, setFilter] = useState<QueueFilter>(() => takeScreenLink('queue') ?? { view: 'all' });
  const [active, setActive] = useState<ActiveView>({ kind: 'view', view: 'all' });
  const rowFocus = useRowFocus();
  const focus = rowFocus.focus;
  const [detailVersion, setDetailVersion] = useState(0);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const selection = useSelection();
  const savedViews = useSavedViews();
  const gridApi = useRef<GridApi<QueueRow> | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const { datasource, count, loadedAt } = useQueueDatasource(filter, toast.error);
  const [columnChoice, setColumnChoice] = useState<Omit<ColumnChoice, 'onChange'>>({ options: [], shown: [] });
  const readColumns = useCallback((api: GridApi<QueueRow>) => {
    const choosable = api.getColumns()?.filter((column) => column.getColId() !== SELECT_COLUMN_ID) ?? [];
    setColumnChoice({
      options: choosable.map((column) => ({ id: column.getColId(), label: column.getColDef().headerName ?? column.getColId() })),
      shown: choosable.filter((column) => column.isVisible()).map((column) => column.getColId()),
    });
  }, []);
  const showColumns = (shown: readonly string[]) => {
    const api = gridApi.current;
    if (!api) return;
    const ids = columnChoice.options.map((column) => column.id);
    api.setColumnsVisible(ids.filter((id) => !shown.includes(id)), false);
    api.setColumnsVisible([...shown], true);
  };

  const refresh = useCallback(() => {
    gridApi.current?.refreshInfiniteCache();
    setDetailVersion((version) => version + 1);
  }, []);
  // Rows changed by the hub or another window: the grid reloads its blocks in place (scroll, selection and focus
  // stay, as they follow ids), and the detail pane reloads only when its item may have changed.
  useOnRowsChanged((change) => {
    if (touchesQueue(change)) gridApi.current?.refreshInfiniteCache();
    const focusedId = rowFocus.current()?.id;
    if (focusedId && touchesItem(change, focusedId)) setDetailVersion((version) => version + 1);
  });
  const detail = useFeedbackDetail(focus?.id ?? null, detailVersion);
  // The grid row (if loaded) and the pane (if it shows the item) both take the change at once.
  const preview = useCallback<PreviewChange>(
    (id, change) => {
      const node = gridApi.current?.getRowNode(String(id));
      const before = node?.data;
      const after = before && withChange(before, change, session.people);
      if (node && after) node.setData(after);
      const undoPane = detail.preview(id, (shown) => ({ ...shown, feedback: withChange(shown.feedback, change, session.people) }));
      return () => {
        // Unless a reload has replaced the row since: it holds the stored value already.
        if (node && before && node.data === after) node.setData(before);
        undoPane();
      };
    },
    [detail.preview, session.people],
  );
  const actions = useFeedbackActions(refresh, preview);

  /** A different set of rows: what was selected or focused in the old one no longer applies. */
  const showFilter = (next: QueueFilter, view: ActiveView = active) => {
    setFilter(next);
    setActive(view);
    selection.clear();
    rowFocus.set(null);
  };

  // The sidebar picks the scope; search and toolbar filters stay, as the operator can see them.
  const pickView = (view: QueueView) => showFilter({ ...filter, view, regions: undefined }, { kind: 'view', view });
  const pickRegion = (code: RegionCode) =>
    showFilter({ ...filter, view: 'all', regions: [code] }, { kind: 'region', code });

  const applySaved = (view: SavedView) => {
    showFilter(view.state.filter, { kind: 'saved', id: view.id });
    gridApi.current?.applyColumnState(columnStateForView(view.state));
  };

  const saveView = async (name: string) => {
    const api = gridApi.current;
    if (!api) return;
    const saved = await savedViews.save(name, viewStateFromGrid(filter, api.getColumnState()));
    setActive({ kind: 'saved', id: saved.id });
  };

  /** A change made to a selection clears it (the shortcut help says so): the next key acts on the focused row. */
  const changeSelection = async (change: BulkChange) => {
    const target = selection.target();
    if (target && (await actions.update(target, change))) selection.clear();
  };
  const changeFromKeyboard = (change: BulkChange) => {
    const focusedId = rowFocus.current()?.id;
    if (selection.target()) void changeSelection(change);
    else if (focusedId) void actions.update({ ids: [focusedId] }, change);
    else toast.info(t('actions.nothingToChange'));
  };

  /** The keyboard goes back to the grid, on the focused row (or nowhere in particular when none is). */
  const leaveSearch = () => {
    const api = gridApi.current;
    const index = rowFocus.current()?.index;
    const column = api?.getAllDisplayedColumns()[0];
    if (api && index !== undefined && column) {
      api.ensureIndexVisible(index);
      api.setFocusedCell(index, column);
    } else searchRef.current?.blur();
  };

  const moveFocus = (delta: 1 | -1) => {
    const api = gridApi.current;
    if (!api) return;
    const rowCount = api.getDisplayedRowCount();
    if (rowCount === 0) return;
    const current = rowFocus.current();
    // Follow the item, not the position: after a refresh it may have moved or gone.
    const from = (current?.id ? api.getRowNode(String(current.id))?.rowIndex : null) ?? current?.index ?? -1;
    const index = Math.min(rowCount - 1, Math.max(0, from + delta));
    api.ensureIndexVisible(index);
    rowFocus.set({ index, id: api.getDisplayedRowAtIndex(index)?.data?.id ?? null });
    // If the grid holds keyboard focus, move its focused cell too, so arrows and j/k agree.
    const cell = api.getFocusedCell();
    if (cell && document.activeElement?.closest('.ag-root-wrapper')) api.setFocusedCell(index, cell.column);
  };

  useShortcuts({
    move: moveFocus,
    toggleSelection: () => {
      const focusedId = rowFocus.current()?.id;
      const focusedRow = focusedId ? gridApi.current?.getRowNode(String(focusedId))?.data : undefined;
      if (focusedRow) selection.toggle(focusedRow);
    },
    assignToMe: () => changeFromKeyboard({ assigneeId: session.person.id }),
    setPriority: (priority: Priority) => changeFromKeyboard({ priority }),
    resolve: () => changeFromKeyboard({ status: 'resolved' }),
    focusSearch: () => searchRef.current?.focus(),
    showHelp: () => setDialog('shortcuts'),
    escape: selection.clear,
  });

  const startMerge = () => {
    const ids = selection.explicitIds;
    const focusedId = rowFocus.current()?.id;
    const keptId = focusedId && ids.includes(focusedId) ? focusedId : ids[0];
    if (keptId === undefined) return;
    setDialog({ merge: { keptId, duplicateIds: ids.filter((id) => id !== keptId) } });
  };
  const describe = (id: number) => {
    const row = gridApi.current?.getRowNode(String(id))?.data;
    return row ? `#${id} ${row.customerName}: ${row.firstLine}` : `#${id}`;
  };

  const selectedCount = selection.size(count);
  // Only those who may take every selected item: the core refuses the whole change otherwise.
  const selectedRegions = selection.regions(session.regions.map((region) => region.code));
  const assignable = session.people.filter((person) => selectedRegions.every((code) => person.regions.includes(code)));
  const somethingSelected = selection.selection.mode === 'all' || selectedCount > 0;

  return (
    <SelectionContext value={selection}>
      <div className="workspace">
        <Sidebar
          active={active}
          savedViews={savedViews.views}
          onPickView={pickView}
          onPickRegion={pickRegion}
          onApplySaved={applySaved}
          onDeleteSaved={(view) => void savedViews.remove(view)}
        />
        <main className="queue">
          <Toolbar
            filter={filter}
            onFilterChange={(next) => showFilter(next)}
            count={count}
            searchRef={searchRef}
            onSaveView={() => setDialog('save-view')}
            onLeaveSearch={leaveSearch}
            columns={{ ...columnChoice, onChange: showColumns }}
          />
          {filter.acquiredBy && (
            <p className="toolbar acquired-filter" role="note">
              {t('queue.acquiredBy', { kind: filter.acquiredBy.kind, id: filter.acquiredBy.id })}
              <button type="button" className="link-button" onClick={() => showFilter({ ...filter, acquiredBy: undefined })}>
                {t('queue.acquiredByClear')}
              </button>
            </p>
          )}
          {somethingSelected && (
            <BulkBar
              selection={selection}
              matchingCount={count}
              me={session.person}
              people={assignable}
              busy={actions.busy}
              onChange={(change) => void changeSelection(change)}
              onSelectAllMatching={() => selection.selectAllMatching(filter)}
              onMerge={startMerge}
            />
          )}
          <div className="grid-area">
            <QueueGrid
              datasource={datasource}
              focusedId={focus?.id ?? null}
              onReady={(api) => (gridApi.current = api)}
              onColumnsChanged={readColumns}
              onRowFocus={(index, id) => rowFocus.set({ index, id })}
              onRowsLoaded={(api) => {
                const current = rowFocus.current();
                if (!current) return;
                const atIndex = api.getDisplayedRowAtIndex(current.index)?.data?.id ?? null;
                // Waiting on a loading block: it now says which item sits there.
                if (current.id === null) rowFocus.set({ index: current.index, id: atIndex });
                // The focused item left the view (resolved, merged, assigned away): as in a mail client, the
                // item that moved up into its place takes the focus, so "r, r, r" works down the queue.
                else if (atIndex !== null && !api.getRowNode(String(current.id))) rowFocus.set({ index: current.index, id: atIndex });
              }}
            />
            {count === 0 && (
              <EmptyState
                filter={filter}
                onShowAllOpen={() => showFilter({ view: 'all' }, { kind: 'view', view: 'all' })}
                onClearSearch={() => showFilter({ ...filter, search: undefined })}
                onClearFilters={() =>
                  showFilter({
                    ...filter,
                    statuses: undefined,
                    priorities: undefined,
                    categories: undefined,
                    languages: undefined,
                    tags: undefined,
                  })
                }
              />
            )}
          </div>
        </main>
        <DetailPane
          id={focus?.id ?? null}
          state={detail.state}
          busy={actions.busy}
          onUpdate={(id, change) => void actions.update({ ids: [id] }, change)}
          onUnmerge={(mergeId) => void actions.unmerge(mergeId)}
        />
      </div>
      <StatusBar loadedAt={loadedAt} />

      {dialog === 'shortcuts' && <ShortcutsDialog onClose={() => setDialog(null)} />}
      {dialog === 'save-view' && <SaveViewDialog onSave={saveView} onClose={() => setDialog(null)} />}
      {dialog !== null && typeof dialog === 'object' && (
        <MergeDialog
          keptId={dialog.merge.keptId}
          duplicateIds={dialog.merge.duplicateIds}
          describe={describe}
          onConfirm={async () => {
            const { keptId, duplicateIds } = dialog.merge;
            if (!(await actions.merge(keptId, duplicateIds))) return;
            selection.clear();
            // Show the item kept, with its merged duplicates and their "Undo merge".
            rowFocus.set({ index: rowFocus.current()?.index ?? 0, id: keptId });
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </SelectionContext>
  );
}
