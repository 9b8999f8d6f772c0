// What every grid paging rows from the core shares (the queue, the KOLs): AG Grid's infinite row model fed block by
// block, rows known by their id, the console's look, and the window's direction. Spread into <AgGridReact>, with
// `key={dir}`: the grid reads its direction once, so a new direction makes a new grid.
import type { AgGridReactProps } from 'ag-grid-react';
import type { ColDef, GetRowIdFunc, GetRowIdParams } from 'ag-grid-community';
import { gridTheme } from './grid-theme';

type Paged = { id: number };

// Module constants: a new object on each render would make the grid re-apply them.
const defaultColDef: ColDef = { sortable: false, resizable: true, suppressHeaderMenuButton: true };
const containerStyle = { height: '100%' };
const getRowId = ({ data }: GetRowIdParams<Paged>) => String(data.id);

export function pagedGridProps<Row extends Paged>(dir: 'ltr' | 'rtl'): AgGridReactProps<Row> {
  return {
    enableRtl: dir === 'rtl',
    theme: gridTheme,
    containerStyle,
    rowModelType: 'infinite',
    cacheBlockSize: 100,
    maxConcurrentDatasourceRequests: 2,
    blockLoadDebounceMillis: 40,
    getRowId: getRowId as GetRowIdFunc<Row>,
    defaultColDef: defaultColDef as ColDef<Row>,
    ensureDomOrder: true,
    // A dozen or so columns are cheap to keep in the DOM, and then every cell is reachable by assistive tech.
    suppressColumnVirtualisation: true,
  };
}
