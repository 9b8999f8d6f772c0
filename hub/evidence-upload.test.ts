// Evidence bytes uploaded to a real hub in chunks: a chunk cut off midway leaves nothing, the upload resumes at the
// offset the hub names and ends with the file whose sha256 it was announced under; other bytes are refused; other
// regions cannot see the file.
import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mutation } from '../shared/hub-protocol';
import { MAX_CHUNK_BYTES } from './evidence-upload';
import { seededHub, TOKENS, type HubFixture } from './test-support/hub-fixture';

let fixture: HubFixture;
beforeAll(async () => {
  fixture = await seededHub('hub_evidence_upload', 50);
}, 60_000);
afterAll(async () => fixture?.cleanup());

const AT = Date.UTC(2026, 10, 20, 10);
const FILE = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(3 * MAX_CHUNK_BYTES + 12_345)]);
const SHA = createHash('sha256').update(FILE).digest('hex');
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

async function announce(sha256: string, size: number, id: string): Promise<void> {
  const mutations: Mutation[] = [
    { id: 1, name: 'compliance.put', at: AT, args: { table: 'compliance_evidence', row: [`e-${id}`, 'EU', 'Signed DPA', '2027-06-30', AT, 1] } },
    { id: 2, name: 'compliance.put', at: AT, args: { table: 'compliance_evidence_revisions', row: [`r-${id}`, `e-${id}`, 'EU', 1, sha256, 'dpa.pdf', 'application/pdf', size, AT, 1] } },
  ];
  const response = await fetch(`${fixture.hub.url}/v1/push`, {
    method: 'POST',
    headers: { ...auth(TOKENS.ana), 'content-type': 'application/json' },
    body: JSON.stringify({ clientId: `evidence-${id}-console`, sentAt: AT, mutations }),
  });
  const answer = (await response.json()) as { results: { status: string }[] };
  expect(answer.results.map((r) => r.status)).toEqual(['applied', 'applied']);
}

interface Answer {
  code: number;
  body: { complete: boolean; received: number; error?: { code: string; field?: string; message: string } };
}

const status = async (token: string, sha256 = SHA): Promise<Answer> => {
  const response = await fetch(`${fixture.hub.url}/v1/evidence/${sha256}/upload`, { headers: auth(token) });
  return { code: response.status, body: (await response.json()) as Answer['body'] };
};

const put = async (bytes: Buffer, offset: number, sha256 = SHA, size = FILE.length): Promise<Answer> => {
  const response = await fetch(`${fixture.hub.url}/v1/evidence/${sha256}/chunk?offset=${offset}&size=${size}`, { method: 'PUT', headers: auth(TOKENS.ana), body: bytes });
  return { code: response.status, body: (await response.json()) as Answer['body'] };
};

/** Sends half a chunk and cuts the connection, as a console killed midway would. */
function cutOff(offset: number): Promise<void> {
  return new Promise((resolve) => {
    const url = new URL(`${fixture.hub.url}/v1/evidence/${SHA}/chunk?offset=${offset}&size=${FILE.length}`);
    const req = httpRequest(url, { method: 'PUT', headers: { ...auth(TOKENS.ana), 'content-length': String(MAX_CHUNK_BYTES) } });
    req.on('error', () => resolve());
    req.write(FILE.subarray(offset, offset + MAX_CHUNK_BYTES / 2), () => setTimeout(() => {
      req.destroy();
      resolve();
    }, 100));
  });
}

describe('evidence upload', () => {
  it('resumes a killed upload at the offset the hub holds and keeps the file under its sha256', async () => {
    await announce(SHA, FILE.length, 'one');
    expect(await status(TOKENS.putri)).toMatchObject({ code: 404 });
    expect(await status(TOKENS.ana)).toEqual({ code: 200, body: { complete: false, received: 0 } });

    expect(await put(FILE.subarray(0, MAX_CHUNK_BYTES), 0)).toEqual({ code: 200, body: { complete: false, received: MAX_CHUNK_BYTES } });
    await cutOff(MAX_CHUNK_BYTES);
    // The broken chunk left nothing: the hub still holds the first chunk only.
    expect(await status(TOKENS.ana)).toEqual({ code: 200, body: { complete: false, received: MAX_CHUNK_BYTES } });
    const again = await put(FILE.subarray(0, MAX_CHUNK_BYTES), 0);
    expect(again).toMatchObject({ code: 409, body: { error: { field: 'offset', message: `The hub holds ${MAX_CHUNK_BYTES} bytes of this file: send the chunk at offset ${MAX_CHUNK_BYTES}` } } });

    let offset = (await status(TOKENS.ana)).body.received;
    let last: Answer | undefined;
    while (offset < FILE.length) {
      last = await put(FILE.subarray(offset, offset + MAX_CHUNK_BYTES), offset);
      offset = last.body.received;
    }
    expect(last).toEqual({ code: 200, body: { complete: true, received: FILE.length } });
    const download = await fetch(`${fixture.hub.url}/v1/evidence/${SHA}`, { headers: auth(TOKENS.jonas) });
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(SHA);
    expect((await fetch(`${fixture.hub.url}/v1/evidence/${SHA}`, { headers: auth(TOKENS.putri) })).status).toBe(404);
    const { rows } = await fixture.pool.query('SELECT count(*)::int AS n FROM hub_evidence_chunks');
    expect(rows[0].n).toBe(0);
  });

  it('refuses bytes that do not hash to the announced sha256, and starts that file again', async () => {
    const claimed = createHash('sha256').update('the real file').digest('hex');
    await announce(claimed, 10, 'two');
    expect(await put(Buffer.from('other file'), 0, claimed, 10)).toMatchObject({ code: 422, body: { error: { code: 'sha256_mismatch', field: 'sha256' } } });
    expect(await status(TOKENS.ana, claimed)).toEqual({ code: 200, body: { complete: false, received: 0 } });
  });
});
