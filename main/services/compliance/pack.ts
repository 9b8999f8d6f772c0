// The compliance pack of one assessment, for an auditor: its PDF, its workbook (results, findings, evidence
// manifest), evidence-manifest.csv (file, revision, sha256, valid until), manifest.json with each file's sha256 and,
// with the evidence asked for, the evidence files themselves. Dated by the assessment, written whole into a folder
// swapped in at once (the review pack's way), so the same store always gives byte-identical files.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Checklist } from '../../../shared/compliance-types';
import type { Person, RegionCode } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { all } from '../../db/statement-cache';
import { ServiceError } from '../kit';
import { tableCsv } from '../review-pack/csv';
import { savePackFolder } from '../review-pack/pack-folder';
import type { PackTable } from '../review-pack/pack-tables';
import { workbookBuffer } from '../review-pack/xlsx';
import { assessmentId } from './assessments';
import { checklist } from './checklist';
import { blobPath, hasBlob } from './evidence-files';
import { compliancePdf } from './pack-pdf';

export interface CompliancePackRequest {
  region: RegionCode;
  framework: string;
  period: string;
  outDir: string;
  withEvidence: boolean;
}

interface ManifestRow {
  evidence_id: string;
  title: string;
  revision: number;
  file_name: string;
  sha256: string;
  size: number;
  valid_until: string | null;
}

/** Where an evidence revision lies in a pack with the files: one name per revision, whatever its file was called. */
const evidenceFile = (row: ManifestRow) => `evidence/${row.evidence_id}-r${row.revision}-${row.file_name}`;

const text = (header: string, width = 16) => ({ header, format: 'text' as const, width });

function tables(list: Checklist, evidence: ManifestRow[]): PackTable[] {
  return [
    {
      file: 'results',
      sheet: 'Results',
      columns: [text('Requirement', 28), text('Title', 48), text('Reference', 40), text('Result'), text('Reason or observation', 48), { header: 'Measured', format: 'ratio', width: 12 }, text('Evidence', 12)],
      rows: list.items.map((item) => [
        item.requirement.id, item.requirement.title,
        item.requirement.reference.article ? `${item.requirement.reference.act}, ${item.requirement.reference.article}` : item.requirement.reference.act,
        item.result, item.reason ?? item.observation ?? '', item.measuredValue, item.evidence.length,
      ]),
    },
    {
      file: 'findings',
      sheet: 'Findings',
      columns: [text('Requirement', 28), text('Finding', 48), text('Severity'), text('Status'), text('Actions', 60)],
      rows: list.items.flatMap((item) =>
        item.findings.map((finding) => [item.requirement.id, finding.title, finding.severity, finding.status, finding.actions.map((a) => `${a.title} (${a.status})`).join('; ')]),
      ),
    },
    {
      file: 'evidence',
      sheet: 'Evidence',
      columns: [text('Evidence', 40), text('Title', 40), { header: 'Revision', format: 'count', width: 10 }, text('File', 40), text('sha256', 66), text('Valid until', 12)],
      rows: evidence.map((row) => [row.evidence_id, row.title, row.revision, row.file_name, row.sha256, row.valid_until ?? '']),
    },
  ];
}

/** Every revision of every evidence linked to the assessment: what an auditor checks the files against. */
function evidenceRows(db: Db, id: string): ManifestRow[] {
  return all<ManifestRow>(
    db,
    `SELECT DISTINCT e.id AS evidence_id, e.title, v.revision, v.file_name, v.sha256, v.size, e.valid_until
     FROM compliance_results r
     JOIN compliance_evidence_links l ON l.result_id = r.id
     JOIN compliance_evidence e ON e.id = l.evidence_id
     JOIN compliance_evidence_revisions v ON v.evidence_id = e.id
     WHERE r.assessment_id = ? ORDER BY e.id, v.revision`,
    [id],
  );
}

export async function compliancePackFiles(db: Db, person: Person, request: Omit<CompliancePackRequest, 'outDir'>): Promise<Map<string, Buffer>> {
  const id = assessmentId(request.region, request.framework, request.period);
  // "Now" is the assessment's last change: overdue items and the stamp come from the data, never the clock.
  const updated = all<{ updated_at: number }>(db, 'SELECT updated_at FROM compliance_assessments WHERE id = ?', [id])[0]?.updated_at;
  if (updated === undefined) throw new ServiceError('not_found', `There is no ${request.framework} assessment for ${request.region} ${request.period}`, 'framework');
  const list = checklist(db, person, id, updated);
  const stamp = new Date(updated);
  const evidence = evidenceRows(db, id);
  const base = `compliance-${request.region}-${request.framework}-${request.period}`;
  const files = new Map<string, Buffer>();
  files.set(`${base}.pdf`, await compliancePdf(list, stamp));
  const sheets = tables(list, evidence);
  files.set(`${base}.xlsx`, await workbookBuffer(sheets, `${list.frameworkName} ${request.region} ${request.period}`, stamp));
  const manifestTable: PackTable = {
    file: 'evidence-manifest',
    sheet: 'Evidence manifest',
    columns: [text('file'), { header: 'revision', format: 'count', width: 10 }, text('sha256'), text('valid_until')],
    rows: evidence.map((row) => [evidenceFile(row), row.revision, row.sha256, row.valid_until]),
  };
  files.set('evidence-manifest.csv', Buffer.from(tableCsv([manifestTable])));
  if (request.withEvidence) {
    for (const row of evidence) {
      if (!hasBlob(db, row.sha256)) throw new ServiceError('not_found', `${row.file_name} (revision ${row.revision}) is not on this console yet: download it from the evidence browser, then export again`, 'withEvidence');
      files.set(evidenceFile(row), readFileSync(blobPath(db, row.sha256)));
    }
  }
  const entries = [...files]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, bytes]) => ({ name, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }));
  files.set('manifest.json', Buffer.from(`${JSON.stringify({ assessment: id, frameworkVersion: list.assessment.frameworkVersion, files: entries }, null, 2)}\n`));
  return files;
}

/** The browser host's place for packs, like the review pack's: a folder beside the database. */
export async function exportPackBesideDatabase(db: Db, person: Person, assessment: string, withEvidence: boolean): Promise<{ folder: string; files: number }> {
  const found = all<{ region: RegionCode; framework: string; period: string }>(db, 'SELECT region, framework, period FROM compliance_assessments WHERE id = ?', [assessment])[0];
  if (!found || !person.regions.includes(found.region)) throw new ServiceError('not_found', `There is no assessment ${assessment} in the regions you are granted`, 'assessmentId');
  const folder = path.join(path.dirname(path.resolve(db.name)), 'compliance-packs', assessment);
  const written = await writeCompliancePack(db, person, { ...found, outDir: folder, withEvidence });
  return { folder, files: written.length };
}

export async function writeCompliancePack(db: Db, person: Person, request: CompliancePackRequest): Promise<string[]> {
  return savePackFolder(request.outDir, await compliancePackFiles(db, person, request));
}
