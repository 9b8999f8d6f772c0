// Keeps the layering written in docs/architecture.md: what each folder MAY import (main/architecture/layers.ts),
// every folder covered, test files held to a stated allowance, no circle of imports, and each domain in its own rooms.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLayers, findCycles, layerOf } from './architecture/check';
import { LAYERS } from './architecture/layers';
import { readSourceTree, type SourceFile } from './architecture/source-tree';

const ROOT = path.resolve(__dirname, '..');
const tree = readSourceTree(ROOT);

/** An in-memory file importing each of `targets` (the way the source writes them). */
const file = (filePath: string, ...targets: string[]): SourceFile => ({
  path: filePath,
  text: targets.map((target, i) => `import { x${i} } from '${target}';`).join('\n'),
});

describe('layering of the repo', () => {
  it('every import is one its folder may make, and every folder holding code has a rule', () => {
    expect(checkLayers(tree, LAYERS)).toEqual([]);
  });

  it('has no circle of imports anywhere', () => {
    expect(findCycles(tree)).toEqual([]);
  });

  it('has no rule for a folder that no longer holds code, and docs/architecture.md names every rule', () => {
    const docs = readFileSync(path.join(ROOT, 'docs', 'architecture.md'), 'utf8');
    for (const layer of LAYERS) {
      expect(tree.some((source) => layerOf(source.path, LAYERS) === layer), `rule for ${layer.folder || 'the repo root'}`).toBe(true);
      if (layer.folder) expect(docs, `docs/architecture.md names ${layer.folder}`).toContain(`\`${layer.folder}`);
    }
  });

  it('gives each domain its calls file in shared/ and its handlers.ts in main/services/, each spread once', () => {
    const paths = tree.map((source) => source.path);
    const domains = paths.flatMap((p) => /^shared\/([a-z-]+)-calls\.ts$/.exec(p)?.[1] ?? []).sort();
    const handled = paths.flatMap((p) => /^main\/services\/([a-z-]+)\/handlers\.ts$/.exec(p)?.[1] ?? []).sort();
    expect(domains.length).toBeGreaterThan(0);
    expect(handled).toEqual(domains);
    const text = (p: string) => tree.find((source) => source.path === p)?.text ?? '';
    const camel = (domain: string) => domain.replace(/-([a-z])/g, (_m, letter: string) => letter.toUpperCase());
    for (const domain of domains) {
      expect(text('shared/contract.ts')).toContain(`...${camel(domain)}Calls,`);
      expect(text('main/core/handlers.ts')).toContain(`...${camel(domain)}Handlers,`);
    }
  });
});

describe('the layering check itself', () => {
  it('fails a planted upward import, in code and in a test file, and lets the allowed ones through', () => {
    const planted = [
      file('main/services/feedback/planted.ts', '../../core/dispatcher', '../../db/open', '../../../shared/domain', '../kit'),
      file('main/services/feedback/planted.test.ts', 'vitest', '../../core/core', '../../test-support/fixture-db', '../../shells/browser/browser-host'),
      file('main/db/planted.ts', '../services/kit', 'better-sqlite3'),
      file('shared/planted.ts', 'zod', 'node:fs', '../main/db/open'),
      file('renderer/src/planted.tsx', 'react', '../../shared/domain', 'better-sqlite3', '../../main/core/core'),
      file('main/core/planted.ts', '../seed/write-sqlite', 'vitest'),
      file('hub/planted.ts', 'pg', '../main/seed/generate', '../main/services/kit', './test-support/hub-fixture'),
    ];
    expect(checkLayers(planted, LAYERS)).toEqual([
      'main/services/feedback/planted.ts -> main/core/dispatcher (main/services/ may not import it)',
      'main/services/feedback/planted.test.ts -> main/shells/browser/browser-host (main/services/ may not import it)',
      'main/db/planted.ts -> main/services/kit (main/db/ may not import it)',
      'shared/planted.ts -> node:fs (shared/ may not import it)',
      'shared/planted.ts -> main/db/open (shared/ may not import it)',
      'renderer/src/planted.tsx -> better-sqlite3 (renderer/ may not import it)',
      'renderer/src/planted.tsx -> main/core/core (renderer/ may not import it)',
      'main/core/planted.ts -> main/seed/write-sqlite (main/core/ may not import it)',
      'main/core/planted.ts -> vitest (main/core/ may not import it)',
      'hub/planted.ts -> main/services/kit (hub/ may not import it)',
      'hub/planted.ts -> hub/test-support/hub-fixture (hub/ may not import it)',
    ]);
  });

  it('fails a file in a folder no rule covers', () => {
    expect(checkLayers([file('tools/planted.ts'), file('main/planted/x.ts'), file('main/paths.ts', 'node:os')], LAYERS)).toEqual([
      'tools/planted.ts: no layer rule covers its folder',
      'main/planted/x.ts: no layer rule covers its folder',
    ]);
  });

  it('finds a circle of imports, type-only ones too, and names its files', () => {
    const circle = [
      file('main/db/open.ts', './bulk-load', 'better-sqlite3'),
      { path: 'main/db/bulk-load.ts', text: "import type { Db } from './open';" },
      file('main/db/migrate.ts', 'node:fs'),
      file('shared/a.ts', './b'),
      file('shared/b.ts', './c'),
      file('shared/c.ts', './a'),
      file('shared/self.ts', './self'),
    ];
    expect(findCycles(circle)).toEqual([
      ['main/db/bulk-load.ts', 'main/db/open.ts'],
      ['shared/a.ts', 'shared/b.ts', 'shared/c.ts'],
      ['shared/self.ts'],
    ]);
  });
});

describe('the tree as committed', () => {
  it('holds no leftover merge-conflict markers in any tracked text file', () => {
    // A merge once left `<<<<<<<` lines in README.md that no typecheck or test read.
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    const textFiles = tracked.filter((file) => /\.(ts|tsx|mjs|cjs|js|md|sql|json|ya?ml|sh|css|html)$/.test(file) || file === '.ci/run');
    const marked = textFiles.flatMap((file) =>
      readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (/^(<{7}|>{7})( |$)|^={7}$/.test(line) ? [`${file}:${i + 1}`] : [])),
    );
    expect(marked).toEqual([]);
  });
});
