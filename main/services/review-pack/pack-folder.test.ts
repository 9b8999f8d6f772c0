import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { savePackFolder } from './pack-folder';

let outer: string | undefined;
afterEach(() => {
  if (outer) rmSync(outer, { recursive: true, force: true });
  outer = undefined;
});

function packDir(): string {
  outer = mkdtempSync(path.join(tmpdir(), 'ops-pack-folder-'));
  return path.join(outer, 'review-packs', '2026-W47');
}

const files = (entries: Record<string, string>) => Object.entries(entries).map(([name, text]) => [name, Buffer.from(text)] as [string, Buffer]);
const contents = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));

describe('savePackFolder', () => {
  it('replaces the whole pack: a file of the old pack that the new one lacks does not stay beside the new manifest', () => {
    const dir = packDir();
    savePackFolder(dir, files({ 'review-SEA.pdf': 'old SEA', 'review-EU.pdf': 'old EU', 'manifest.json': 'old' }));
    const written = savePackFolder(dir, files({ 'review-SEA.pdf': 'new SEA', 'manifest.json': 'new' }));
    expect(contents(dir)).toEqual({ 'manifest.json': 'new', 'review-SEA.pdf': 'new SEA' });
    expect(written).toEqual([path.join(dir, 'review-SEA.pdf'), path.join(dir, 'manifest.json')]);
    expect(readdirSync(path.dirname(dir))).toEqual(['2026-W47']);
  });

  it('leaves the old pack as it was, and nothing else, when writing fails midway', () => {
    const dir = packDir();
    savePackFolder(dir, files({ 'kpis.csv': 'old kpis', 'review-SEA.pdf': 'old SEA', 'manifest.json': 'old' }));
    function* failingMidway(): Generator<[string, Buffer]> {
      yield ['kpis.csv', Buffer.from('new kpis')];
      yield ['review-SEA.pdf', Buffer.from('new SEA')];
      throw new Error('disk full');
    }
    expect(() => savePackFolder(dir, failingMidway())).toThrow('disk full');
    expect(contents(dir)).toEqual({ 'kpis.csv': 'old kpis', 'manifest.json': 'old', 'review-SEA.pdf': 'old SEA' });
    expect(readdirSync(path.dirname(dir))).toEqual(['2026-W47']);
  });

  it('writes a first pack where there was none, and refuses to replace a folder holding anything but a pack', () => {
    const dir = packDir();
    savePackFolder(dir, files({ 'manifest.json': 'first' }));
    expect(contents(dir)).toEqual({ 'manifest.json': 'first' });
    const documents = path.join(outer!, 'Documents');
    mkdirSync(documents);
    writeFileSync(path.join(documents, 'thesis.docx'), 'years of work');
    expect(() => savePackFolder(documents, files({ 'manifest.json': 'new' }))).toThrow(/holds other files/);
    expect(contents(documents)).toEqual({ 'thesis.docx': 'years of work' });
    const empty = path.join(outer!, 'Empty');
    mkdirSync(empty);
    savePackFolder(empty, files({ 'manifest.json': 'new' }));
    expect(contents(empty)).toEqual({ 'manifest.json': 'new' });
  });
});
