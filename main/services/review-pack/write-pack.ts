// Writes the review pack for some regions and a week: per region a PDF and a workbook, then kpis.csv, one CSV per
// sheet (all regions' rows together) and manifest.json. It runs as steps: between two steps it gives the event
// loop a turn (so the core answers status calls meanwhile) and stops if it was cancelled. Files are only written
// at the end, into a folder swapped in whole (pack-folder.ts): a cancelled or failed export leaves the old pack.
import { createHash } from 'node:crypto';
import type { RegionCode } from '../../../shared/domain';
import type { IsoWeek } from '../../../shared/iso-week';
import type { RegionWeeklyReport } from '../../../shared/report-types';
import type { Db } from '../../db/open';
import { regionComplianceSummary } from '../compliance/region-summary';
import { regionWeeklyReport } from '../metrics/weekly-report';
import { kpisCsv, tableCsv } from './csv';
import { savePackFolder } from './pack-folder';
import { packTables, type PackTable } from './pack-tables';
import { pdfBuffer } from './pdf';
import { workbookBuffer } from './xlsx';

export interface PackRequest {
  regions: RegionCode[];
  week: IsoWeek;
  outDir: string;
}

export interface PackProgress {
  /** From 0 to 1. */
  progress: number;
  step: string;
}

export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled');
    this.name = 'ExportCancelled';
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function pdfName(region: RegionCode, week: IsoWeek): string {
  return `review-${region}-${week}.pdf`;
}

function xlsxName(region: RegionCode, week: IsoWeek): string {
  return `review-${region}-${week}.xlsx`;
}

/** The manifest: each file's size and sha256, in name order, with nothing that changes from one run to the next. */
function manifest(request: PackRequest, files: Map<string, Buffer>): Buffer {
  const entries = [...files]
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([name, bytes]) => ({ name, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }));
  return Buffer.from(`${JSON.stringify({ week: request.week, regions: request.regions, files: entries }, null, 2)}\n`);
}

export async function writePack(db: Db, request: PackRequest, onProgress: (progress: PackProgress) => void, cancelled: () => boolean): Promise<string[]> {
  const total = request.regions.length * 3 + 2;
  let done = 0;
  const step = async (text: string) => {
    onProgress({ progress: done / total, step: text });
    await nextTurn();
    if (cancelled()) throw new ExportCancelled();
  };

  const files = new Map<string, Buffer>();
  const reports: RegionWeeklyReport[] = [];
  const tables: PackTable[][] = [];
  for (const region of request.regions) {
    await step(`Computing the figures of ${region} for ${request.week}`);
    const report = regionWeeklyReport(db, region, request.week);
    // The pack says it was made when the week ended, so the same data gives the same bytes.
    const stamp = new Date(report.endsAt);
    const sheets = packTables(report);
    reports.push(report);
    tables.push(sheets);
    done++;
    await step(`Drawing ${pdfName(region, request.week)}`);
    files.set(pdfName(region, request.week), await pdfBuffer(report, { stamp, compliance: regionComplianceSummary(db, region, report.endsAt) }));
    done++;
    await step(`Writing ${xlsxName(region, request.week)}`);
    files.set(xlsxName(region, request.week), await workbookBuffer(sheets, `Weekly review ${region} ${request.week}`, stamp));
    done++;
  }

  await step('Writing the CSV files');
  files.set('kpis.csv', Buffer.from(kpisCsv(reports)));
  (tables[0] ?? []).forEach((sheet, i) => {
    files.set(`${sheet.file}.csv`, Buffer.from(tableCsv(tables.map((region) => region[i] as PackTable))));
  });
  files.set('manifest.json', manifest(request, files));
  done++;

  await step(`Saving ${files.size} files in ${request.outDir}`);
  const written = savePackFolder(request.outDir, files);
  onProgress({ progress: 1, step: `Saved ${written.length} files in ${request.outDir}` });
  return written;
}
