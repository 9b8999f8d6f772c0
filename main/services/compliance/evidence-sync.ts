// Evidence bytes between this console and its hub, beside the rows: files stored here go up in chunks after the
// push that named them (resuming at the offset the hub holds), and files the hub has for the latest revisions of
// the granted regions come down, each checked against its sha256 before it is kept.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Db } from '../../db/open';
import { all, run } from '../../db/statement-cache';
import type { Person, RegionCode } from '../../../shared/domain';
import { ServiceError } from '../kit';
import type { HubClient } from '../sync/hub-client';
import { runnerFor } from '../sync/runner-registry';
import { readSyncState } from '../sync/sync-state';
import { blobPath, hasBlob, storeVerifiedBlob } from './evidence-files';

/** What one request carries: the hub takes 1 MiB at most. */
const CHUNK_BYTES = 1024 * 1024;
/** Files fetched per round, so a first sync of a region's evidence does not hold up its rows. */
const DOWNLOADS_PER_ROUND = 25;

/** Notes a file stored here for the hub; the caller holds the transaction that records its revision. */
export function queueBlobUpload(db: Db, sha256: string, size: number): void {
  run(db, 'INSERT OR IGNORE INTO compliance_blob_uploads (sha256, size) VALUES (?, ?)', [sha256, size]);
}

export async function uploadBlobs(db: Db, client: HubClient, log: (line: string) => void): Promise<number> {
  let sent = 0;
  for (const { sha256, size } of all<{ sha256: string; size: number }>(db, 'SELECT sha256, size FROM compliance_blob_uploads ORDER BY sha256')) {
    if (!hasBlob(db, sha256)) {
      run(db, 'DELETE FROM compliance_blob_uploads WHERE sha256 = ?', [sha256]);
      continue;
    }
    let status;
    try {
      status = await client.evidenceStatus(sha256);
    } catch (error) {
      // Its revision was refused, or not pushed yet: the next round asks again.
      log(`sync: evidence ${sha256.slice(0, 12)} is not on the hub yet (${(error as Error).message})`);
      continue;
    }
    const bytes = readFileSync(blobPath(db, sha256));
    let { received, complete } = status;
    try {
      while (!complete) {
        ({ received, complete } = await client.putEvidenceChunk(sha256, received, size, bytes.subarray(received, received + CHUNK_BYTES)));
      }
    } catch (error) {
      // The rows still sync; this file resumes next round from what the hub holds.
      log(`sync: evidence ${sha256.slice(0, 12)} stopped at ${received} bytes (${(error as Error).message})`);
      continue;
    }
    run(db, 'DELETE FROM compliance_blob_uploads WHERE sha256 = ?', [sha256]);
    sent++;
  }
  return sent;
}

/** Asks for every revision of an evidence record on this console: the runner fetches them at once. */
export function wantEvidence(db: Db, person: Person, evidenceId: string): { asked: number } {
  const revisions = all<{ sha256: string; region: RegionCode }>(db, 'SELECT sha256, region FROM compliance_evidence_revisions WHERE evidence_id = ?', [evidenceId]);
  if (revisions.length === 0 || !revisions.every((revision) => person.regions.includes(revision.region))) {
    throw new ServiceError('not_found', `There is no evidence ${evidenceId} in the regions you are granted`, 'evidenceId');
  }
  const missing = revisions.filter((revision) => !hasBlob(db, revision.sha256));
  if (missing.length === 0) return { asked: 0 };
  if (readSyncState(db) === undefined) throw new ServiceError('conflict', 'This console is not signed in to a hub: there is nowhere to download the file from');
  db.transaction(() => {
    for (const revision of missing) run(db, 'INSERT OR IGNORE INTO compliance_blob_wants (sha256) VALUES (?)', [revision.sha256]);
  })();
  runnerFor(db)?.kick();
  return { asked: missing.length };
}

/** The files of the latest revisions, and those a person asked for, that this console does not hold yet. */
export async function downloadBlobs(db: Db, client: HubClient): Promise<number> {
  const wanted = all<{ sha256: string }>(
    db,
    `SELECT sha256 FROM compliance_blob_wants
     UNION SELECT v.sha256 FROM compliance_evidence_revisions v
     WHERE v.revision = (SELECT max(revision) FROM compliance_evidence_revisions WHERE evidence_id = v.evidence_id)
     ORDER BY 1`,
    [],
  ).filter((row) => !hasBlob(db, row.sha256));
  run(db, 'DELETE FROM compliance_blob_wants WHERE sha256 NOT IN (SELECT value FROM json_each(?))', [JSON.stringify(wanted.map((row) => row.sha256))]);
  let fetched = 0;
  for (const { sha256 } of wanted.slice(0, DOWNLOADS_PER_ROUND)) {
    const bytes = await client.getEvidence(sha256).catch(() => null);
    if (bytes === null || createHash('sha256').update(bytes).digest('hex') !== sha256) continue;
    storeVerifiedBlob(db, sha256, bytes);
    run(db, 'DELETE FROM compliance_blob_wants WHERE sha256 = ?', [sha256]);
    fetched++;
  }
  return fetched;
}
