// `npm run bench:compliance`: the compliance part of the bench alone. It seeds the small set into a temporary
// file (the compliance data is the same at every scale) and writes bench/results/compliance.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../main/db/open';
import { seedDatabase } from '../main/seed/write-sqlite';
import { writeEvidenceFiles } from '../main/services/compliance/evidence-files';
import { randomBytes } from 'node:crypto';
import { startUntil } from '../e2e/processes';
import { complianceBench, uploadOverHttp } from './compliance-bench';
import { machine } from './stats';

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ops-compliance-bench-db-'));
  const until = new Date(Date.UTC(2026, 10, 23));
  try {
    const db = openDatabase(path.join(dir, 'bench.sqlite'), { checkpoints: 'idle' });
    writeEvidenceFiles(db, seedDatabase(db, { scale: 'small', until }).evidenceFiles);
    const results = await complianceBench(db, until.getTime());
    db.close();
    // Through the browser host as the renderer sends it: base64 chunks in JSON over loopback HTTP.
    const host = await startUntil('dist/main/start.js', ['--browser', '--port', '0', '--db', path.join(dir, 'bench.sqlite')], /^Ops console: (\S+)$/m);
    try {
      const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(25 * 1024 * 1024 - 9)]);
      const ms = await uploadOverHttp(host.value, bytes);
      results.push({ name: 'evidence_upload_25mb_http', ms: Math.round(ms * 10) / 10, mb_per_s: Math.round((25 / (ms / 1000)) * 10) / 10, runs: 1, path: 'browser host, loopback HTTP' });
    } finally {
      await host.stop();
    }
    const resultsDir = path.resolve(__dirname, '..', '..', 'bench', 'results');
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(path.join(resultsDir, 'compliance.json'), `${JSON.stringify({ machine: machine(), results }, null, 2)}\n`);
    for (const result of results) console.log(JSON.stringify(result));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
