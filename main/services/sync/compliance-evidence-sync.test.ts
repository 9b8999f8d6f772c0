// Evidence bytes between consoles and a real hub on real PostgreSQL: a file attached offline goes up after its rows,
// an upload broken off midway resumes where the hub stopped and ends with the right sha256, and another console of
// the region downloads it, checked against its sha256.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededHub, TOKENS, type HubFixture } from '../../../hub/test-support/hub-fixture';
import { run } from '../../db/statement-cache';
import { NOW } from '../../test-support/fixture-db';
import { HubClient } from './hub-client';
import { pushAll } from './sync-cycle';
import { attachEvidence } from '../compliance/evidence';
import { blobPath, hasBlob, receiveChunk } from '../compliance/evidence-files';
import { downloadBlobs, uploadBlobs, wantEvidence } from '../compliance/evidence-sync';
import { complianceFixture, type ComplianceFixture } from '../compliance/test-support/compliance-fixture';

let hub: HubFixture;
const consoles: ComplianceFixture[] = [];
beforeAll(async () => {
  hub = await seededHub('evidence_sync', 30);
}, 60_000);
afterAll(async () => {
  for (const one of consoles) one.cleanup();
  await hub?.cleanup();
});

function signedInConsole(clientId: string): ComplianceFixture {
  const made = complianceFixture();
  consoles.push(made);
  run(made.db, 'INSERT INTO sync_state (singleton, hub_url, client_id) VALUES (1, ?, ?)', [hub.hub.url, clientId]);
  return made;
}

async function attach(made: ComplianceFixture, bytes: Buffer, name: string) {
  const uploadId = `up-${name.replace(/\W/g, '')}`;
  for (let offset = 0; offset < bytes.length; offset += 512 * 1024) receiveChunk(made.db, uploadId, offset, bytes.subarray(offset, offset + 512 * 1024));
  return attachEvidence(made.db, made.lead, { uploadId, fileName: name, region: 'EU', evidenceId: null, title: name, validUntil: null, resultId: null }, () => NOW);
}

const options = { now: () => NOW, log: () => {}, pushBatch: 100 };
const client = () => new HubClient(hub.hub.url, TOKENS.ana);

/** A hub client whose connection breaks after `chunks` chunks, as a console killed midway. */
class BreakingClient extends HubClient {
  constructor(private chunks: number) {
    super(hub.hub.url, TOKENS.ana);
  }

  override async putEvidenceChunk(sha256: string, offset: number, size: number, bytes: Uint8Array) {
    if (this.chunks-- <= 0) throw new Error('the connection to the hub broke off');
    return super.putEvidenceChunk(sha256, offset, size, bytes);
  }
}

describe('evidence between consoles and the hub', () => {
  it('resumes an upload broken off midway and ends with the file under its sha256; another console downloads it', async () => {
    const first = signedInConsole('evidence-sync-first');
    const file = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2 * 1024 * 1024 + 777)]);
    const stored = await attach(first, file, 'supplier-audit.pdf');
    await pushAll(first.db, client(), options);

    const logged: string[] = [];
    expect(await uploadBlobs(first.db, new BreakingClient(1), (line) => logged.push(line))).toBe(0);
    expect(logged[0]).toContain(`stopped at ${1024 * 1024} bytes`);
    const { rows: partial } = await hub.pool.query('SELECT sum(length(bytes))::int AS n FROM hub_evidence_chunks WHERE sha256 = $1', [stored.sha256]);
    expect(partial[0].n).toBe(1024 * 1024);

    expect(await uploadBlobs(first.db, client(), () => {})).toBe(1);
    const { rows } = await hub.pool.query<{ bytes: Buffer }>('SELECT bytes FROM hub_evidence_blobs WHERE sha256 = $1', [stored.sha256]);
    expect(createHash('sha256').update(rows[0]?.bytes as Buffer).digest('hex')).toBe(stored.sha256);
    expect(await uploadBlobs(first.db, client(), () => {})).toBe(0);

    // A second revision of the same evidence, uploaded in one go.
    const revised = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4000)]);
    const uploadId = 'up-revised';
    receiveChunk(first.db, uploadId, 0, revised);
    const second = await attachEvidence(first.db, first.lead, { uploadId, fileName: 'supplier-audit-v2.pdf', region: 'EU', evidenceId: stored.evidenceId, title: null, validUntil: null, resultId: null }, () => NOW);
    await pushAll(first.db, client(), options);
    expect(await uploadBlobs(first.db, client(), () => {})).toBe(1);

    // Another console of the region has the rows: the latest revision's file comes down with the sync, an older one
    // when a person asks for it.
    const other = signedInConsole('evidence-sync-second');
    run(other.db, "INSERT INTO compliance_evidence VALUES (?, 'EU', 'Supplier audit', NULL, ?, 1)", [stored.evidenceId, NOW]);
    run(other.db, "INSERT INTO compliance_evidence_revisions VALUES ('r-1', ?, 'EU', 1, ?, 'supplier-audit.pdf', 'application/pdf', ?, ?, 1)", [stored.evidenceId, stored.sha256, file.length, NOW]);
    run(other.db, "INSERT INTO compliance_evidence_revisions VALUES ('r-2', ?, 'EU', 2, ?, 'supplier-audit-v2.pdf', 'application/pdf', ?, ?, 1)", [stored.evidenceId, second.sha256, revised.length, NOW]);
    const jonas = new HubClient(hub.hub.url, TOKENS.jonas);
    expect(await downloadBlobs(other.db, jonas)).toBe(1);
    expect(readFileSync(blobPath(other.db, second.sha256)).equals(revised)).toBe(true);
    expect(hasBlob(other.db, stored.sha256)).toBe(false);
    expect(wantEvidence(other.db, other.operator, stored.evidenceId)).toEqual({ asked: 1 });
    expect(await downloadBlobs(other.db, jonas)).toBe(1);
    expect(readFileSync(blobPath(other.db, stored.sha256)).equals(file)).toBe(true);
    expect(wantEvidence(other.db, other.operator, stored.evidenceId)).toEqual({ asked: 0 });
  });
});
