// Keeps the layering written in docs/architecture.md: each layer imports only what it may.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');

interface Rule {
  layer: string;
  /** Import specifiers (resolved to repo paths for relative ones) the layer must not use. */
  forbidden: RegExp[];
}

const RULES: Rule[] = [
  { layer: 'shared', forbidden: [/^node:/, /^(electron|better-sqlite3|react|react-dom|pg)$/, /^(main|renderer|hub|bench|e2e)\//] },
  { layer: 'renderer', forbidden: [/^node:/, /^(electron|better-sqlite3|pg)$/, /^(main|hub|bench)\//] },
  { layer: 'main/services', forbidden: [/^electron$/, /^main\/(shells|cli)\//, /^renderer\//] },
  { layer: 'main/db', forbidden: [/^electron$/, /^main\/(services|core|shells|cli)\//, /^renderer\//] },
  { layer: 'main/core', forbidden: [/^electron$/, /^main\/(shells|cli)\//, /^renderer\//] },
  { layer: 'main', forbidden: [/^renderer\//] },
  { layer: 'hub', forbidden: [/^(electron|better-sqlite3|react|react-dom)$/, /^(renderer|bench|e2e)\//, /^main\/(shells|core|services)\//] },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)]
    .map((match) => match[1] ?? match[2] ?? match[3] ?? '');
  return specifiers.map((specifier) =>
    specifier.startsWith('.') ? path.relative(ROOT, path.resolve(path.dirname(file), specifier)).split(path.sep).join('/') : specifier,
  );
}

describe('layering', () => {
  for (const rule of RULES) {
    it(`${rule.layer} imports only what it may`, () => {
      const breaches = sourceFiles(path.join(ROOT, rule.layer)).flatMap((file) =>
        importsOf(file)
          .filter((target) => rule.forbidden.some((pattern) => pattern.test(target)))
          .map((target) => `${path.relative(ROOT, file)} -> ${target}`),
      );
      expect(breaches).toEqual([]);
    });
  }
});
