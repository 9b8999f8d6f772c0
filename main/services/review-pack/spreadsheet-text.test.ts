import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tableCsv } from './csv';
import type { PackTable } from './pack-tables';
import { workbookBuffer } from './xlsx';

// Customer texts as a spreadsheet would run them: a formula, a DDE call, a tab or CR that starts a cell.
const HOSTILE = ['=HYPERLINK("http://evil.example","open")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1'];

function complaints(texts: string[]): PackTable {
  return {
    file: 'top_complaints',
    sheet: 'Top complaints',
    columns: [
      { header: 'text', format: 'text', width: 40 },
      { header: 'rating', format: 'count', width: 8 },
    ],
    rows: [...texts.map((text) => [text, -2]), ['Parcel late by 3 days', 1]],
  };
}

describe('text cells of the pack spreadsheets', () => {
  it('starts a customer text that a spreadsheet would run as a formula with a quote in the CSV', () => {
    const lines = tableCsv([complaints(HOSTILE)]).split('\r\n');
    const cells = lines.slice(1, 1 + HOSTILE.length).map((line) => line.replace(/^"/, '').replace(/,-2$/, ''));
    for (const cell of cells) expect(cell.startsWith("'")).toBe(true);
    expect(lines).toContain('Parcel late by 3 days,1');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil.example"",""open"")",-2`);
  });

  it('does the same in the workbook, and keeps negative numbers as numbers', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load((await workbookBuffer([complaints(HOSTILE)], 'test', new Date(Date.UTC(2026, 10, 23)))) as never);
    const sheet = workbook.getWorksheet('Top complaints')!;
    HOSTILE.forEach((text, i) => {
      // XML reads a CR back as a line feed.
      expect(sheet.getCell(i + 2, 1).value).toBe(`'${text.replace(/\r/g, '\n')}`);
      expect(sheet.getCell(i + 2, 2).value).toBe(-2);
    });
    expect(sheet.getCell(HOSTILE.length + 2, 1).value).toBe('Parcel late by 3 days');
  });
});
