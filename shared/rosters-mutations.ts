// The rosters' mutations (hub/PROTOCOL.md, "Push"): new rows, and edits of a row's fields made against the values
// the person saw. Both sides check them against the table registry, so a row the hub takes is one a console stores.
import { z } from 'zod';
import { consoleClockMs, rowId } from './mutation-kit';
import { valueProblem, rowProblem } from './row-problem';
import { ROSTERS_TABLES, ROSTERS_TABLE_NAMES, type RostersTableName } from './tables/rosters-tables';
import type { TableSpec } from './tables/table-spec';

export const MAX_ROWS_PER_INSERT = 500;

const TABLE: ReadonlyMap<string, TableSpec> = new Map(ROSTERS_TABLES.map((table) => [table.name, table]));
export const rostersTable = (name: RostersTableName): TableSpec => TABLE.get(name) as TableSpec;

const fieldValue = z.union([z.string().max(4000), z.number(), z.null()]);
export type RowValue = z.infer<typeof fieldValue>;
const fields = z.record(z.string().regex(/^[a-z_]{1,40}$/), fieldValue);
export type RowFields = z.infer<typeof fields>;

/** Fields no edit changes: the key, the region that scopes the row, and the time of its last change (the hub's to set). */
export const FIXED_COLUMNS: ReadonlySet<string> = new Set(['id', 'customer_id', 'region', 'updated_at']);

const insertMutation = z
  .object({
    id: rowId,
    name: z.literal('rosters.insert'),
    at: consoleClockMs,
    /** Rows in the registry's column order. */
    args: z.object({ table: z.enum(ROSTERS_TABLE_NAMES), rows: z.array(z.array(fieldValue)).min(1).max(MAX_ROWS_PER_INSERT) }).strict(),
  })
  .strict()
  .superRefine((m, ctx) => {
    const table = rostersTable(m.args.table);
    m.args.rows.forEach((row, i) => {
      const problem = rowProblem(table, row);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['args', 'rows', i] });
    });
  });

const updateMutation = z
  .object({
    id: rowId,
    name: z.literal('rosters.update'),
    at: consoleClockMs,
    args: z.object({ table: z.enum(ROSTERS_TABLE_NAMES), rowId, set: fields }).strict(),
    /** The values of the fields in `set` as the person saw them when editing. */
    base: fields,
  })
  .strict()
  .superRefine((m, ctx) => {
    const table = rostersTable(m.args.table);
    for (const [part, values] of [['set', m.args.set], ['base', m.base]] as const) {
      for (const [name, value] of Object.entries(values)) {
        const column = table.columns.find((c) => c.name === name);
        const problem = !column || FIXED_COLUMNS.has(name) ? `${table.name}.${name} is not a field an edit changes` : valueProblem(table, column, value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem, path: part === 'set' ? ['args', 'set', name] : ['base', name] });
      }
    }
    if (Object.keys(m.args.set).length === 0) ctx.addIssue({ code: 'custom', message: 'an edit changes at least one field', path: ['args', 'set'] });
    for (const name of Object.keys(m.base)) {
      if (!(name in m.args.set)) ctx.addIssue({ code: 'custom', message: `base names ${name}, which the edit does not set`, path: ['base', name] });
    }
  });

export const rostersMutations = [insertMutation, updateMutation] as const;
export type RostersMutation = z.infer<typeof insertMutation> | z.infer<typeof updateMutation>;

/** A field of a roster row whose value on the hub is neither what the edit was made against nor what it wanted. */
export interface RowConflict {
  table: RostersTableName;
  rowId: number;
  field: string;
  base: RowValue;
  local: RowValue;
  hub: RowValue;
}
