// The queue itself: AG Grid Community with the infinite row model, fed block by block by the core.
import { useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import { type CellFocusedEvent, type GridApi, type IDatasource, type RowClassRules } from 'ag-grid-community';
import type { QueueRow } from '../../../shared/queue';
import { slaState } from '../format/durations';
import { useLocaleChoice, useWords } from '../i18n/LocaleContext';
import { useSession } from '../session/SessionContext';
import { pagedGridProps } from '../ui/paged-grid';
import { useNow } from '../ui/useNow';
import { storeColumnLayout, storedColumnLayout } from './column-layout';
import { queueColumns } from './columns';

interface QueueGridProps {
  datasource: IDatasource;
  focusedId: number | null;
  onReady(api: GridApi<QueueRow>): void;
  /** A row got the grid's focus, by click or by the grid's own arrow keys. */
  onRowFocus(index: number, id: number): void;
  /** Rows arrived or moved: a focus waiting on a loading block can now learn its id. */
  onRowsLoaded(api: GridApi<QueueRow>): void;
  /** Columns were shown, hidden, moved or resized (also when the grid first applies the stored layout). */
  onColumnsChanged(api: GridApi<QueueRow>): void;
}

export function QueueGrid({ datasource, focusedId, onReady, onRowFocus, onRowsLoaded, onColumnsChanged }: QueueGridProps) {
  const { formatFor } = useSession();
  const words = useWords();
  const { dir } = useLocaleChoice().ui;
  const now = useNow();
  const columnDefs = useMemo(() => queueColumns(formatFor, words, dir), [formatFor, words, dir]);

  // A new rules object makes the grid re-apply row classes in place, without redrawing rows.
  const rowClassRules = useMemo<RowClassRules<QueueRow>>(
    () => ({
      'row-focused': ({ data }) => data !== undefined && data.id === focusedId,
      'row-breached': ({ data }) => data !== undefined && slaState(data, now) === 'breached',
    }),
    [focusedId, now],
  );

  const keepColumns = ({ api }: { api: GridApi<QueueRow> }) => {
    storeColumnLayout(api.getColumnState());
    onColumnsChanged(api);
  };

  return (
    <div className="grid-host" aria-label={words.t('grid.label')} role="region">
      <AgGridReact<QueueRow>
        key={dir}
        {...pagedGridProps<QueueRow>(dir)}
        datasource={datasource}
        columnDefs={columnDefs}
        rowClassRules={rowClassRules}
        // The screen draws its own empty state, which says what to do next.
        suppressNoRowsOverlay
        onGridReady={({ api }) => {
          const layout = storedColumnLayout();
          if (layout) api.applyColumnState(layout);
          onReady(api);
          onColumnsChanged(api);
        }}
        // The person's changes only: a drag still under way, or the flexible column taking up slack, is not one.
        onColumnResized={(event) => {
          if (event.finished && event.source !== 'flex') keepColumns(event);
        }}
        onColumnVisible={keepColumns}
        onColumnMoved={(event) => {
          if (event.finished) keepColumns(event);
        }}
        // Clicks and the grid's own arrow keys arrive here, so they move the focused row too.
        onCellFocused={({ api, rowIndex }: CellFocusedEvent<QueueRow>) => {
          // The grid hands events to React late; when j/k moved its focused cell in the meantime, this
          // one is stale and must not pull the focus back.
          if (rowIndex === null || api.getFocusedCell()?.rowIndex !== rowIndex) return;
          const data = api.getDisplayedRowAtIndex(rowIndex)?.data;
          if (data) onRowFocus(rowIndex, data.id);
        }}
        onModelUpdated={({ api }) => onRowsLoaded(api)}
      />
    </div>
  );
}
