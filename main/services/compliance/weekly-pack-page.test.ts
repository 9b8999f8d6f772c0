// The weekly review pack's "Compliance and ESG" page on a seeded store: the region's frameworks with the scores
// their checklists give as the week ends, read back from the PDF.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/domain';
import { openDatabase, type Db } from '../../db/open';
import { seedDatabase } from '../../seed/write-sqlite';
import { tempDbFile } from '../../test-support/fixture-db';
import { regionWeeklyReport } from '../metrics/weekly-report';
import { writePack } from '../review-pack/write-pack';
import { checklist } from './checklist';

const MANAGER: Person = { id: 12, name: 'Daniel Okafor', email: 'daniel.okafor@ops.example.com', role: 'manager', regions: ['EU'] };
let db: Db;
let cleanup: () => void;
let out: string;
beforeAll(() => {
  const temp = tempDbFile();
  cleanup = temp.cleanup;
  db = openDatabase(temp.file);
  seedDatabase(db, { scale: 'small', until: new Date(Date.UTC(2026, 10, 23)), seed: 1 });
  out = mkdtempSync(path.join(tmpdir(), 'weekly-compliance-'));
}, 120_000);
afterAll(() => {
  db?.close();
  cleanup?.();
  rmSync(out, { recursive: true, force: true });
});

describe('the weekly pack\'s Compliance and ESG page', () => {
  it('lists the region\'s frameworks with their quarter\'s scores', async () => {
    const week = '2026-W47';
    await writePack(db, { regions: ['EU'], week, outDir: path.join(out, 'pack') }, () => {}, () => false);
    const text = execFileSync('pdftotext', ['-layout', path.join(out, 'pack', 'review-EU-2026-W47.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Compliance and ESG, 2026-Q4');
    const endsAt = regionWeeklyReport(db, 'EU', week).endsAt;
    const gdpr = checklist(db, MANAGER, 'EU-gdpr-2026-Q4', endsAt).score;
    const line = text.split('\n').find((one) => one.includes('GDPR and UK GDPR')) ?? '';
    expect(line.replace(/\s+/g, ' ')).toContain(`in progress ${Math.round((gdpr.share as number) * 100)}% ${gdpr.counts.compliant}`);
  });
});
