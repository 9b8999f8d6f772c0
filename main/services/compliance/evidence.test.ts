import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_EVIDENCE_BYTES } from '../../../shared/compliance';
import { createDispatcher } from '../../core/dispatcher';
import { handlers } from '../../core/handlers';
import { NOW } from '../../test-support/fixture-db';
import { ServiceError } from '../kit';
import { createAssessment, setAssessmentStatus } from './assessments';
import { checklist } from './checklist';
import { attachEvidence, listEvidence, unlinkEvidence, type AttachInput } from './evidence';
import { blobPath, evidenceDir, receiveChunk } from './evidence-files';
import { signOff } from './signoff';
import { complianceFixture, ELF_BYTES, PDF_BYTES, type ComplianceFixture } from './test-support/compliance-fixture';
import { run } from '../../db/statement-cache';

let fixture: ComplianceFixture;
afterEach(() => fixture?.cleanup());

let uploads = 0;
function upload(bytes: Buffer): string {
  const uploadId = `upload-${++uploads}-test`;
  receiveChunk(fixture.db, uploadId, 0, bytes);
  return uploadId;
}

const attach = (input: Partial<AttachInput> & { uploadId: string }) =>
  attachEvidence(fixture.db, fixture.lead, { fileName: 'dpa.pdf', region: 'EU', evidenceId: null, title: 'Signed DPA with carrier', validUntil: '2027-06-30', resultId: null, ...input }, () => NOW);

