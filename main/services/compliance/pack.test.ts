// The compliance pack on a seeded store: the same bytes on every export, the evidence files matching the manifest's
// sha256, and the PDF reading back the assessment it was made from.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/domain';
import { openDatabase, type Db } from '../../db/open';
import { seedDatabase } from '../../seed/write-sqlite';
import { tempDbFile } from '../../test-support/fixture-db';
import { writeEvidenceFiles } from './evidence-files';
import { writeCompliancePack } from './pack';

const MANAGER: Person = { id: 12, name: 'Daniel Okafor', email: 'daniel.okafor@ops.example.com', role: 'manager', regions: ['SEA', 'MENA', 'EU', 'NA', 'LATAM', 'EA'] };
let db: Db;
let cleanup: () => void;
let out: string;
beforeAll(() => {
  const temp = tempDbFile();
  cleanup = temp.cleanup;
  db = openDatabase(temp.file);
  writeEvidenceFiles(db, seedDatabase(db, { scale: 'small', until: new Date(Date.UTC(2026, 10, 22)), seed: 1 }).evidenceFiles);
  out = mkdtempSync(path.join(tmpdir(), 'compliance-pack-'));
}, 120_000);
afterAll(() => {
  db?.close();
  cleanup?.();
  rmSync(out, { recursive: true, force: true });
});

const read = (dir: string) => Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name))]));

describe('the compliance pack', () => {
  it('writes the same bytes twice, with the evidence files the manifest names', async () => {
    const request = { region: 'EU', framework: 'gdpr', period: '2026-Q2', withEvidence: true } as const;
    await writeCompliancePack(db, MANAGER, { ...request, outDir: path.join(out, 'first') });
    await writeCompliancePack(db, MANAGER, { ...request, outDir: path.join(out, 'second') });
    const first = read(path.join(out, 'first'));
    const second = read(path.join(out, 'second'));
    expect(Object.keys(first).sort()).toEqual(Object.keys(second).sort());
    for (const name of Object.keys(first)) expect(first[name]?.equals(second[name] as Buffer), name).toBe(true);

    const manifest = (first['evidence-manifest.csv'] as Buffer).toString().trim().split('\r\n');
    expect(manifest[0]).toBe('file,revision,sha256,valid_until');
    expect(manifest.length).toBeGreaterThan(2);
    for (const line of manifest.slice(1)) {
      const [file, , sha256] = line.split(',');
      expect(createHash('sha256').update(first[file as string] as Buffer).digest('hex'), file).toBe(sha256);
    }
    const listed = JSON.parse((first['manifest.json'] as Buffer).toString()) as { files: { name: string; sha256: string }[] };
    for (const entry of listed.files) expect(createHash('sha256').update(first[entry.name] as Buffer).digest('hex')).toBe(entry.sha256);
  });

  it('reads back as the signed-off assessment: references, results and the signature', async () => {
    const dir = path.join(out, 'read');
    await writeCompliancePack(db, MANAGER, { region: 'EU', framework: 'gdpr', period: '2026-Q2', withEvidence: false, outDir: dir });
    expect(readdirSync(dir)).not.toContain('evidence');
    // Lines wrap where the page ends them: read the text as one run of words.
    const text = execFileSync('pdftotext', [path.join(dir, 'compliance-EU-gdpr-2026-Q2.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('GDPR and UK GDPR');
    expect(text).toContain('Region EU, 2026-Q2. Framework version 2026.1.');
    expect(text).toContain('Regulation (EU) 2016/679 (GDPR), Art. 33');
    expect(text).toMatch(/Signed off by Daniel Okafor on 2026-\d\d-\d\d/);
    expect(text).toContain('The results and evidence hashes still match it.');
  });

  it('refuses an assessment that does not exist, naming it', async () => {
    await expect(writeCompliancePack(db, MANAGER, { region: 'EU', framework: 'gdpr', period: '2019-Q1', withEvidence: false, outDir: path.join(out, 'none') })).rejects.toThrow(
      'There is no gdpr assessment for EU 2019-Q1',
    );
  });
});
