// The console's check of every pulled row against its table's columns, before the row touches the store.
import type { ColumnSpec, TableSpec } from './table-registry';

function describeValue(value: unknown): string {
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > 40 ? `${shown.slice(0, 37)}...` : shown;
}

/** Why a value cannot be stored in a column of a table, or null when it fits. */
export function valueProblem(table: TableSpec, column: ColumnSpec, value: unknown): string | null {
  if (value === null) return column.nullable ? null : `${table.name}.${column.name} is empty`;
  if (column.type === 'text') {
    if (typeof value !== 'string') return `${table.name}.${column.name} is not text (${describeValue(value)})`;
    if (column.values && !column.values.includes(value)) return `${table.name}.${column.name} has an unknown value ${describeValue(value)}`;
    if (column.max !== undefined && value.length > column.max) return `${table.name}.${column.name} is longer than ${column.max} characters`;
    return null;
  }
  const whole = column.type === 'int';
  if (whole ? !Number.isSafeInteger(value) : typeof value !== 'number' || !Number.isFinite(value)) {
    return `${table.name}.${column.name} is not a ${whole ? 'whole ' : ''}number (${describeValue(value)})`;
  }
  if (column.range && ((value as number) < column.range[0] || (value as number) > column.range[1])) {
    return `${table.name}.${column.name} is out of range (${describeValue(value)})`;
  }
  return null;
}

/** Why a pulled row cannot be stored, or null when it fits the table. */
export function rowProblem(table: TableSpec, row: unknown): string | null {
  if (!Array.isArray(row)) return `a ${table.name} row is not a list of values`;
  if (row.length !== table.columns.length) return `a ${table.name} row has ${row.length} values, not ${table.columns.length}`;
  for (let i = 0; i < table.columns.length; i++) {
    const problem = valueProblem(table, table.columns[i] as ColumnSpec, row[i]);
    if (problem) return problem;
  }
  return null;
}