async function refusal(promise: Promise<unknown>): Promise<{ code: string; field: string | undefined; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ServiceError) return { code: error.code, field: error.field, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('evidence', () => {
  it('stores a file by its sha256 beside the database, links it, and keeps the same bytes once across revisions', async () => {
    fixture = complianceFixture();
    const { id } = createAssessment(fixture.db, fixture.lead, { region: 'EU', framework: 'gdpr', period: '2026-Q4', ownerId: null, dueDay: null }, NOW);
    const first = await attach({ uploadId: upload(PDF_BYTES), resultId: `${id}/gdpr.processor-contracts` });
    expect(first).toMatchObject({ revision: 1, mime: 'application/pdf', size: PDF_BYTES.length, newFile: true });
    expect(first.sha256).toBe(createHash('sha256').update(PDF_BYTES).digest('hex'));
    expect(existsSync(blobPath(fixture.db, first.sha256))).toBe(true);
    expect(evidenceDir(fixture.db)).toBe(path.join(path.dirname(fixture.file), 'evidence'));

    const second = await attach({ uploadId: upload(PDF_BYTES), evidenceId: first.evidenceId, fileName: 'dpa-v2.pdf' });
    expect(second).toMatchObject({ evidenceId: first.evidenceId, revision: 2, newFile: false });
    expect(readdirSync(path.dirname(blobPath(fixture.db, first.sha256)))).toEqual([first.sha256]);

    const item = checklist(fixture.db, fixture.lead, id, NOW).items.find((one) => one.requirement.id === 'gdpr.processor-contracts');
    expect(item?.evidence).toEqual([{ evidenceId: first.evidenceId, title: 'Signed DPA with carrier', revision: 2, sha256: first.sha256, fileName: 'dpa-v2.pdf', validUntil: '2027-06-30' }]);
    const browser = listEvidence(fixture.db, fixture.lead, { region: 'EU' }, NOW);
    expect(browser).toHaveLength(1);
    expect(browser[0]).toMatchObject({ links: 1, present: true, revisions: [{ revision: 2 }, { revision: 1 }] });
    expect(unlinkEvidence(fixture.db, fixture.lead, `${id}/gdpr.processor-contracts`, first.evidenceId, NOW)).toEqual({ unlinked: true });
  });

  it('refuses an executable by its content, whatever its name, and stores nothing', async () => {
    fixture = complianceFixture();
    expect(await refusal(attach({ uploadId: upload(ELF_BYTES), fileName: 'invoice.pdf' }))).toMatchObject({
      code: 'invalid_input', field: 'fileName', message: expect.stringContaining('executables are never kept'),
    });
    expect(listEvidence(fixture.db, fixture.lead, {}, NOW)).toEqual([]);
  });

  it('takes a CSV as plain text and refuses binary it cannot name', async () => {
    fixture = complianceFixture();
    const csv = await attach({ uploadId: upload(Buffer.from('month,parcels,kg_co2e\n2026-10,1200,1380\n')), fileName: 'emissions.csv', title: 'Emissions workbook' });
    expect(csv.mime).toBe('text/plain');
    expect(await refusal(attach({ uploadId: upload(Buffer.from([0, 1, 2, 3, 250, 251, 252])), fileName: 'x.xlsx' }))).toMatchObject({ code: 'invalid_input', field: 'fileName' });
  });

  it('resumes an upload at the offset it has, and refuses more than 25 MB', () => {
    fixture = complianceFixture();
    expect(receiveChunk(fixture.db, 'resume-test-1', 0, PDF_BYTES.subarray(0, 10))).toEqual({ received: 10 });
    try {
      receiveChunk(fixture.db, 'resume-test-1', 0, PDF_BYTES.subarray(0, 10));
      throw new Error('a chunk sent again at 0 is refused');
    } catch (error) {
      expect(error).toMatchObject({ code: 'conflict', field: 'offset', message: expect.stringContaining('offset 10') });
    }
    expect(receiveChunk(fixture.db, 'resume-test-1', 10, PDF_BYTES.subarray(10))).toEqual({ received: PDF_BYTES.length });
    const big = Buffer.alloc(MAX_EVIDENCE_BYTES);
    receiveChunk(fixture.db, 'big-test-1', 0, big);
    expect(() => receiveChunk(fixture.db, 'big-test-1', big.length, Buffer.alloc(1))).toThrow(/25 MB/);
  });

  it('refuses attaching to a signed-off assessment, and puts tampering with an evidence hash in view', async () => {
    fixture = complianceFixture();
    const { id } = createAssessment(fixture.db, fixture.manager, { region: 'EU', framework: 'dsa', period: '2026-Q4', ownerId: null, dueDay: null }, NOW);
    const stored = await attach({ uploadId: upload(PDF_BYTES), resultId: `${id}/dsa.transparency-report`, title: 'Transparency report 2026' });
    setAssessmentStatus(fixture.db, fixture.manager, id, 'in_review', NOW);
    signOff(fixture.db, fixture.manager, id, NOW + 1);
    expect(await refusal(attach({ uploadId: upload(PDF_BYTES), resultId: `${id}/dsa.terms` }))).toMatchObject({ code: 'conflict' });
    run(fixture.db, "UPDATE compliance_evidence_revisions SET sha256 = ? WHERE evidence_id = ?", ['0'.repeat(64), stored.evidenceId]);
    expect(checklist(fixture.db, fixture.manager, id, NOW + 2).signature?.intact).toBe(false);
  });

  it('answers attachEvidence through the dispatcher, which waits for the sniff', async () => {
    fixture = complianceFixture();
    const dispatcher = createDispatcher(handlers, () => ({ db: fixture.db, person: fixture.lead, now: () => NOW }), () => {});
    const chunk = await dispatcher.dispatchAsync('compliance.uploadChunk', { uploadId: 'dispatch-test-1', offset: 0, base64: PDF_BYTES.toString('base64') });
    expect(chunk).toEqual({ ok: true, value: { received: PDF_BYTES.length } });
    const answer = await dispatcher.dispatchAsync('compliance.attachEvidence', { uploadId: 'dispatch-test-1', fileName: 'policy.pdf', region: 'EU', title: 'Privacy policy' });
    expect(answer).toMatchObject({ ok: true, value: { revision: 1, mime: 'application/pdf' } });
    expect(dispatcher.dispatch('compliance.attachEvidence', { uploadId: 'dispatch-test-2', fileName: 'policy.pdf', region: 'EU', title: 'Privacy policy' })).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
