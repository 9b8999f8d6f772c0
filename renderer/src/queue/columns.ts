// The queue's columns. Sortable columns carry the core's sort names as their colId, so the grid's sort
// model goes to `feedback.page` unchanged; every other column is not sortable, because the core could not
// honour it.
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import {
  CATEGORY_LABELS,
  LANGUAGE_LABELS,
  ORDER_STATUS_LABELS,
  STATUS_LABELS,
  type RegionCode,
} from '../../../shared/domain';
import type { QueueRow, SortableColumn } from '../../../shared/queue';
import type { RegionFormat } from '../format/region-format';
import { labelFor } from '../format/labels';
import { AgeCell, CustomerCell, PriorityCell, RegionCell, SelectCell, SlaCell, TagsCell, TextCell } from './cells';

const SELECT_COLUMN_ID = 'select';

type QueueColDef = ColDef<QueueRow>;

function sortable(colId: SortableColumn, def: QueueColDef): QueueColDef {
  return { ...def, colId, sortable: true };
}

function label<K extends string>(labels: Record<K, string>) {
  return ({ data, value }: ValueFormatterParams<QueueRow>) =>
    data ? labelFor(labels, typeof value === 'string' ? value : null) : '';
}

export function queueColumns(formatFor: (code: RegionCode) => RegionFormat): QueueColDef[] {
  return [
    {
      colId: SELECT_COLUMN_ID,
      headerName: '',
      headerTooltip: 'Select',
      width: 44,
      resizable: false,
      suppressMovable: true,
      lockPosition: 'left',
      cellRenderer: SelectCell,
      cellClass: 'select-cell',
    },
    sortable('created_at', { headerName: 'Age', field: 'createdAt', width: 72, cellRenderer: AgeCell }),
    sortable('sla_due_at', { headerName: 'SLA due', field: 'slaDueAt', width: 196, cellRenderer: SlaCell }),
    sortable('priority', { headerName: 'Priority', field: 'priority', width: 96, cellRenderer: PriorityCell }),
    sortable('category', { headerName: 'Category', field: 'category', width: 136, valueFormatter: label(CATEGORY_LABELS) }),
    sortable('region', { headerName: 'Region', field: 'region', width: 82, cellRenderer: RegionCell }),
    sortable('country', { headerName: 'Country', field: 'country', width: 88 }),
    sortable('language', { headerName: 'Language', field: 'language', width: 104, valueFormatter: label(LANGUAGE_LABELS) }),
    { colId: 'customer', headerName: 'Customer', field: 'customerName', width: 170, cellRenderer: CustomerCell },
    {
      colId: 'order_status',
      headerName: 'Order status',
      field: 'orderStatus',
      width: 112,
      valueFormatter: label(ORDER_STATUS_LABELS),
    },
    { colId: 'carrier', headerName: 'Carrier', field: 'carrier', width: 110 },
    {
      colId: 'days_late',
      headerName: 'Days late',
      field: 'daysLate',
      width: 92,
      type: 'rightAligned',
      valueFormatter: ({ data, value }: ValueFormatterParams<QueueRow>) =>
        data && typeof value === 'number' ? formatFor(data.region).number(value) : '',
    },
    sortable('assignee', {
      headerName: 'Assignee',
      field: 'assigneeName',
      width: 136,
      valueFormatter: ({ data, value }: ValueFormatterParams<QueueRow>) => (data ? (value ?? 'Unassigned') : ''),
      cellClassRules: { unassigned: ({ data }) => data !== undefined && data.assigneeId === null },
    }),
    sortable('status', { headerName: 'Status', field: 'status', width: 166, valueFormatter: label(STATUS_LABELS) }),
    { colId: 'tags', headerName: 'Tags', field: 'tags', width: 150, cellRenderer: TagsCell },
    { colId: 'text', headerName: 'Text', field: 'firstLine', flex: 1, minWidth: 260, cellRenderer: TextCell },
  ];
}
