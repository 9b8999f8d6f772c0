// Evidence: a titled, dated record in a region whose files are revisions (a new upload is a new revision; old ones
// stay), linked to the requirement results it proves.
import { randomUUID } from 'node:crypto';
import type { EvidenceItem, StoredRevision } from '../../../shared/compliance-types';
import type { Person, RegionCode } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { all, get, value } from '../../db/statement-cache';
import { ServiceError } from '../kit';
import { assertGranted, loadResultForChange } from './access';
import { hasBlob, storeEvidenceBytes, takeUpload } from './evidence-files';
import { queueBlobUpload } from './evidence-sync';
import { deleteLink, putRow } from './rows';
import { dayOf } from './score';

export interface AttachInput {
  uploadId: string;
  fileName: string;
  region: RegionCode;
  evidenceId: string | null;
  title: string | null;
  validUntil: string | null;
  resultId: string | null;
}

interface EvidenceRow {
  id: string;
  region: RegionCode;
  title: string;
  valid_until: string | null;
  created_at: number;
  created_by: number | null;
}

function checkTarget(db: Db, person: Person, input: AttachInput): EvidenceRow | null {
  assertGranted(person, input.region, 'region');
  if (input.resultId) {
    const { result } = loadResultForChange(db, person, input.resultId);
    if (result.region !== input.region) throw new ServiceError('invalid_input', `The result is in ${result.region}, not ${input.region}`, 'region');
  }
  if (input.evidenceId === null) {
    if (!input.title) throw new ServiceError('invalid_input', 'Give new evidence a title', 'title');
    return null;
  }
  const evidence = get<EvidenceRow>(db, 'SELECT * FROM compliance_evidence WHERE id = ?', [input.evidenceId]);
  if (!evidence || evidence.region !== input.region) throw new ServiceError('not_found', `There is no evidence ${input.evidenceId} in ${input.region}`, 'evidenceId');
  return evidence;
}

/** Stores the uploaded file (checked first, so a refused file writes nothing) as a new revision, and links it. */
export async function attachEvidence(db: Db, person: Person, input: AttachInput, now: () => number): Promise<StoredRevision> {
  checkTarget(db, person, input);
  const stored = await storeEvidenceBytes(db, takeUpload(db, input.uploadId));
  const at = now();
  return db.transaction(() => {
    // Checked again: the store may have moved while the file was read.
    const evidence = checkTarget(db, person, input);
    const evidenceId = evidence?.id ?? `e-${randomUUID()}`;
    if (evidence) {
      if (input.validUntil !== null) putRow(db, 'compliance_evidence', { ...evidence, valid_until: input.validUntil }, at);
    } else {
      putRow(db, 'compliance_evidence', { id: evidenceId, region: input.region, title: input.title, valid_until: input.validUntil, created_at: at, created_by: person.id }, at);
    }
    const revision = (value<number>(db, 'SELECT max(revision) FROM compliance_evidence_revisions WHERE evidence_id = ?', [evidenceId]) ?? 0) + 1;
    putRow(db, 'compliance_evidence_revisions', {
      id: `r-${randomUUID()}`, evidence_id: evidenceId, region: input.region, revision, sha256: stored.sha256, file_name: input.fileName,
      mime: stored.mime, size: stored.size, uploaded_at: at, uploaded_by: person.id,
    }, at);
    queueBlobUpload(db, stored.sha256, stored.size);
    if (input.resultId) putRow(db, 'compliance_evidence_links', { result_id: input.resultId, evidence_id: evidenceId, region: input.region, linked_at: at }, at);
    return { evidenceId, revision, sha256: stored.sha256, mime: stored.mime, size: stored.size, newFile: stored.newFile };
  })();
}

export function linkEvidence(db: Db, person: Person, resultId: string, evidenceId: string, at: number): { linked: boolean } {
  return db.transaction(() => {
    const { result } = loadResultForChange(db, person, resultId);
    const evidence = get<EvidenceRow>(db, 'SELECT * FROM compliance_evidence WHERE id = ?', [evidenceId]);
    if (!evidence || evidence.region !== result.region) throw new ServiceError('not_found', `There is no evidence ${evidenceId} in ${result.region}`, 'evidenceId');
    if (value(db, 'SELECT 1 FROM compliance_evidence_links WHERE result_id = ? AND evidence_id = ?', [resultId, evidenceId]) !== undefined) return { linked: false };
    putRow(db, 'compliance_evidence_links', { result_id: resultId, evidence_id: evidenceId, region: result.region, linked_at: at }, at);
    return { linked: true };
  })();
}

export function unlinkEvidence(db: Db, person: Person, resultId: string, evidenceId: string, at: number): { unlinked: boolean } {
  return db.transaction(() => {
    loadResultForChange(db, person, resultId);
    return { unlinked: deleteLink(db, resultId, evidenceId, at) };
  })();
}

interface RevisionRow {
  evidence_id: string;
  revision: number;
  sha256: string;
  file_name: string;
  mime: string;
  size: number;
  uploaded_at: number;
}

/** The evidence browser: a region's evidence (or the one expiring within some days), with every revision. */
export function listEvidence(db: Db, person: Person, filter: { region?: RegionCode; expiringWithinDays?: number }, now: number): EvidenceItem[] {
  const regions = filter.region ? person.regions.filter((region) => region === filter.region) : person.regions;
  const today = dayOf(now);
  const until = filter.expiringWithinDays === undefined ? null : dayOf(now + filter.expiringWithinDays * 86_400_000);
  const rows = all<EvidenceRow & { links: number }>(
    db,
    `SELECT e.*, (SELECT count(*) FROM compliance_evidence_links l WHERE l.evidence_id = e.id) AS links
     FROM compliance_evidence e
     WHERE e.region IN (SELECT value FROM json_each(?)) AND (? IS NULL OR (e.valid_until IS NOT NULL AND e.valid_until >= ? AND e.valid_until <= ?))
     ORDER BY e.valid_until IS NULL, e.valid_until, e.title`,
    [JSON.stringify(regions), until, today, until],
  );
  const revisions = all<RevisionRow>(
    db,
    `SELECT evidence_id, revision, sha256, file_name, mime, size, uploaded_at FROM compliance_evidence_revisions
     WHERE evidence_id IN (SELECT value FROM json_each(?)) ORDER BY evidence_id, revision DESC`,
    [JSON.stringify(rows.map((row) => row.id))],
  );
  const byEvidence = new Map<string, RevisionRow[]>();
  for (const revision of revisions) byEvidence.set(revision.evidence_id, [...(byEvidence.get(revision.evidence_id) ?? []), revision]);
  return rows.map((row) => {
    const list = byEvidence.get(row.id) ?? [];
    return {
      id: row.id,
      region: row.region,
      title: row.title,
      validUntil: row.valid_until,
      links: row.links,
      revisions: list.map((r) => ({ revision: r.revision, sha256: r.sha256, fileName: r.file_name, mime: r.mime, size: r.size, uploadedAt: r.uploaded_at })),
      present: list[0] ? hasBlob(db, list[0].sha256) : false,
    };
  });
}
