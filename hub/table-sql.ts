// SQL for reading a synced table as the console wants it: each row one JSON array in column order.
import type { TableSpec } from '../shared/table-registry';

const CAST = { int: 'bigint', real: 'float8', text: 'text' } as const;

/** A parameter holding one column's values as an array, typed as the column: for `unnest($1::bigint[], ...)`. */
export function arrayParam(column: { type: keyof typeof CAST }, param: number): string {
  return `$${param}::${CAST[column.type]}[]`;
}

export function rowJson(table: TableSpec): string {
  return `json_build_array(${table.columns.map((c) => `"${c.name}"`).join(', ')})::text`;
}

export function keyColumns(table: TableSpec): string {
  return table.key.map((k) => `"${k}"`).join(', ');
}

/** `(k1, k2) > ($n::type, $n+1::type)`, for keyset paging from parameter number `first`. */
export function keyAfter(table: TableSpec, first: number): string {
  const params = table.key.map((name, i) => {
    const column = table.columns.find((c) => c.name === name);
    return `$${first + i}::${CAST[column?.type ?? 'text']}`;
  });
  return `(${keyColumns(table)}) > (${params.join(', ')})`;
}

/** A filter to the console's regions (as parameter `param`), or none for directory tables. */
export function regionFilter(table: TableSpec, param: number): string {
  return table.scope === 'directory' ? 'true' : `region = ANY($${param}::text[])`;
}
