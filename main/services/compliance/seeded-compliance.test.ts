// The demo compliance data as the console sees it once seeded: four quarters per region, the older signed off with
// signatures that hold, evidence files on disk matching their sha256, some expiring soon, and running incident clocks.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../../shared/compliance-library/library';
import { DAY_MS, type Person } from '../../../shared/domain';
import { openDatabase, type Db } from '../../db/open';
import { all, column, value } from '../../db/statement-cache';
import { generateDataset } from '../../seed/generate';
import { seedDatabase } from '../../seed/write-sqlite';
import { tempDbFile } from '../../test-support/fixture-db';
import { checklist } from './checklist';
import { blobPath, writeEvidenceFiles } from './evidence-files';
import { listIncidents } from './incidents';
import { rollup } from './rollup';
import { listEvidence } from './evidence';
import { createDispatcher } from '../../core/dispatcher';
import { handlers } from '../../core/handlers';

const UNTIL = Date.UTC(2026, 10, 22);
const OPTIONS = { scale: 'small', until: new Date(UNTIL), seed: 1 } as const;
const MANAGER: Person = { id: 12, name: 'Daniel Okafor', email: 'daniel.okafor@ops.example.com', role: 'manager', regions: ['SEA', 'MENA', 'EU', 'NA', 'LATAM', 'EA'] };

let db: Db;
let cleanup: () => void;
beforeAll(() => {
  const temp = tempDbFile();
  cleanup = temp.cleanup;
  db = openDatabase(temp.file);
  writeEvidenceFiles(db, seedDatabase(db, OPTIONS).evidenceFiles);
}, 120_000);
afterAll(() => {
  db?.close();
  cleanup?.();
});

describe('the compliance demo data', () => {
  it('is the same for the same options', () => {
    const rows = (table: 'compliance_results' | 'compliance_signoffs') => JSON.stringify([...generateDataset(OPTIONS)[table]]);
    expect(rows('compliance_results')).toBe(rows('compliance_results'));
    expect(rows('compliance_signoffs')).toBe(JSON.stringify([...generateDataset(OPTIONS).compliance_signoffs]));
  });

  it('assesses every framework of every region for the last four quarters, the current one in progress', () => {
    const expected = FRAMEWORKS.reduce((sum, framework) => sum + framework.regions.length, 0) * 4;
    expect(value(db, 'SELECT count(*) FROM compliance_assessments')).toBe(expected);
    expect(column(db, "SELECT DISTINCT status FROM compliance_assessments WHERE period = '2026-Q4'")).toEqual(['in_progress']);
    expect(column(db, "SELECT DISTINCT status FROM compliance_assessments WHERE period IN ('2026-Q1', '2026-Q2') ORDER BY 1")).toEqual(['signed_off']);
    const shares = rollup(db, MANAGER, ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'], UNTIL);
    const older = shares.map((cell) => cell.trend[0] as number);
    const current = shares.map((cell) => cell.score?.share as number);
    const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;
    expect(mean(older)).toBeGreaterThan(0.8);
    expect(mean(current)).toBeLessThan(0.6);
  });

  it('signs the older quarters with hashes the console checks as intact', () => {
    const signed = column<string>(db, "SELECT id FROM compliance_assessments WHERE status = 'signed_off' ORDER BY id");
    // Two whole quarters and about half of the last one: 25 region-framework pairs each.
    expect(signed.length).toBeGreaterThan(50);
    for (const id of signed.filter((_id, i) => i % 9 === 0)) {
      const list = checklist(db, MANAGER, id, UNTIL);
      expect(list.signature, id).toMatchObject({ personName: 'Daniel Okafor', intact: true });
    }
  });

  it('writes each evidence file under its sha256, some expiring within 30 days in every region', () => {
    for (const { sha256 } of all<{ sha256: string }>(db, 'SELECT DISTINCT sha256 FROM compliance_evidence_revisions')) {
      expect(createHash('sha256').update(readFileSync(blobPath(db, sha256))).digest('hex')).toBe(sha256);
    }
    expect(value(db, "SELECT count(*) FROM compliance_evidence_revisions WHERE mime = 'image/png'")).toBeGreaterThan(0);
    const expiring = listEvidence(db, MANAGER, { expiringWithinDays: 30 }, UNTIL);
    expect(new Set(expiring.map((item) => item.region)).size).toBeGreaterThanOrEqual(4);
    expect(expiring.every((item) => item.present)).toBe(true);
  });

  it('shows the region\'s late-delivery rate beside the Mail Order Rule, as Reports gives it for the last complete week', () => {
    const list = checklist(db, MANAGER, 'NA-ftc-2026-Q4', UNTIL);
    const figure = list.items.find((item) => item.requirement.id === 'ftc.mail-order-ship')?.figure;
    const dispatcher = createDispatcher(handlers, () => ({ db, person: MANAGER, now: () => UNTIL }), () => {});
    const weeks = dispatcher.dispatch('reports.weeks', { regions: ['NA'] });
    if (!weeks.ok) throw new Error(weeks.error.message);
    const week = (weeks.value as { latest: string }).latest;
    const report = dispatcher.dispatch('reports.weekly', { regions: ['NA'], week });
    if (!report.ok) throw new Error(report.error.message);
    const reports = report.value as { regions: { headline: { kpi: string; value: number | null }[] }[] };
    const late = reports.regions[0]?.headline.find((headline) => headline.kpi === 'late_delivery_rate')?.value;
    expect(late).toBeGreaterThan(0);
    expect(figure).toEqual({ kpi: 'late_delivery_rate', week, value: late });
    expect(list.items.find((item) => item.requirement.id === 'ftc.kol-disclosure')?.figure).toBeNull();
  });

  it('records incidents whose clocks run from detection: LATAM on ANPD working days, NA on the CPSC 24 hours', () => {
    const incidents = listIncidents(db, MANAGER);
    expect(incidents.map((incident) => [incident.region, incident.status])).toEqual([['NA', 'open'], ['LATAM', 'open'], ['EU', 'closed']]);
    const na = incidents[0];
    expect(na?.notifications).toEqual([expect.objectContaining({ ruleId: 'cpsc-15b', dueAt: (na?.detectedAt as number) + DAY_MS, notifiedAt: null })]);
    expect(incidents[1]?.notifications.map((n) => n.ruleId)).toEqual(['lgpd-48']);
  });
});
