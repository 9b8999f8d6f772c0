// Which face draws a character in the PDF: Helvetica for what its WinAnsi encoding can write (the pack's own
// words, unchanged), else the first Noto face whose unicode-range holds it. The faces are the renderer's
// @fontsource packages, read at run time: their WOFF 1 files, because fontkit 2.0 embeds WOFF2 glyphs as empty
// outlines. Each package is split into subsets by unicode-range (unicode.json), so a face is one subset file.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const HELVETICA = 'Helvetica';

/** Most specific last: Latin and its neighbours, then each script the demo regions write. */
const PACKAGES = ['noto-sans', 'noto-sans-thai', 'noto-sans-arabic', 'noto-sans-jp', 'noto-sans-kr', 'noto-sans-sc'] as const;
const WEIGHT = 400;

const WIN_ANSI_EXTRAS = new Set([...'–—‘’‚“”„•…€™'].map((c) => c.codePointAt(0) as number));

/** Whether Helvetica, as pdfkit writes it (WinAnsi), can draw the character. */
export function helveticaWrites(codePoint: number): boolean {
  return (codePoint >= 0x20 && codePoint <= 0x7e) || (codePoint >= 0xa0 && codePoint <= 0xff) || WIN_ANSI_EXTRAS.has(codePoint);
}

interface Subset {
  /** The pdfkit font name and the file it reads. */
  name: string;
  file: string;
  ranges: [number, number][];
}

function packageDir(pkg: string): string {
  // The packages export only their CSS and LICENSE; LICENSE finds the folder, in the repository and in the app.
  return path.dirname(require.resolve(`@fontsource/${pkg}/LICENSE`));
}

function parseRanges(list: string): [number, number][] {
  return list.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from as string, 16), parseInt((to ?? from) as string, 16)];
  });
}

let subsets: Subset[] | null = null;

function allSubsets(): Subset[] {
  subsets ??= PACKAGES.flatMap((pkg) => {
    const dir = packageDir(pkg);
    const ranges = JSON.parse(readFileSync(path.join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
    return Object.entries(ranges).map(([subset, list]) => {
      const id = subset.replace(/^\[(\d+)\]$/, '$1');
      return { name: `${pkg}-${id}`, file: path.join(dir, 'files', `${pkg}-${id}-${WEIGHT}-normal.woff`), ranges: parseRanges(list) };
    });
  });
  return subsets;
}

/** The face that draws a character: Helvetica, or a Noto subset's name (the Latin one when none holds it). */
export function faceFor(codePoint: number): string {
  if (helveticaWrites(codePoint)) return HELVETICA;
  const all = allSubsets();
  const found = all.find((s) => s.ranges.some(([from, to]) => codePoint >= from && codePoint <= to));
  return (found ?? (all.find((s) => s.name === 'noto-sans-latin') as Subset)).name;
}

const fontFiles = new Map<string, Buffer>();

/** A Noto face's file, read once per process. */
export function faceFile(name: string): Buffer {
  let data = fontFiles.get(name);
  if (!data) {
    const subset = allSubsets().find((s) => s.name === name);
    if (!subset) throw new Error(`no font face "${name}"`);
    data = readFileSync(subset.file);
    fontFiles.set(name, data);
  }
  return data;
}
