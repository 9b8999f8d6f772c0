// `npm run bench:compliance`: the compliance part of the bench alone. It seeds the small set into a temporary
// file (the compliance data is the same at every scale) and writes bench/results/compliance.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../main/db/open';
import { seedDatabase } from '../main/seed/write-sqlite';
import { writeEvidenceFiles } from '../main/services/compliance/evidence-files';
import { complianceBench } from './compliance-bench';
import { machine } from './stats';

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ops-compliance-bench-db-'));
  const until = new Date(Date.UTC(2026, 10, 23));
  try {
    const db = openDatabase(path.join(dir, 'bench.sqlite'), { checkpoints: 'idle' });
    writeEvidenceFiles(db, seedDatabase(db, { scale: 'small', until }).evidenceFiles);
    const results = await complianceBench(db, until.getTime());
    db.close();
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
