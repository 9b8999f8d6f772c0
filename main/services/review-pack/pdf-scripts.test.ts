// Complaints in Thai, Japanese and Arabic are drawn in the review pack's PDF in their own scripts, checked with
// poppler on the real file: pdffonts lists the embedded Noto faces, pdftotext reads the texts back, and pdftoppm's
// picture of each text's box has ink that is not the missing-glyph box nor (for Arabic) unjoined letters.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionWeeklyReport } from '../metrics/weekly-report';
import { insertFeedback, jst, metricsFixture, type MetricsFixture } from '../metrics/test-support/metrics-fixture';
import { pdfBuffer } from './pdf';
import { faceFile, faceFor } from './pdf-faces';
import { drawScriptParagraph, layoutScriptParagraph } from './pdf-script-text';
import { run } from '../../db/statement-cache';

const TEXTS = {
  th: 'พัสดุยังไม่ถึง ล่าช้ามา 5 วันแล้ว ช่วยตรวจสอบให้หน่อยค่ะ',
  ja: '荷物がまだ届いていません。追跡情報も更新されません。',
  ar: 'الطلب متأخر منذ أسبوع، أرجو المساعدة.',
} as const;
const LETTERS = { th: /\p{Script=Thai}/gu, ja: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ar: /\p{Script=Arabic}/gu };

const ARTIFACTS = path.resolve(__dirname, '..', '..', '..', 'e2e', 'artifacts');

let fixture: MetricsFixture;
let dir: string;
let pdfFile: string;

function poppler(tool: string, ...args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8' });
}

