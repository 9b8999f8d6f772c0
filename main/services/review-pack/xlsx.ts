// The region's workbook: one sheet per pack table, numbers stored as numbers with a format, the header row
// frozen. Its properties and archive dates derive from the week, so the same database gives the same bytes.
import { Workbook } from 'exceljs';
import { cellKind, type CellKind, type PackTable } from './pack-tables';
import { spreadsheetText } from './spreadsheet-text';
import { setZipDates } from './zip-dates';

const NUMBER_FORMATS: Record<Exclude<CellKind, 'text'>, string> = {
  count: '#,##0',
  usd: '"$"#,##0.00',
  rate: '0.00%',
  ratio: '0.00',
  per_1k: '0.00',
  hours: '0.0',
  pp: '+0.00" pp";-0.00" pp";0.00" pp"',
};

export async function workbookBuffer(tables: readonly PackTable[], title: string, stamp: Date): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'Regional Ops Console';
  workbook.lastModifiedBy = 'Regional Ops Console';
  workbook.title = title;
  workbook.created = stamp;
  workbook.modified = stamp;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    sheet.columns = table.columns.map((column) => ({ header: column.header, width: column.width }));
    sheet.getRow(1).font = { bold: true };
    table.rows.forEach((row, r) => {
      const line = sheet.addRow(row.map((cell) => (typeof cell === 'string' ? spreadsheetText(cell) : (cell ?? undefined))));
      row.forEach((cell, c) => {
        const kind = cellKind(table, table.columns[c] as PackTable['columns'][number], r);
        if (typeof cell === 'number' && kind !== 'text') line.getCell(c + 1).numFmt = NUMBER_FORMATS[kind];
      });
    });
  }
  const written = await workbook.xlsx.writeBuffer();
  return setZipDates(new Uint8Array(written as ArrayBuffer), stamp);
}
