// Many rows a statement: binding and stepping one statement per row is most of what writing a batch costs.
import type { Db } from './open';
import { run, type SqlValue } from './statement-cache';

/** Rows one statement carries: at 21 values a row (orders), far below SQLite's limit of 32,766 bound values. */
const GROUP = 100;

const texts = new Map<string, string>();

/** `INSERT INTO t (a, b) VALUES (?, ?), ... [tail]` for `rows` rows; made once per shape. */
function insertText(into: string, width: number, rows: number, tail: string): string {
  const shape = `${into}\u0000${width}\u0000${rows}\u0000${tail}`;
  let text = texts.get(shape);
  if (text === undefined) {
    const tuple = `(${Array(width).fill('?').join(', ')})`;
    text = `${into} VALUES ${Array(rows).fill(tuple).join(', ')} ${tail}`;
    texts.set(shape, text);
  }
  return text;
}

/**
 * Inserts `rows` (each as wide as `into` names columns) in groups of GROUP, the rest one by one: two statement
 * shapes per table, whatever a batch holds. `tail` is what follows the values (an ON CONFLICT clause).
 */
export function insertMany(db: Db, into: string, rows: readonly (readonly SqlValue[])[], tail = ''): void {
  const width = rows[0]?.length ?? 0;
  let at = 0;
  for (; at + GROUP <= rows.length; at += GROUP) {
    const values: SqlValue[] = [];
    for (let row = at; row < at + GROUP; row++) for (const value of rows[row] as SqlValue[]) values.push(value);
    run(db, insertText(into, width, GROUP, tail), values);
  }
  for (; at < rows.length; at++) run(db, insertText(into, width, 1, tail), rows[at] as SqlValue[]);
}
