// Reads the repo's source files and what each imports, as plain data the layering check works on, so the
// same check runs over the real tree and over a small in-memory one planted with breaches.
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface SourceFile {
  /** Repo-relative, with forward slashes: `main/core/core.ts`. */
  path: string;
  text: string;
}

export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.mjs', '.cjs'];
/** Build output, installed packages and test output: nothing in them is ours to layer. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'release', '.tsbuild', '.electron-native', 'test-results', 'playwright-report']);
const SKIPPED_PATHS = new Set(['e2e/artifacts', 'bench/results']);

export function readSourceTree(root: string, folder = ''): SourceFile[] {
  return readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      return SKIPPED_FOLDERS.has(entry.name) || SKIPPED_PATHS.has(relative) ? [] : readSourceTree(root, relative);
    }
    const isSource = SOURCE_EXTENSIONS.some((ext) => entry.name.endsWith(ext)) && !entry.name.endsWith('.d.ts');
    return isSource ? [{ path: relative, text: readFileSync(path.join(root, relative), 'utf8') }] : [];
  });
}

/** What an import names: a file of the repo (`main/db/open.ts`), a package (`zod`, `@fontsource/noto-sans`) or Node (`node:`). */
export type ImportTarget = { kind: 'file'; path: string } | { kind: 'package'; name: string } | { kind: 'node' };

const NODE_BUILTINS = new Set(builtinModules);

/** Every module a file names: static and dynamic imports, re-exports, `import type` and require(). */
export function importSpecifiers(file: SourceFile): string[] {
  // TypeScript's own pre-scan reads real import tokens only, never text inside comments or strings.
  return ts.preProcessFile(file.text, true, true).importedFiles.map((imported) => imported.fileName);
}

export function resolveImport(from: string, specifier: string, known: ReadonlySet<string>): ImportTarget {
  if (specifier.startsWith('.')) {
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
    const candidates = [base, ...SOURCE_EXTENSIONS.map((ext) => base + ext), ...['.ts', '.tsx'].map((ext) => `${base}/index${ext}`)];
    return { kind: 'file', path: candidates.find((candidate) => known.has(candidate)) ?? base };
  }
  if (specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0] ?? '')) return { kind: 'node' };
  const parts = specifier.split('/');
  return { kind: 'package', name: specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier) };
}

export interface ImportEdge {
  from: string;
  specifier: string;
  target: ImportTarget;
}

export function importEdges(files: readonly SourceFile[]): ImportEdge[] {
  const known = new Set(files.map((file) => file.path));
  return files.flatMap((file) =>
    importSpecifiers(file).map((specifier) => ({ from: file.path, specifier, target: resolveImport(file.path, specifier, known) })),
  );
}
