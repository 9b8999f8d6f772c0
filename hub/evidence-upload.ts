// Evidence bytes on the hub (hub/PROTOCOL.md, "Evidence"): a console uploads a file in chunks, each at the offset
// the hub says it has, so an upload killed midway resumes where it broke off; the whole file is checked against its
// sha256 before it is kept, and any console of a region holding a revision with that hash downloads it on demand.
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { MAX_EVIDENCE_BYTES } from '../shared/compliance';
import type { HubPerson } from '../shared/hub-protocol';
import { inTransaction, type Pool } from './db/pool';

/** Largest chunk taken in one request. */
export const MAX_CHUNK_BYTES = 1024 * 1024;

export interface EvidenceAnswer {
  status: number;
  body: string | Buffer;
  type?: string;
}

const json = (status: number, value: unknown): EvidenceAnswer => ({ status, body: JSON.stringify(value) });
const refused = (status: number, code: string, message: string, field?: string): EvidenceAnswer =>
  json(status, { error: { code, message, ...(field ? { field } : {}) } });

const NOT_FOUND = refused(404, 'not_found', 'No evidence revision with this sha256 is in the regions you are granted');

/** Whether a revision with these bytes lies in a region the person is granted: the same rule as the rows' pulls. */
async function granted(pool: Pool, person: HubPerson, sha256: string): Promise<boolean> {
  const { rows } = await pool.query('SELECT 1 FROM compliance_evidence_revisions WHERE sha256 = $1 AND region = ANY($2::text[]) LIMIT 1', [sha256, person.regions]);
  return rows.length > 0;
}

async function received(pool: Pool, sha256: string): Promise<{ complete: boolean; received: number }> {
  const { rows: blob } = await pool.query<{ size: number }>('SELECT size FROM hub_evidence_blobs WHERE sha256 = $1', [sha256]);
  if (blob[0]) return { complete: true, received: Number(blob[0].size) };
  const { rows } = await pool.query<{ n: string | null }>('SELECT sum(length(bytes)) AS n FROM hub_evidence_chunks WHERE sha256 = $1', [sha256]);
  return { complete: false, received: Number(rows[0]?.n ?? 0) };
}

function readBytes(request: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        resolve(null);
        request.resume();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
    // A connection cut midway (the console killed, the network gone) ends the request without its end: nothing is kept.
    request.on('close', () => {
      if (!request.complete) reject(new Error('The upload broke off before the chunk was whole'));
    });
  });
}

/** GET evidence/<sha256>/upload: how much of the file the hub holds. */
export async function uploadStatus(pool: Pool, person: HubPerson, sha256: string): Promise<EvidenceAnswer> {
  if (!(await granted(pool, person, sha256))) return NOT_FOUND;
  return json(200, await received(pool, sha256));
}

/** PUT evidence/<sha256>/chunk?offset=N&size=S: one chunk at the offset the hub holds up to; the last one completes it. */
export async function putChunk(pool: Pool, person: HubPerson, sha256: string, url: URL, request: IncomingMessage): Promise<EvidenceAnswer> {
  const offset = Number(url.searchParams.get('offset'));
  const size = Number(url.searchParams.get('size'));
  if (!Number.isSafeInteger(offset) || offset < 0) return refused(400, 'invalid_input', `offset "${url.searchParams.get('offset')}" is not a byte offset`, 'offset');
  if (!Number.isSafeInteger(size) || size < 1 || size > MAX_EVIDENCE_BYTES) return refused(400, 'invalid_input', `size "${url.searchParams.get('size')}" is not between 1 byte and 25 MB`, 'size');
  if (!(await granted(pool, person, sha256))) return NOT_FOUND;
  const bytes = await readBytes(request, MAX_CHUNK_BYTES);
  if (bytes === null) return refused(413, 'too_large', `A chunk is ${MAX_CHUNK_BYTES} bytes at most`);
  if (offset + bytes.length > size) return refused(400, 'invalid_input', `The chunk runs past the file's ${size} bytes`, 'size');
  return inTransaction(pool, 'BEGIN', async (client) => {
    // One upload of a file at a time: a second console sending the same bytes waits, then finds them there.
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [sha256]);
    const { rows: blob } = await client.query('SELECT 1 FROM hub_evidence_blobs WHERE sha256 = $1', [sha256]);
    if (blob.length > 0) return json(200, { complete: true, received: size });
    const { rows } = await client.query<{ n: string | null }>('SELECT sum(length(bytes)) AS n FROM hub_evidence_chunks WHERE sha256 = $1', [sha256]);
    const have = Number(rows[0]?.n ?? 0);
    if (offset !== have) return refused(409, 'conflict', `The hub holds ${have} bytes of this file: send the chunk at offset ${have}`, 'offset');
    await client.query('INSERT INTO hub_evidence_chunks (sha256, "offset", bytes) VALUES ($1, $2, $3)', [sha256, offset, bytes]);
    if (have + bytes.length < size) return json(200, { complete: false, received: have + bytes.length });
    const { rows: parts } = await client.query<{ bytes: Buffer }>('SELECT bytes FROM hub_evidence_chunks WHERE sha256 = $1 ORDER BY "offset"', [sha256]);
    const whole = Buffer.concat(parts.map((part) => part.bytes));
    await client.query('DELETE FROM hub_evidence_chunks WHERE sha256 = $1', [sha256]);
    const actual = createHash('sha256').update(whole).digest('hex');
    if (actual !== sha256) {
      // Committed with the chunks gone: the console starts the file again from the first byte.
      return refused(422, 'sha256_mismatch', `The bytes received hash to ${actual}, not ${sha256}: send the file again`, 'sha256');
    }
    await client.query('INSERT INTO hub_evidence_blobs (sha256, size, bytes, received_at) VALUES ($1, $2, $3, $4)', [sha256, whole.length, whole, Date.now()]);
    return json(200, { complete: true, received: whole.length });
  });
}

/** GET evidence/<sha256>: the whole file, once the hub has it. */
export async function getEvidence(pool: Pool, person: HubPerson, sha256: string): Promise<EvidenceAnswer> {
  if (!(await granted(pool, person, sha256))) return NOT_FOUND;
  const { rows } = await pool.query<{ bytes: Buffer }>('SELECT bytes FROM hub_evidence_blobs WHERE sha256 = $1', [sha256]);
  if (!rows[0]) return refused(404, 'not_found', 'The hub does not have these bytes yet: the console that attached them has not uploaded them');
  return { status: 200, body: rows[0].bytes, type: 'application/octet-stream' };
}

const PATH = /^evidence\/([0-9a-f]{64})(\/upload|\/chunk)?$/;

/** Routes evidence requests; null when the path is not one of them. */
export function evidenceRoute(pool: Pool, person: HubPerson, method: string, name: string, url: URL, request: IncomingMessage): Promise<EvidenceAnswer> | null {
  const match = PATH.exec(name);
  if (!match) return null;
  const [, sha256, tail] = match as unknown as [string, string, string | undefined];
  if (tail === undefined && method === 'GET') return getEvidence(pool, person, sha256);
  if (tail === '/upload' && method === 'GET') return uploadStatus(pool, person, sha256);
  if (tail === '/chunk' && method === 'PUT') return putChunk(pool, person, sha256, url, request);
  return null;
}
