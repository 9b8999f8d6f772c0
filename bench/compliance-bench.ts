// The Compliance screen and pack on the demo data (its compliance part is the same at every scale): opening
// checklists (goal: 200 requirements within 50 ms at p95), the roll-up grid of every region (100 ms), uploading a
// 25 MB evidence file through the calls the renderer makes (throughput), and one assessment's pack with its
// evidence (2 s). Runnable alone: `npm run bench:compliance` (bench/compliance-alone.ts).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UPLOAD_CHUNK_BYTES } from '../shared/compliance-calls';
import { HOST_API_PREFIX, HOST_TOKEN_HEADER, HOST_TOKEN_PARAM } from '../shared/bridge';
import type { Person } from '../shared/domain';
import { createDispatcher } from '../main/core/dispatcher';
import { handlers } from '../main/core/handlers';
import type { Db } from '../main/db/open';
import { column } from '../main/db/statement-cache';
import { checklist } from '../main/services/compliance/checklist';
import { writeCompliancePack } from '../main/services/compliance/pack';
import { rollup } from '../main/services/compliance/rollup';
import { measure, type BenchResult } from './stats';

const MANAGER: Person = { id: 12, name: 'Daniel Okafor', email: 'daniel.okafor@ops.example.com', role: 'manager', regions: ['SEA', 'MENA', 'EU', 'NA', 'LATAM', 'EA'] };
const round = (value: number) => Math.round(value * 10) / 10;

async function upload(db: Db, bytes: Buffer, now: number): Promise<number> {
  const dispatcher = createDispatcher(handlers, () => ({ db, person: MANAGER, now: () => now }), (line) => console.error(line));
  const started = performance.now();
  const uploadId = `bench-${randomBytes(6).toString('hex')}`;
  for (let offset = 0; offset < bytes.length; offset += UPLOAD_CHUNK_BYTES) {
    const answer = await dispatcher.dispatchAsync('compliance.uploadChunk', { uploadId, offset, base64: bytes.subarray(offset, offset + UPLOAD_CHUNK_BYTES).toString('base64') });
    if (!answer.ok) throw new Error(answer.error.message);
  }
  const stored = await dispatcher.dispatchAsync('compliance.attachEvidence', { uploadId, fileName: 'warehouse-energy-audit.pdf', region: 'EU', title: 'Energy audit' });
  if (!stored.ok) throw new Error(stored.error.message);
  return performance.now() - started;
}

/**
 * The same upload as the renderer sends it to the browser host: each chunk base64 in a JSON request over loopback
 * HTTP, on the host's own core worker. `hostUrl` is the address the host printed (with its token).
 */
export async function uploadOverHttp(hostUrl: string, bytes: Buffer): Promise<number> {
  const url = new URL(hostUrl);
  const token = url.searchParams.get(HOST_TOKEN_PARAM) ?? '';
  const call = async (name: string, input: unknown) => {
    const response = await fetch(`${url.origin}${HOST_API_PREFIX}${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [HOST_TOKEN_HEADER]: token },
      body: JSON.stringify(input),
    });
    const answer = (await response.json()) as { ok: boolean; error?: { message: string } };
    if (!answer.ok) throw new Error(`${name}: ${answer.error?.message}`);
  };
  const started = performance.now();
  const uploadId = `bench-${randomBytes(6).toString('hex')}`;
  for (let offset = 0; offset < bytes.length; offset += UPLOAD_CHUNK_BYTES) {
    await call('compliance.uploadChunk', { uploadId, offset, base64: bytes.subarray(offset, offset + UPLOAD_CHUNK_BYTES).toString('base64') });
  }
  await call('compliance.attachEvidence', { uploadId, fileName: 'warehouse-energy-audit.pdf', region: 'EU', title: 'Energy audit' });
  return performance.now() - started;
}

export async function complianceBench(db: Db, now: number): Promise<BenchResult[]> {
  const ids = column<string>(db, 'SELECT id FROM compliance_assessments ORDER BY (SELECT count(*) FROM compliance_results r WHERE r.assessment_id = compliance_assessments.id) DESC, id');
  // The library's largest checklist has 25 requirements: open the largest ones until 200 are on screen, and time the lot.
  const batch: string[] = [];
  let requirements = 0;
  for (const id of ids) {
    if (requirements >= 200) break;
    batch.push(id);
    requirements += checklist(db, MANAGER, id, now).items.length;
  }
  const results: BenchResult[] = [
    measure('checklist_open', 50, () => batch.forEach((id) => checklist(db, MANAGER, id, now)), { requirements, assessments: batch.length, goal_p95_ms: 50 }),
  ];
  const periods = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
  results.push(measure('rollup_all_regions', 50, () => rollup(db, MANAGER, periods, now), { cells: rollup(db, MANAGER, periods, now).length, goal_p95_ms: 100 }));

  const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(25 * 1024 * 1024 - 9)]);
  const times: number[] = [];
  for (let run = 0; run < 3; run++) times.push(await upload(db, run === 0 ? bytes : Buffer.concat([bytes.subarray(0, bytes.length - 1), Buffer.from([run])]), now));
  const best = Math.min(...times);
  results.push({ name: 'evidence_upload_25mb', ms: round(best), mb_per_s: round(25 / (best / 1000)), runs: times.length, chunk_bytes: UPLOAD_CHUNK_BYTES });

  const out = mkdtempSync(path.join(tmpdir(), 'ops-compliance-bench-'));
  try {
    const packTimes: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      await writeCompliancePack(db, MANAGER, { region: 'EU', framework: 'gdpr', period: '2026-Q3', outDir: path.join(out, 'pack'), withEvidence: true });
      packTimes.push(performance.now() - started);
    }
    packTimes.sort((a, b) => a - b);
    results.push({ name: 'compliance_pack', p50_ms: round(packTimes[2] as number), p95_ms: round(packTimes[4] as number), runs: 5, with_evidence: 'yes', goal_ms: 2000 });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return results;
}
