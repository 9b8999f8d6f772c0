// A paragraph in any script, laid out for pdfkit: broken into lines at word boundaries (Intl.Segmenter knows
// Thai and Japanese words, which have no spaces), each line put in visual order by the Unicode bidi algorithm
// (bidi-js), and cut into runs of one face and one direction. fontkit shapes each run, joining Arabic letters,
// and lays out a run of a right-to-left script in reverse itself, so a right-to-left run is handed over in
// logical order; only a run fontkit would not turn (neutrals at a right-to-left level) is reversed here.
import bidiFactory from 'bidi-js';
import type PDFDocument from 'pdfkit';
import { faceFile, faceFor, HELVETICA } from './pdf-faces';

type Doc = InstanceType<typeof PDFDocument>;

const bidi = bidiFactory();
const words = new Intl.Segmenter(undefined, { granularity: 'word' });
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** The scripts fontkit lays out right to left. */
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
/** Line height and baseline, in font sizes: room for Thai marks above and below and Arabic's tall letters. */
const LEADING = 1.6;
const BASELINE = 1.15;

interface Run {
  /** What fontkit gets: logical order, except where reversed for it (see the file's comment). */
  text: string;
  face: string;
  width: number;
}

interface Line {
  runs: Run[];
  width: number;
}

export interface ScriptParagraph {
  lines: Line[];
  /** Right-to-left paragraphs are aligned right. */
  rtl: boolean;
  size: number;
  height: number;
}

function useFace(doc: Doc, face: string, size: number): Doc {
  if (face !== HELVETICA) doc.registerFont(face, faceFile(face));
  return doc.font(face).fontSize(size);
}

/** The face of each UTF-16 unit of the text (both halves of a surrogate pair get their character's). */
function facesOf(text: string): string[] {
  const faces: string[] = [];
  for (const char of text) {
    const face = faceFor(char.codePointAt(0) as number);
    for (let i = 0; i < char.length; i++) faces.push(face);
  }
  return faces;
}

function measure(doc: Doc, text: string, faces: string[], from: number, to: number, size: number): number {
  let width = 0;
  for (let start = from; start < to; ) {
    let end = start + 1;
    while (end < to && faces[end] === faces[start]) end++;
    width += useFace(doc, faces[start] as string, size).widthOfString(text.slice(start, end));
    start = end;
  }
  return width;
}

/** Where lines may break: each word, and each character of a word too long for a line of its own. */
function breakable(doc: Doc, text: string, faces: string[], size: number, width: number): { from: number; to: number; width: number }[] {
  return [...words.segment(text)].flatMap(({ segment, index }) => {
    const whole = { from: index, to: index + segment.length, width: measure(doc, text, faces, index, index + segment.length, size) };
    if (whole.width <= width) return [whole];
    return [...graphemes.segment(segment)].map((g) => {
      const from = index + g.index;
      return { from, to: from + g.segment.length, width: measure(doc, text, faces, from, from + g.segment.length, size) };
    });
  });
}

function reversedForRtl(text: string): string {
  return [...text]
    .reverse()
    .map((c) => bidi.getMirroredCharacter(c) ?? c)
    .join('');
}

/** One line's runs, left to right. */
function visualRuns(doc: Doc, text: string, faces: string[], levels: ReturnType<typeof bidi.getEmbeddingLevels>, from: number, to: number, size: number): Run[] {
  const order = bidi.getReorderedIndices(text, levels, from, to - 1).slice(from, to);
  const runs: Run[] = [];
  let start = 0;
  while (start < order.length) {
    const first = order[start] as number;
    const rtl = ((levels.levels[first] as number) & 1) === 1;
    let end = start + 1;
    while (end < order.length) {
      const index = order[end] as number;
      const next = rtl ? (order[end - 1] as number) - 1 : (order[end - 1] as number) + 1;
      if (index !== next || faces[index] !== faces[first] || (((levels.levels[index] as number) & 1) === 1) !== rtl) break;
      end++;
    }
    const span = order.slice(start, end);
    const logical = text.slice(Math.min(...span), Math.max(...span) + 1);
    const fontkitTurns = RTL_SCRIPT.test(logical);
    const runText = rtl === fontkitTurns ? logical : fontkitTurns ? [...logical].reverse().join('') : reversedForRtl(logical);
    const face = faces[first] as string;
    runs.push({ text: runText, face, width: useFace(doc, face, size).widthOfString(runText) });
    start = end;
  }
  return runs;
}

/** Lays out one paragraph (no line feeds) in lines at most `width` wide. */
export function layoutScriptParagraph(doc: Doc, raw: string, size: number, width: number): ScriptParagraph {
  const text = raw.normalize('NFC');
  const faces = facesOf(text);
  const levels = bidi.getEmbeddingLevels(text);
  const lines: Line[] = [];
  let line: { from: number; to: number; width: number } | null = null;
  const close = () => {
    if (!line) return;
    // Trailing spaces take no room at the line's end, whichever side that is.
    const to = line.from + text.slice(line.from, line.to).trimEnd().length;
    const runs = to > line.from ? visualRuns(doc, text, faces, levels, line.from, to, size) : [];
    lines.push({ runs, width: runs.reduce((sum, run) => sum + run.width, 0) });
  };
  for (const piece of breakable(doc, text, faces, size, width)) {
    const blank = text.slice(piece.from, piece.to).trim() === '';
    if (line && line.width + piece.width > width && !blank) {
      close();
      line = null;
    }
    if (!line) {
      if (blank) continue;
      line = { ...piece };
    } else {
      line.to = piece.to;
      line.width += piece.width;
    }
  }
  close();
  const rtl = ((levels.paragraphs[0]?.level ?? 0) & 1) === 1;
  return { lines, rtl, size, height: Math.max(1, lines.length) * size * LEADING };
}

/** Draws a laid-out paragraph with its top-left corner at (x, y), in a column `width` wide. */
export function drawScriptParagraph(doc: Doc, paragraph: ScriptParagraph, x: number, y: number, width: number): void {
  paragraph.lines.forEach((line, i) => {
    let left = paragraph.rtl ? x + width - line.width : x;
    const baseline = y + i * paragraph.size * LEADING + paragraph.size * BASELINE;
    for (const run of line.runs) {
      useFace(doc, run.face, paragraph.size).text(run.text, left, baseline, { lineBreak: false, baseline: 'alphabetic' });
      left += run.width;
    }
  });
}
