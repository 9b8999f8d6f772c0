// The KOLs grid: AG Grid's infinite row model fed page by page by rosters.kolPage, sorted by the core. Without a
// selection (a person who only reads rosters) it has no column of checkboxes.
import { useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellFocusedEvent, ColDef, GridApi, ICellRendererParams, IDatasource, RowClassRules } from 'ag-grid-community';
import { KOL_SORT_COLUMNS, type KolFilter, type KolRow, type KolSortColumn } from '../../../shared/rosters-kols';
import { api } from '../api';
import { useLocaleChoice, useWords } from '../i18n/LocaleContext';
import { useSession } from '../session/SessionContext';
import { pagedGridProps } from '../ui/paged-grid';
import { rosterFormat } from './rosters-format';

const isSortable = (colId: string): colId is KolSortColumn => (KOL_SORT_COLUMNS as readonly string[]).includes(colId);

export interface Selection {
  ids: ReadonlySet<number>;
  toggle(id: number): void;
}

/** Rows of one filter; a new filter makes a new datasource, which the grid takes as a reset. */
export function kolDatasource(filter: KolFilter, onCount: (count: number) => void, onError: (failure: unknown) => void): IDatasource {
  let known: number | undefined;
  return {
    getRows(params) {
      const sort = params.sortModel.filter((s) => isSortable(s.colId)).map((s) => ({ colId: s.colId as KolSortColumn, sort: s.sort }));
      api('rosters.kolPage', { filter, sort: sort.slice(0, 2), startRow: params.startRow, endRow: params.endRow, withCount: params.startRow === 0 }).then(
        (page) => {
          if (page.count !== undefined) {
            known = page.count;
            onCount(page.count);
          }
          params.successCallback(page.rows, known ?? (page.rows.length < params.endRow - params.startRow ? params.startRow + page.rows.length : undefined));
        },
        (failure: unknown) => {
          params.failCallback();
          onError(failure);
        },
      );
    },
  };
}

function SelectCell({ data, context }: ICellRendererParams<KolRow, unknown, { selection: Selection; name: (row: KolRow) => string }>) {
  if (!data) return null;
  return (
    <input
      type="checkbox"
      className="row-check"
      aria-label={context.name(data)}
      checked={context.selection.ids.has(data.id)}
      onChange={() => context.selection.toggle(data.id)}
    />
  );
}

interface KolGridProps {
  datasource: IDatasource;
  selection: Selection | null;
  focusedId: number | null;
  onReady(api: GridApi<KolRow>): void;
  onRowFocus(id: number): void;
}

export function KolGrid({ datasource, selection, focusedId, onReady, onRowFocus }: KolGridProps) {
  const { t, label, locale } = useWords();
  const { dir } = useLocaleChoice().ui;
  const { session } = useSession();
  const format = useMemo(() => rosterFormat(locale), [locale]);
  const people = useMemo(() => new Map([session.person, ...session.people].map((p) => [p.id, p.name])), [session]);
  const columnDefs = useMemo<ColDef<KolRow>[]>(
    () => [
      ...(selection === null ? [] : [{ colId: 'select', headerName: '', headerTooltip: t('rosters.select'), width: 44, resizable: false, cellRenderer: SelectCell, lockPosition: dir === 'rtl' ? ('right' as const) : ('left' as const) }]),
      { colId: 'name', field: 'name', headerName: t('rosters.column.name'), sortable: true, initialWidth: 170 },
      { colId: 'handle', field: 'handle', headerName: t('rosters.column.handle'), sortable: true, initialWidth: 150, valueFormatter: ({ value }) => (value ? `@${String(value)}` : '') },
      { colId: 'platform', field: 'platform', headerName: t('rosters.column.platform'), sortable: true, initialWidth: 110, valueFormatter: ({ value }) => label('kolPlatform', (value as string) ?? null) },
      { colId: 'region', field: 'region', headerName: t('rosters.column.region'), sortable: true, initialWidth: 76 },
      { colId: 'followers', field: 'followers', headerName: t('rosters.column.followers'), sortable: true, initialWidth: 100, type: 'rightAligned', valueFormatter: ({ value }) => (typeof value === 'number' ? format.compact(value) : '') },
      { colId: 'tier', field: 'tier', headerName: t('rosters.column.tier'), initialWidth: 80, valueFormatter: ({ value }) => label('kolTier', (value as string) ?? null) },
      { colId: 'engagement_rate', field: 'engagementRate', headerName: t('rosters.column.engagement'), sortable: true, initialWidth: 110, type: 'rightAligned', valueFormatter: ({ value }) => (typeof value === 'number' ? format.percent(value) : '') },
      { colId: 'status', field: 'status', headerName: t('rosters.column.status'), sortable: true, initialWidth: 120, valueFormatter: ({ value }) => label('kolStatus', (value as string) ?? null) },
      { colId: 'owner', field: 'ownerId', headerName: t('rosters.column.owner'), initialWidth: 140, valueFormatter: ({ value }) => (typeof value === 'number' ? (people.get(value) ?? `#${value}`) : '') },
      { colId: 'tags', field: 'tags', headerName: t('rosters.column.tags'), flex: 1, minWidth: 100, valueFormatter: ({ value }) => (Array.isArray(value) ? value.join(', ') : '') },
    ],
    [t, label, format, people, dir, selection === null],
  );
  const context = useMemo(() => ({ selection, name: (row: KolRow) => t('rosters.selectKol', { name: row.name }) }), [selection, t]);
  const rowClassRules = useMemo<RowClassRules<KolRow>>(
    () => ({ 'row-focused': ({ data }) => data !== undefined && data.id === focusedId, 'row-selected': ({ data }) => data !== undefined && selection !== null && selection.ids.has(data.id) }),
    [focusedId, selection],
  );

  return (
    <div className="grid-host" role="region" aria-label={t('rosters.gridLabel')}>
      <AgGridReact<KolRow>
        key={dir}
        {...pagedGridProps<KolRow>(dir)}
        datasource={datasource}
        columnDefs={columnDefs}
        context={context}
        rowClassRules={rowClassRules}
        onGridReady={({ api: grid }) => onReady(grid)}
        onCellFocused={({ api: grid, rowIndex }: CellFocusedEvent<KolRow>) => {
          if (rowIndex === null || grid.getFocusedCell()?.rowIndex !== rowIndex) return;
          const data = grid.getDisplayedRowAtIndex(rowIndex)?.data;
          if (data) onRowFocus(data.id);
        }}
      />
    </div>
  );
}
