// The queue itself: AG Grid Community with the infinite row model, fed block by block by the core.
import { useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import {
  themeQuartz,
  type CellFocusedEvent,
  type GetRowIdParams,
  type GridApi,
  type IDatasource,
  type RowClassRules,
  type RowClickedEvent,
} from 'ag-grid-community';
import type { QueueRow } from '../../../shared/queue';
import { slaView } from '../format/durations';
import { useSession } from '../session/SessionContext';
import { useNow } from '../ui/useNow';
import { queueColumns } from './columns';

export const QUEUE_BLOCK_SIZE = 100;

const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 12,
  headerFontWeight: 600,
  spacing: 5,
  rowHeight: 32,
  headerHeight: 34,
  accentColor: '#2563eb',
  foregroundColor: '#1f2328',
  borderColor: '#e4e7eb',
  headerBackgroundColor: '#f6f7f9',
  oddRowBackgroundColor: '#fbfbfc',
  rowHoverColor: '#f1f5fd',
  wrapperBorder: false,
  wrapperBorderRadius: 0,
});

interface QueueGridProps {
  datasource: IDatasource;
  focusedId: number | null;
  onReady(api: GridApi<QueueRow>): void;
  /** A row was clicked or got the grid's keyboard focus. */
  onRowFocus(index: number, id: number): void;
  /** Rows arrived or moved: a focus waiting on a loading block can now learn its id. */
  onRowsLoaded(api: GridApi<QueueRow>): void;
}

const getRowId = ({ data }: GetRowIdParams<QueueRow>) => String(data.id);

export function QueueGrid({ datasource, focusedId, onReady, onRowFocus, onRowsLoaded }: QueueGridProps) {
  const { formatFor } = useSession();
  const now = useNow();
  const columnDefs = useMemo(() => queueColumns(formatFor), [formatFor]);

  // A new rules object makes the grid re-apply row classes in place, without redrawing rows.
  const rowClassRules = useMemo<RowClassRules<QueueRow>>(
    () => ({
      'row-focused': ({ data }) => data !== undefined && data.id === focusedId,
      'row-breached': ({ data }) => data !== undefined && slaView(data, now).state === 'breached',
    }),
    [focusedId, now],
  );

  const focusRowAt = (api: GridApi<QueueRow>, index: number | null) => {
    if (index === null) return;
    const data = api.getDisplayedRowAtIndex(index)?.data;
    if (data) onRowFocus(index, data.id);
  };

  return (
    <div className="grid-host" aria-label="Feedback queue" role="region">
      <AgGridReact<QueueRow>
        theme={gridTheme}
        containerStyle={{ height: '100%' }}
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={QUEUE_BLOCK_SIZE}
        maxConcurrentDatasourceRequests={2}
        blockLoadDebounceMillis={40}
        getRowId={getRowId}
        columnDefs={columnDefs}
        defaultColDef={{ sortable: false, resizable: true, suppressHeaderMenuButton: true }}
        rowClassRules={rowClassRules}
        ensureDomOrder
        // The screen draws its own empty state, which says what to do next.
        suppressNoRowsOverlay
        onGridReady={({ api }) => onReady(api)}
        onCellFocused={(event: CellFocusedEvent<QueueRow>) =>
          focusRowAt(event.api, typeof event.rowIndex === 'number' ? event.rowIndex : null)
        }
        onModelUpdated={({ api }) => onRowsLoaded(api)}
        onRowClicked={(event: RowClickedEvent<QueueRow>) => focusRowAt(event.api, event.rowIndex)}
      />
    </div>
  );
}
