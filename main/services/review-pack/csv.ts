// The pack's CSV files: RFC 4180 (quoted where needed, CRLF line ends), numbers with a fixed number of decimals
// per kind so the same database always gives the same bytes.
import { KPI_INFO, KPI_NAMES } from '../../../shared/kpi-definitions';
import type { RegionWeeklyReport } from '../../../shared/report-types';
import { cellDecimals, cellKind, roundCell, type Cell, type PackTable } from './pack-tables';
import { spreadsheetText } from './spreadsheet-text';

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLines(lines: string[][]): string {
  return lines.map((fields) => `${fields.join(',')}\r\n`).join('');
}

function field(cell: Cell, decimals: number): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? cell.toFixed(decimals) : quote(spreadsheetText(cell));
}

/** One CSV holding a table's rows for every region, in the order the reports are given. */
export function tableCsv(tables: readonly PackTable[]): string {
  const first = tables[0];
  if (!first) return '';
  const lines = [first.columns.map((c) => quote(c.header))];
  for (const table of tables) {
    table.rows.forEach((row, r) => {
      lines.push(row.map((cell, c) => field(cell, cellDecimals(cellKind(table, table.columns[c] as (typeof table.columns)[number], r)))));
    });
  }
  return csvLines(lines);
}

/** kpis.csv: region,week,kpi,value with one row per named KPI; rates as fractions, money in USD with two decimals. */
export function kpisCsv(reports: readonly RegionWeeklyReport[]): string {
  const lines = [['region', 'week', 'kpi', 'value']];
  for (const report of reports) {
    const values = new Map(report.headline.map((h) => [h.kpi, h.value]));
    for (const kpi of KPI_NAMES) {
      const kind = KPI_INFO[kpi].kind;
      lines.push([report.region, report.week, kpi, field(roundCell(kind, values.get(kpi) ?? null), cellDecimals(kind))]);
    }
  }
  return csvLines(lines);
}
