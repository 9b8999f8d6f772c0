// The one list of tables. Each domain declares its tables in its own file under shared/tables/ and is spread in
// here; the hub's pulls and snapshots, the console's sync, the checksums, the demo seeder (console and hub) and the
// schema test all derive from this list. Order matters: parents come before the tables that refer to them, so a
// load in this order keeps foreign keys whole.
import { COMPLIANCE_LOCAL_TABLES, COMPLIANCE_TABLES } from './tables/compliance-tables';
import { CONSOLE_LOCAL_TABLES } from './tables/console-tables';
import { CUSTOMER_TABLES } from './tables/customer-tables';
import { DIRECTORY_TABLES } from './tables/directory-tables';
import { FEEDBACK_LOCAL_TABLES, FEEDBACK_TABLES } from './tables/feedback-tables';
import { GROWTH_LOCAL_TABLES, GROWTH_TABLES } from './tables/growth-tables';
import { IMPORTS_LOCAL_TABLES } from './tables/imports-tables';
import { ROSTERS_LOCAL_TABLES, ROSTERS_TABLES } from './tables/rosters-tables';
import type { LocalTable, TableSpec } from './tables/table-spec';

export type { ColumnSpec, ColumnType, LocalTable, TableScope, TableSpec } from './tables/table-spec';

const DECLARED = [...DIRECTORY_TABLES, ...CUSTOMER_TABLES, ...FEEDBACK_TABLES, ...GROWTH_TABLES, ...ROSTERS_TABLES, ...COMPLIANCE_TABLES] as const;

export type TableName = (typeof DECLARED)[number]['name'];
/** The tables the demo data set fills. */
export type DemoTableName = Extract<(typeof DECLARED)[number], { demo: true }>['name'];

export interface Table extends TableSpec {
  name: TableName;
}

/** Every table the hub and the consoles share, parents first. */
export const TABLES: readonly Table[] = DECLARED;
export const TABLE_NAMES: readonly TableName[] = TABLES.map((table) => table.name);
export const TABLE_BY_NAME: ReadonlyMap<TableName, Table> = new Map(TABLES.map((table) => [table.name, table]));

/** Tables only the console has: everything else in its schema must be in TABLES (main/db/table-registry.test.ts). */
export const LOCAL_TABLES: readonly LocalTable[] = [
  ...CONSOLE_LOCAL_TABLES,
  ...FEEDBACK_LOCAL_TABLES,
  ...GROWTH_LOCAL_TABLES,
  ...ROSTERS_LOCAL_TABLES,
  ...COMPLIANCE_LOCAL_TABLES,
  ...IMPORTS_LOCAL_TABLES,
];

/** The tables a region's checksum counts, on the hub and on the console alike (hub/PROTOCOL.md, "Checksums"). */
export const CHECKSUM_TABLES: readonly Table[] = TABLES.filter((table) => table.checksum !== undefined);

/** The hash a `versions` checksum adds up per region, in SQL both stores run alike. */
export const VERSION_HASH_SQL = 'coalesce(sum((id * 7919 + version * 104729) % 1000000007), 0) % 1000000007';
export const CHECKSUM_MODULUS = 1_000_000_007;

export const DEMO_TABLES: readonly (Table & { name: DemoTableName })[] = TABLES.filter(
  (table): table is Table & { name: DemoTableName } => table.demo,
);

export function columnNames(table: Table): string[] {
  return table.columns.map((column) => column.name);
}
