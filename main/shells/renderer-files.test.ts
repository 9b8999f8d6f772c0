import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRendererFile } from './renderer-files';

// A renderer folder with a secret beside it, as the built app has its database and token beside the bundle.
const outer = mkdtempSync(path.join(tmpdir(), 'ops-renderer-'));
const root = path.join(outer, 'renderer');
mkdirSync(path.join(root, 'assets'), { recursive: true });
writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(path.join(outer, 'secret.txt'), 'token');
writeFileSync(path.join(outer, 'renderer-evil.txt'), 'token');
afterAll(() => rmSync(outer, { recursive: true, force: true }));

describe('readRendererFile', () => {
  it('serves the renderer files with their types, and index.html for /', () => {
    expect(readRendererFile('/', root)?.contentType).toBe('text/html; charset=utf-8');
    expect(readRendererFile('/assets/app.js', root)?.body.toString()).toBe('console.log(1)');
    expect(readRendererFile('/assets/app%2Ejs', root)?.body.toString()).toBe('console.log(1)');
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%5csecret.txt',
    '/../renderer-evil.txt',
    `/${path.join(outer, 'secret.txt')}`,
    `//${path.join(outer, 'secret.txt')}`,
    '/index.html%00.js',
    '/%00',
    '/assets',
  ])('never reads outside the renderer folder or a non-file: %s', (urlPath) => {
    expect(readRendererFile(urlPath, root)).toBeNull();
  });

  it.each(['/%E0', '/%', '/%E0%A4%A'])('names no file for the broken escape %s, without throwing', (urlPath) => {
    expect(readRendererFile(urlPath, root)).toBeNull();
  });
});
