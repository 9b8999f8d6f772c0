// The review pack end to end through the real calls, on the hand-made store of metrics/test-support/metrics-fixture.ts: the PDF's text
// and the workbook's cells agree with kpis.csv, the same data gives the same bytes, nothing personal leaves.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { Workbook } from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KPI_INFO, KPI_NAMES, type KpiName } from '../../../shared/kpi-definitions';
import type { ExportStatus } from '../../../shared/report-types';
import { createDispatcher, type Dispatcher } from '../../core/dispatcher';
import { handlers } from '../../core/handlers';
import { metricsFixture, type MetricsFixture } from '../metrics/test-support/metrics-fixture';
import { currentPerson } from '../session/session-service';
import { grantExportFolder } from './export-folders';
import { formatValue } from './format';
import { tuples } from '../../db/statement-cache';

let fixture: MetricsFixture;
let dispatcher: Dispatcher;
let dir: string;

beforeAll(() => {
  fixture = metricsFixture();
  dispatcher = createDispatcher(handlers, () => ({ db: fixture.db, person: currentPerson(fixture.db), now: () => Date.UTC(2027, 0, 12) }), () => {});
  dir = mkdtempSync(path.join(tmpdir(), 'ops-pack-test-'));
});
afterAll(() => {
  fixture.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

function call<T>(name: string, input: unknown): T {
  const answer = dispatcher.dispatch(name, input);
  if (!answer.ok) throw new Error(`${name}: ${answer.error.message}`);
  return answer.value as T;
}

async function exportPack(week: string, outDir: string): Promise<{ status: ExportStatus; seen: ExportStatus[] }> {
  const { jobId } = call<{ jobId: string }>('reports.startExport', { regions: ['EA'], week, folder: grantExportFolder(outDir) });
  const seen: ExportStatus[] = [];
  for (;;) {
    const status = call<ExportStatus>('reports.exportStatus', { jobId });
    seen.push(status);
    if (status.state !== 'running') return { status, seen };
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const WIN_ANSI_EXTRAS = new Map([[0x96, '–'], [0x97, '—'], [0x92, '’'], [0x95, '•']]);

/** The text of each text-showing operator of a pdfkit PDF (Helvetica, WinAnsi hex strings), streams inflated. */
function pdfTexts(pdf: Buffer): string[] {
  const texts: string[] = [];
  for (const stream of pdf.toString('latin1').matchAll(/<<([^]*?)>>\s*stream\r?\n([^]*?)\r?\nendstream/g)) {
    const raw = Buffer.from(stream[2] as string, 'latin1');
    const content = (/FlateDecode/.test(stream[1] as string) ? inflateSync(raw) : raw).toString('latin1');
    for (const shown of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...(shown[1] as string).matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('');
      texts.push([...Buffer.from(hex, 'hex')].map((byte) => WIN_ANSI_EXTRAS.get(byte) ?? String.fromCharCode(byte)).join(''));
    }
  }
  return texts;
}

function kpisCsv(file: string): Map<KpiName, string> {
  const lines = readFileSync(file, 'utf8').split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('region,week,kpi,value');
  return new Map(lines.slice(1).map((line) => line.split(',')).map(([, , kpi, value]) => [kpi as KpiName, value as string]));
}

describe('the review pack', () => {
  let first: ExportStatus;
  let seen: ExportStatus[];
  const out = () => path.join(dir, 'first');

  beforeAll(async () => {
    ({ status: first, seen } = await exportPack('2026-W53', out()));
  });

  it('writes every file as a job whose progress the status call follows', () => {
    expect(first).toMatchObject({ state: 'done', progress: 1, outDir: out() });
    expect(readdirSync(out()).sort()).toEqual(
      [
        'carriers.csv',
        'channels.csv',
        'cohorts.csv',
        'complaints.csv',
        'funnel.csv',
        'kol_community.csv',
        'kpis.csv',
        'manifest.json',
        'review-EA-2026-W53.pdf',
        'review-EA-2026-W53.xlsx',
        'sla.csv',
        'summary.csv',
        'top_complaints.csv',
        'weekly_kpis.csv',
      ].sort(),
    );
    expect(first.files?.map((f) => path.basename(f)).sort()).toEqual(readdirSync(out()).sort());
    expect(new Set(seen.map((s) => s.step)).size).toBeGreaterThan(3);
    const progress = seen.map((s) => s.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('writes kpis.csv with one row per named KPI: rates as fractions, money with two decimals', () => {
    const kpis = kpisCsv(path.join(out(), 'kpis.csv'));
    expect([...kpis.keys()]).toEqual([...KPI_NAMES]);
    expect(Object.fromEntries(kpis)).toMatchObject({
      new_customers: '1',
      spend_usd: '50.00',
      cac_usd: '50.00',
      d1_retention: '1.000000',
      d7_retention: '',
      orders: '3',
      revenue_usd: '350.00',
      aov_usd: '116.67',
      conversion_rate: '0.030000',
      repurchase_rate: '0.500000',
      ltv12_usd: '350.00',
      ltv_cac: '8.7500',
      high_value_share: '0.000000',
      complaints_per_1k_orders: '666.67',
      sla_attainment: '1.000000',
      late_delivery_rate: '0.500000',
    });
  });

  it('puts the same numbers in the workbook, as numbers with formats, under frozen headers', async () => {
    const kpis = kpisCsv(path.join(out(), 'kpis.csv'));
    const workbook = new Workbook();
    await workbook.xlsx.readFile(path.join(out(), 'review-EA-2026-W53.xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary', 'Weekly KPIs', 'Channels', 'Cohorts', 'Funnel', 'Complaints', 'Top complaints', 'SLA', 'Carriers', 'KOL and community']);
    const summary = workbook.getWorksheet('Summary');
    expect(summary?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const byKpi = new Map<string, { value: unknown; numFmt: string }>();
    summary?.eachRow((row, n) => {
      if (n > 1) byKpi.set(String(row.getCell(3).value), { value: row.getCell(5).value, numFmt: row.getCell(5).numFmt });
    });
    for (const [kpi, text] of kpis) {
      expect(byKpi.get(kpi)?.value ?? null, kpi).toBe(text === '' ? null : Number(text));
      if (text !== '') expect(byKpi.get(kpi)?.numFmt, kpi).toBeTruthy();
    }
    expect(byKpi.get('sla_attainment')?.numFmt).toBe('0.00%');
    const weekly = workbook.getWorksheet('Weekly KPIs');
    const header = (weekly?.getRow(1).values as unknown[]).slice(1);
    const last = (weekly?.getRow(weekly.rowCount).values as unknown[]).slice(1);
    expect(last[1]).toBe('2026-W53');
    for (const [kpi, text] of kpis) expect(last[header.indexOf(kpi)] ?? null, kpi).toBe(text === '' ? null : Number(text));
    expect(weekly?.rowCount).toBe(13);
  });

  it('shows the same values in the PDF’s headline table', () => {
    const kpis = kpisCsv(path.join(out(), 'kpis.csv'));
    const texts = pdfTexts(readFileSync(path.join(out(), 'review-EA-2026-W53.pdf')));
    for (const [kpi, text] of kpis) {
      const label = texts.indexOf(KPI_INFO[kpi].label);
      expect(label, kpi).toBeGreaterThanOrEqual(0);
      expect(texts[label + 1], kpi).toBe(formatValue(KPI_INFO[kpi].kind, text === '' ? null : Number(text)));
    }
    expect(texts).toContain('$350.00');
    expect(texts).toContain('8.75x');
    expect(texts).toContain('Appendix: definitions');
  });

  it('writes complaints without names, e-mail addresses or phone numbers anywhere in the pack', () => {
    const scrubbed = 'Order #3 is late. Call me on [phone] or mail [email], [name] [name]';
    expect(readFileSync(path.join(out(), 'top_complaints.csv'), 'utf8')).toContain(scrubbed);
    expect(pdfTexts(readFileSync(path.join(out(), 'review-EA-2026-W53.pdf'))).join(' ')).toContain('[phone]');
    const names = tuples<string[]>(fixture.db, 'SELECT name, email FROM customers UNION ALL SELECT name, email FROM people');
    for (const file of readdirSync(out()).filter((f) => !f.endsWith('.xlsx'))) {
      const text = file.endsWith('.pdf') ? pdfTexts(readFileSync(path.join(out(), file))).join('\n') : readFileSync(path.join(out(), file), 'utf8');
      for (const part of names.flat().flatMap((n) => n.split(' '))) expect(text, `${file} holds ${part}`).not.toContain(part);
      expect(text).not.toMatch(/1234-5678/);
    }
  });

  it('gives the same bytes from the same data, with archive dates set to the week’s end', async () => {
    const { status } = await exportPack('2026-W53', path.join(dir, 'second'));
    expect(status.state).toBe('done');
    for (const file of readdirSync(out())) expect(sha256(path.join(dir, 'second', file)), file).toBe(sha256(path.join(out(), file)));
    const manifest = JSON.parse(readFileSync(path.join(out(), 'manifest.json'), 'utf8')) as { files: { name: string; sha256: string }[] };
    expect(manifest.files.map((f) => f.name)).toEqual(readdirSync(out()).filter((f) => f !== 'manifest.json').sort());
    for (const entry of manifest.files) expect(entry.sha256).toBe(sha256(path.join(out(), entry.name)));

    // Every entry of the .xlsx archive is dated Monday 2027-01-03 15:00 UTC, the end of 2026-W53 in Tokyo.
    const xlsx = readFileSync(path.join(out(), 'review-EA-2026-W53.xlsx'));
    const dosDate = ((2027 - 1980) << 9) | (1 << 5) | 3;
    const dosTime = 15 << 11;
    let entries = 0;
    for (let at = xlsx.indexOf('PK\x01\x02', 0, 'latin1'); at >= 0; at = xlsx.indexOf('PK\x01\x02', at + 4, 'latin1')) {
      expect([xlsx.readUInt16LE(at + 12), xlsx.readUInt16LE(at + 14)]).toEqual([dosTime, dosDate]);
      entries++;
    }
    expect(entries).toBeGreaterThan(5);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(path.join(out(), 'review-EA-2026-W53.xlsx'));
    expect(workbook.created.toISOString()).toBe('2027-01-03T15:00:00.000Z');
  });

  it('stops at the next step when cancelled, leaving nothing behind', async () => {
    const outDir = path.join(dir, 'cancelled');
    const { jobId } = call<{ jobId: string }>('reports.startExport', { regions: ['EA'], week: '2027-W01', folder: grantExportFolder(outDir) });
    expect(call<ExportStatus>('reports.cancelExport', { jobId })).toMatchObject({ state: 'running', step: 'Cancelling' });
    let status = call<ExportStatus>('reports.exportStatus', { jobId });
    while (status.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 2));
      status = call<ExportStatus>('reports.exportStatus', { jobId });
    }
    expect(status).toMatchObject({ state: 'cancelled', step: 'Cancelled; no files were written' });
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });

  it('refuses what it cannot export, naming the field and the value', () => {
    expect(dispatcher.dispatch('reports.startExport', { regions: ['EA'], week: '2027-W02' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'week', message: expect.stringContaining('2027-W02') },
    });
    expect(dispatcher.dispatch('reports.exportStatus', { jobId: 'export-999' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'jobId: there is no export "export-999" (it may have finished long ago)', field: 'jobId' },
    });
  });

  it('writes only where the console granted a folder: a call naming its own folder is refused', () => {
    for (const outDir of [path.join(dir, 'elsewhere'), '\\\\server\\share\\packs', '/etc']) {
      expect(dispatcher.dispatch('reports.startExport', { regions: ['EA'], week: '2027-W01', outDir })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: expect.stringContaining('outDir') },
      });
    }
    expect(existsSync(path.join(dir, 'elsewhere'))).toBe(false);
    expect(dispatcher.dispatch('reports.startExport', { regions: ['EA'], week: '2027-W01', folder: 'f'.repeat(32) })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'folder' },
    });
  });
});