/** A page of the PDF as grey pixels (pdftoppm's PGM at 72 dpi: one pixel per point). */
function pagePixels(file: string, page: number): { width: number; height: number; at(x: number, y: number): number } {
  const base = path.join(dir, `page-${path.basename(file, '.pdf')}-${page}`);
  execFileSync('pdftoppm', ['-gray', '-r', '72', '-f', String(page), '-l', String(page), '-singlefile', file, base]);
  const pgm = readFileSync(`${base}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1')) as RegExpExecArray;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const data = pgm.subarray(header[0].length);
  return { width, height, at: (x, y) => data[Math.round(y) * width + Math.round(x)] as number };
}

interface Box {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** The box around every word pdftotext finds holding a letter of the script. */
function scriptBox(file: string, letters: RegExp): Box {
  const html = poppler('pdftotext', '-bbox', file, '-');
  const boxes: Box[] = [];
  html.split('<page ').forEach((page, i) => {
    for (const word of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      if (!new RegExp(letters.source, 'u').test(word[5] as string)) continue;
      boxes.push({ page: i, xMin: Number(word[1]), yMin: Number(word[2]), xMax: Number(word[3]), yMax: Number(word[4]) });
    }
  });
  expect(boxes.length, `words matching ${letters}`).toBeGreaterThan(0);
  expect(new Set(boxes.map((b) => b.page)).size).toBe(1);
  return boxes.reduce((all, b) => ({ page: b.page, xMin: Math.min(all.xMin, b.xMin), yMin: Math.min(all.yMin, b.yMin), xMax: Math.max(all.xMax, b.xMax), yMax: Math.max(all.yMax, b.yMax) }));
}

/** Grey values of a box, row by row. */
function boxPixels(file: string, box: Box): number[] {
  const page = pagePixels(file, box.page);
  const values: number[] = [];
  for (let y = Math.floor(box.yMin); y < Math.ceil(box.yMax); y++) for (let x = Math.floor(box.xMin); x < Math.ceil(box.xMax); x++) values.push(page.at(x, y));
  return values;
}

/** The page with the top complaints, beside the e2e screenshots, to look at. */
function savePicture(page: number): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', String(page), '-l', String(page), '-singlefile', pdfFile, path.join(ARTIFACTS, 'pdf-top-complaints')]);
}

const inkShare = (pixels: number[]) => pixels.filter((v) => v < 128).length / pixels.length;

/** A one-paragraph PDF drawn by the same code as the pack's, for comparing a text with a variant of it. */
async function paragraphPdf(name: string, text: string): Promise<string> {
  const doc = new PDFDocument({ size: 'A4', margin: 40, info: { CreationDate: new Date(0), ModDate: new Date(0) } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  drawScriptParagraph(doc, layoutScriptParagraph(doc, text, 14, 500), 40, 40, 500);
  doc.end();
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await done);
  return file;
}

/** A word's letters drawn one by one from the column's right edge, each in its isolated form. */
async function isolatedLettersPdf(name: string, word: string): Promise<string> {
  const doc = new PDFDocument({ size: 'A4', margin: 40, info: { CreationDate: new Date(0), ModDate: new Date(0) } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const face = faceFor(word.codePointAt(0) as number);
  doc.registerFont(face, faceFile(face)).font(face).fontSize(14);
  let right = 540;
  for (const letter of word) {
    right -= doc.widthOfString(letter);
    doc.text(letter, right, 40 + 14 * 1.15, { lineBreak: false, baseline: 'alphabetic' });
  }
  doc.end();
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await done);
  return file;
}

/** Of the pixels inked in either picture of the first page's top band, the share that differ between them. */
function differingShare(a: string, b: string): number {
  const [x, y] = [pagePixels(a, 1), pagePixels(b, 1)];
  let differing = 0;
  let inked = 0;
  for (let row = 30; row < 80; row++) {
    for (let col = 30; col < 560; col++) {
      const [p, q] = [x.at(col, row), y.at(col, row)];
      if (p >= 128 && q >= 128) continue;
      inked++;
      if (Math.abs(p - q) > 64) differing++;
    }
  }
  return differing / Math.max(1, inked);
}

beforeAll(async () => {
  fixture = metricsFixture();
  dir = mkdtempSync(path.join(tmpdir(), 'ops-pdf-scripts-'));
  Object.entries(TEXTS).forEach(([language, text], i) => {
    insertFeedback(fixture.db, { id: 101 + i, customer: 1, order: 3, category: 'late_delivery', priority: 'P1', createdAt: jst(2026, 12, 30, 9 + i), slaHours: 4, firstResponseAt: null, resolvedAt: null, text });
    run(fixture.db, 'UPDATE feedback SET language = ? WHERE id = ?', [language, 101 + i]);
  });
  const report = regionWeeklyReport(fixture.db, 'EA', '2026-W53');
  expect(report.topComplaints.map((c) => c.language)).toEqual(expect.arrayContaining(['th', 'ja', 'ar']));
  pdfFile = path.join(dir, 'review.pdf');
  writeFileSync(pdfFile, await pdfBuffer(report, { stamp: new Date(report.endsAt) }));
});
afterAll(() => {
  fixture.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('complaints in Thai, Japanese and Arabic in the PDF', () => {
  it('embeds the Noto faces that draw them, as subsets', () => {
    const fonts = poppler('pdffonts', pdfFile);
    for (const face of ['NotoSansThai-Regular', 'NotoSansJP-Regular', 'NotoSansArabic-Regular']) {
      expect(fonts).toMatch(new RegExp(`[A-Z]{6}\\+${face}\\s+CID TrueType\\s+Identity-H\\s+yes yes yes`));
    }
  });

  it('holds each text, read back by pdftotext, with no pointer to the CSV', () => {
    const text = poppler('pdftotext', '-raw', pdfFile, '-').replace(/\s+/g, '');
    expect(text).toContain(TEXTS.th.replace(/\s+/g, ''));
    expect(text).toContain(TEXTS.ja);
    // Arabic comes back letter runs rather than words: pdfkit maps a glyph two letters share (the skeleton of dal
    // and thal, whose dot is a mark) to the first letter it drew, so only the first word is checked whole.
    expect(text).toContain('الطلب');
    expect(text.match(LETTERS.ar)?.length).toBeGreaterThanOrEqual(TEXTS.ar.match(LETTERS.ar)?.length ?? 0);
    expect(text).not.toContain('top_complaints.csv');
  });

  it('draws ink in each text’s box, unlike the missing-glyph boxes in its place', async () => {
    for (const [language, text] of Object.entries(TEXTS) as [keyof typeof TEXTS, string][]) {
      const box = scriptBox(pdfFile, LETTERS[language]);
      if (language === 'th') savePicture(box.page);
      const pixels = boxPixels(pdfFile, box);
      expect(inkShare(pixels), language).toBeGreaterThan(0.05);
      const drawn = await paragraphPdf(`${language}-drawn`, text);
      const boxes = await paragraphPdf(`${language}-boxes`, text.replace(LETTERS[language], '\uE000'));
      expect(differingShare(drawn, boxes), language).toBeGreaterThan(0.4);
    }
  });

  it('joins the Arabic letters and sets them right to left', async () => {
    const joined = await paragraphPdf('ar-joined', 'الطلب متأخر');
    // Without shaping, the word would be its letters' isolated forms side by side, right to left.
    const isolated = await isolatedLettersPdf('ar-isolated', 'الطلب');
    const wordOnly = await paragraphPdf('ar-word', 'الطلب');
    expect(differingShare(wordOnly, isolated)).toBeGreaterThan(0.4);
    // Right to left: the first word ends at the column's right edge and the second lies left of it. pdftotext
    // gives each word's letters in the order they are drawn, left to right.
    const words = [...poppler('pdftotext', '-bbox', joined, '-').matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)];
    const first = words.find((w) => w[3] === [...'الطلب'].reverse().join('')) as RegExpMatchArray;
    expect(Number(first[2])).toBeCloseTo(540, 0);
    for (const other of words.filter((w) => w !== first)) expect(Number(other[2])).toBeLessThan(Number(first[1]));
  });

  it('gives the same bytes for the same report', async () => {
    const report = regionWeeklyReport(fixture.db, 'EA', '2026-W53');
    expect((await pdfBuffer(report, { stamp: new Date(report.endsAt) })).equals(readFileSync(pdfFile))).toBe(true);
  });
});
