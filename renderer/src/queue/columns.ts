// The queue's columns. Sortable columns carry the core's sort names as their colId, so the grid's sort
// model goes to `feedback.page` unchanged; every other column is not sortable, because the core could not
// honour it.
// Widths and visibility are initial values only: what the person changes (column-layout.ts) then stays,
// also when the columns are made again for another language. The ones shown by default fit the grid of a
// 1440-pixel laptop screen beside the sidebar and the pane; the Columns menu shows the rest.
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { RegionCode } from '../../../shared/domain';
import type { QueueRow, SortableColumn } from '../../../shared/queue';
import type { RegionFormat } from '../format/region-format';
import type { LabelFamily, Words } from '../i18n/words';
import { AgeCell, CustomerCell, PriorityCell, RegionCell, SelectCell, SlaCell, TagsCell, TextCell } from './cells';

export const SELECT_COLUMN_ID = 'select';

type QueueColDef = ColDef<QueueRow>;

function sortable(colId: SortableColumn, def: QueueColDef): QueueColDef {
  return { ...def, colId, sortable: true };
}

export function queueColumns(formatFor: (code: RegionCode) => RegionFormat, words: Words, dir: 'ltr' | 'rtl'): QueueColDef[] {
  const { t } = words;
  const label =
    (family: LabelFamily) =>
    ({ data, value }: ValueFormatterParams<QueueRow>) =>
      data ? words.label(family, typeof value === 'string' ? value : null) : '';
  return [
    {
      colId: SELECT_COLUMN_ID,
      headerName: '',
      headerTooltip: t('column.select'),
      width: 44,
      resizable: false,
      suppressMovable: true,
      // Locked to the reading start: the grid's left and right are physical, also right to left.
      lockPosition: dir === 'rtl' ? 'right' : 'left',
      cellRenderer: SelectCell,
      cellClass: 'select-cell',
    },
    sortable('created_at', { headerName: t('column.age'), field: 'createdAt', initialWidth: 72, initialHide: true, cellRenderer: AgeCell }),
    sortable('sla_due_at', { headerName: t('column.slaDue'), field: 'slaDueAt', initialWidth: 128, cellRenderer: SlaCell }),
    sortable('priority', { headerName: t('column.priority'), field: 'priority', initialWidth: 72, cellRenderer: PriorityCell }),
    sortable('category', { headerName: t('column.category'), field: 'category', initialWidth: 112, valueFormatter: label('category') }),
    sortable('region', { headerName: t('column.region'), field: 'region', initialWidth: 68, cellRenderer: RegionCell }),
    sortable('country', { headerName: t('column.country'), field: 'country', initialWidth: 88, initialHide: true }),
    sortable('language', { headerName: t('column.language'), field: 'language', initialWidth: 104, initialHide: true, valueFormatter: label('language') }),
    { colId: 'customer', headerName: t('column.customer'), field: 'customerName', initialWidth: 150, initialHide: true, cellRenderer: CustomerCell },
    {
      colId: 'order_status',
      headerName: t('column.orderStatus'),
      field: 'orderStatus',
      initialWidth: 112,
      initialHide: true,
      valueFormatter: label('orderStatus'),
    },
    { colId: 'carrier', headerName: t('column.carrier'), field: 'carrier', initialWidth: 110, initialHide: true },
    {
      colId: 'days_late',
      headerName: t('column.daysLate'),
      field: 'daysLate',
      initialWidth: 92,
      initialHide: true,
      type: 'rightAligned',
      valueFormatter: ({ data, value }: ValueFormatterParams<QueueRow>) =>
        data && typeof value === 'number' ? formatFor(data.region).number(value) : '',
    },
    sortable('assignee', {
      headerName: t('column.assignee'),
      field: 'assigneeName',
      initialWidth: 112,
      valueFormatter: ({ data, value }: ValueFormatterParams<QueueRow>) => (data ? (value ?? t('common.unassigned')) : ''),
      cellClassRules: { unassigned: ({ data }) => data !== undefined && data.assigneeId === null },
    }),
    sortable('status', { headerName: t('column.status'), field: 'status', initialWidth: 108, valueFormatter: label('status') }),
    { colId: 'tags', headerName: t('column.tags'), field: 'tags', initialWidth: 80, cellRenderer: TagsCell },
    { colId: 'text', headerName: t('column.text'), field: 'firstLine', initialFlex: 1, minWidth: 160, cellRenderer: TextCell },
  ];
}
