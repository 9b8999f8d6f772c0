// What a pull page holds while it is built: rows (as JSON text) and deleted keys per table.
import type { TableName } from '../shared/table-registry';

export interface PageParts {
  upserts: Map<TableName, string[]>;
  deletes: Map<TableName, string[]>;
}

export const emptyParts = (): PageParts => ({ upserts: new Map(), deletes: new Map() });

export function addTo(map: Map<TableName, string[]>, table: TableName, items: string[]): void {
  if (items.length === 0) return;
  const list = map.get(table);
  if (list) list.push(...items);
  else map.set(table, items);
}

/** The `changes` member of a page, as JSON text: tables in the order first written. */
export function changesJson(parts: PageParts): string {
  const tables = new Set<TableName>([...parts.upserts.keys(), ...parts.deletes.keys()]);
  const changes = [...tables].map(
    (table) => `${JSON.stringify(table)}:{"upserts":[${(parts.upserts.get(table) ?? []).join(',')}],"deletes":[${(parts.deletes.get(table) ?? []).join(',')}]}`,
  );
  return `{${changes.join(',')}}`;
}

