// The CSV reader on Olist's raw format (CRLF, a BOM, line breaks inside quoted reviews) and on hostile files.
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REALDATA_PRESENT, realdata } from '../test-support/realdata';
import { FileRefused, MAX_COLUMNS, openCsv, type CsvItem } from './csv-file';

const temp = mkdtempSync(path.join(tmpdir(), 'ops-csv-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = path.join(temp, name);
  writeFileSync(file, content);
  return file;
}

async function readAll(file: string): Promise<{ header: string[]; items: CsvItem[] }> {
  const csv = await openCsv(file);
  const items: CsvItem[] = [];
  for await (const chunk of csv.items) items.push(...chunk);
  return { header: csv.header, items };
}

describe.skipIf(!REALDATA_PRESENT)('the raw Olist heads', () => {
  const heads = realdata('olist_original_heads_ibrahimoued');

  // A skipped describe still runs its body to collect tests: list the folder only where it exists.
  const headFiles = REALDATA_PRESENT ? readdirSync(heads).filter((f) => f.endsWith('.csv')) : [];
  it.each(headFiles)('%s parses: every record as wide as its header, the header without a BOM', async (name) => {
    const { header, items } = await readAll(path.join(heads, name));
    expect(header[0]).toMatch(/^[a-z_]+$/);
    expect(items.length).toBeGreaterThan(50);
    for (const item of items) expect('values' in item && item.values.length, `line ${item.line}`).toBe(header.length);
  });

  it('gives each review the physical line it starts on, past reviews that span several lines', async () => {
    const file = path.join(heads, 'olist_order_reviews_dataset.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const { items } = await readAll(file);
    const multiLine = items.filter((item) => 'values' in item && /[\r\n]/.test(item.values.join('')));
    expect(multiLine.length).toBeGreaterThan(10);
    // Each record's id begins the physical line the reader says it starts on, counted here by splitting the file.
    for (const item of items) {
      if (!('values' in item)) throw new Error(item.problem);
      expect(lines[item.line - 1]?.replace(/^\uFEFF/, '').startsWith(`"${item.values[0]}"`), `line ${item.line}`).toBe(true);
    }
    // A comment broken over lines keeps its CRLF, as the customer wrote it.
    expect(multiLine.some((item) => 'values' in item && item.values.some((v) => v.includes('\r\n')))).toBe(true);
  });
});

describe('hostile files', () => {
  it('refuses UTF-16 by its byte-order mark', async () => {
    const file = write('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('order_id,status\r\n1,delivered\r\n', 'utf16le')]));
    await expect(openCsv(file)).rejects.toThrow(/utf16\.csv: the file is UTF-16/);
  });

  it('refuses UTF-16 without a byte-order mark by its NUL bytes', async () => {
    const file = write('utf16-nobom.csv', Buffer.from('order_id,status\r\n1,delivered\r\n', 'utf16le'));
    await expect(openCsv(file)).rejects.toThrow(/NUL bytes/);
  });

  it('hands on a last record cut off inside a quoted field as a problem of its line, the records before it intact', async () => {
    const file = write('cut.csv', 'id,comment\n1,"fine"\n2,"also\nfine"\n3,"cut off he');
    const { items } = await readAll(file);
    expect(items).toEqual([
      { line: 2, values: ['1', 'fine'] },
      { line: 3, values: ['2', 'also\nfine'] },
      { line: 5, problem: expect.stringMatching(/ends inside a quoted field/) },
    ]);
  });

  it('refuses a record of 10 MB, naming its line', async () => {
    const file = write('huge.csv', `id,comment\n1,ok\n2,${'x'.repeat(10 * 1024 * 1024)}\n3,ok\n`);
    const csv = await openCsv(file);
    const read = async () => {
      for await (const _ of csv.items);
    };
    await expect(read()).rejects.toThrow(FileRefused);
    await expect(openCsv(file).then(async (again) => {
      for await (const _ of again.items);
    })).rejects.toThrow(/huge\.csv: line 3: a record is longer than 1024 KiB/);
  });

  it('refuses a quoted field that never ends (a sparse file of 2 GB) at its line, having read little of it', async () => {
    // Past the first 64 KiB the file is a hole of NUL bytes: a reader holding the open field whole would need 2 GB.
    const file = write('endless.csv', `id,comment\r\n1,ok\r\n2,"${'line one\r\n'.repeat(8_000)}`);
    truncateSync(file, 2 ** 31);
    const csv = await openCsv(file);
    const seen: CsvItem[] = [];
    const read = async () => {
      for await (const chunk of csv.items) seen.push(...chunk);
    };
    await expect(read()).rejects.toThrow(/endless\.csv: line 3: a record is longer than 1024 KiB/);
    expect(seen).toEqual([{ line: 2, values: ['1', 'ok'] }]);
  });

  it('marks a malformed quoted field as a problem of its line, and reads on', async () => {
    const file = write('malformed.csv', 'id,comment\n1,"fine"\n2,"bad"x\n3,"fine"\n');
    const { items } = await readAll(file);
    expect(items[0]).toEqual({ line: 2, values: ['1', 'fine'] });
    expect(items[1]).toEqual({ line: 3, problem: expect.stringMatching(/a quoted field is malformed/) });
  });

  it('refuses a header of a million columns', async () => {
    const file = write('wide.csv', `${Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(',')}\n1\n`);
    await expect(openCsv(file)).rejects.toThrow(/wide\.csv: line 1: a record is longer than/);
    const narrowerButTooWide = write('wide2.csv', `${Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `c${i}`).join(',')}\n`);
    await expect(openCsv(narrowerButTooWide)).rejects.toThrow(`the header has ${MAX_COLUMNS + 1} columns, more than the ${MAX_COLUMNS} accepted`);
    // Longer than one read (256 KiB), shorter than a record may be: counted once it is whole.
    const longerThanARead = write('wide3.csv', `${Array.from({ length: 40_000 }, (_, i) => `column${i}`).join(',')}\n1\n`);
    await expect(openCsv(longerThanARead)).rejects.toThrow('the header has 40,000 columns, more than the 256 accepted');
  });

  it('refuses an empty file', async () => {
    await expect(openCsv(write('empty.csv', ''))).rejects.toThrow(/empty\.csv: the file is empty/);
  });
});

describe('a file longer than one read', () => {
  it('gives every record whole, with the line it starts on, wherever a read ends (inside a quote, a CRLF or a character)', async () => {
    // Records of one to three lines, with escaped quotes and characters of two to four bytes in UTF-8: about 2 MB.
    const expected: CsvItem[] = [];
    let text = '\uFEFFid,comment,score\r\n';
    let line = 2;
    for (let i = 0; i < 12_000; i++) {
      const comment = `${'ção 😀 '.repeat(i % 7)}say ""hi""${i % 3 === 0 ? '\r\nsecond line' : ''}${i % 5 === 0 ? '\r\nthird' : ''}`;
      text += `r${i},"${comment}",${i % 5}\r\n`;
      expected.push({ line, values: [`r${i}`, comment.replaceAll('""', '"'), String(i % 5)] });
      line += 1 + (i % 3 === 0 ? 1 : 0) + (i % 5 === 0 ? 1 : 0);
    }
    const { header, items } = await readAll(write('long.csv', text));
    expect(header).toEqual(['id', 'comment', 'score']);
    expect(items).toEqual(expected);
  });

  it('takes CRLF as the line break when the first read ends between its CR and LF', async () => {
    // A header of 262,143 characters puts its CR last in the first read of 256 KiB, its LF first in the next.
    const name = 'b'.repeat(256 * 1024 - 3);
    const { header, items } = await readAll(write('split-crlf.csv', `a,${name}\r\n1,2\r\n3,4\r\n`));
    expect(header).toEqual(['a', name]);
    expect(items).toEqual([
      { line: 2, values: ['1', '2'] },
      { line: 3, values: ['3', '4'] },
    ]);
  });
});
