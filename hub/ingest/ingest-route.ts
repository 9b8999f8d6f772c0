// `POST /v1/ingest/<table>?source=<source>`: a platform's system sends an NDJSON batch with a service token (and
// `GET /v1/ingest/runs` lists the hub's imports, for the same token's regions). The
// batch is written as the source's export files (batch-export.ts) and imported exactly as `npm run hub:import` does
// (hub-import.ts), so it is idempotent by the source's own ids; bad lines come back with their line, field, value and
// reason. Answers every outcome itself; whatever else goes wrong is the server's 503.
import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { MAX_RECORD_BYTES } from '../../main/ingest/csv-file';
import { RATES_DIR } from '../../main/ingest/sources/rates-dir';
import { SOURCES, sourceNamed } from '../../main/ingest/sources/olist';
import type { SourceMapping } from '../../main/ingest/mapping';
import type { Pool } from '../db/pool';
import type { SignInLimiter } from '../sign-in-limiter';
import { hashToken } from '../tokens';
import { INGEST_TABLES, writeBatchExport, type IngestTable, type LineReject } from './batch-export';
import { importIntoHub } from './hub-import';
import { endHubRun, finishHubRun, readHubRuns, startHubRun } from './import-runs';
import { BatchTooLarge, ndjsonLines } from './ndjson-lines';
import { authenticateService, type ServiceToken } from './service-tokens';

/** The most one request may carry: a batch, not a whole export (that is `npm run hub:import`'s). */
export const MAX_BATCH_BYTES = 64 << 20;
/** Rejects listed in an answer at most; the count says how many there were. */
const LISTED_REJECTS = 100;

function answer(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent) return;
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

const refuse = (response: ServerResponse, status: number, code: string, message: string, field?: string) =>
  answer(response, status, { error: { code, message, ...(field ? { field } : {}) } });

async function isConsoleToken(pool: Pool, token: string): Promise<boolean> {
  const { rows } = await pool.query('SELECT 1 FROM hub_tokens WHERE token_hash = $1 AND revoked_at IS NULL', [hashToken(token)]);
  return rows.length > 0;
}

/**
 * One reject a line, the first in the engine's order (parents before children): a line whose order was refused also
 * had its items refused for want of the order, and the order's reason is the one to fix.
 */
function byLine(rejects: (LineReject & { file?: string })[], mapping: SourceMapping): LineReject[] {
  const files = Object.values(mapping.entities).map((e) => e.file);
  const rank = (r: { file?: string }) => (r.file === undefined ? -1 : files.indexOf(r.file));
  const first = new Map<number, LineReject & { file?: string }>();
  for (const r of rejects) {
    const held = first.get(r.line);
    if (!held || rank(r) < rank(held)) first.set(r.line, r);
  }
  return [...first.values()].sort((a, b) => a.line - b.line).map(({ file: _file, ...r }) => r);
}

/** Runs listed at most in one answer. */
const MAX_RUNS = 100;

/** `GET /v1/ingest/runs[?source=&limit=]`: the latest imports of the sources whose region the token may ingest for. */
async function serveRuns(pool: Pool, request: IncomingMessage, response: ServerResponse, service: ServiceToken): Promise<void> {
  if (request.method !== 'GET') return refuse(response, 405, 'method_not_allowed', `The list of runs takes GET, not ${request.method}`);
  const query = new URL(request.url ?? '/', 'http://hub').searchParams;
  const limitText = query.get('limit') ?? '20';
  const limit = /^\d{1,4}$/.test(limitText) ? Number(limitText) : NaN;
  if (!(limit >= 1 && limit <= MAX_RUNS)) return refuse(response, 400, 'invalid_input', `limit "${limitText.slice(0, 20)}" is not a whole number from 1 to ${MAX_RUNS}`, 'limit');
  const sourceName = query.get('source');
  const mapping = sourceName === null ? undefined : sourceNamed(sourceName);
  if (sourceName !== null && !mapping) return refuse(response, 400, 'invalid_input', `source "${sourceName.slice(0, 60)}" is not a source this hub has a mapping for: use one of ${Object.keys(SOURCES).join(', ')}`, 'source');
  if (mapping && !service.regions.includes(mapping.region)) {
    return refuse(response, 403, 'forbidden', `This service token may not see runs for region ${mapping.region} (source ${mapping.source}); it may for ${service.regions.join(', ')}`, 'region');
  }
  const sources = mapping ? [mapping.source] : Object.values(SOURCES).filter((m) => service.regions.includes(m.region)).map((m) => m.source);
  return answer(response, 200, { runs: await readHubRuns(pool, { sources, limit }) });
}

export async function serveIngest(pool: Pool, request: IncomingMessage, response: ServerResponse, table: string, limiter: SignInLimiter): Promise<void> {
  const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
  const service = token ? await authenticateService(pool, token, Date.now()) : null;
  if (!service) {
    if (token && (await isConsoleToken(pool, token))) {
      return refuse(response, 403, 'forbidden', "A console's token may not ingest: a platform's system ingests with a service token (npm run hub:admin -- service-token issue)");
    }
    limiter.failed(request.socket.remoteAddress ?? '', Date.now());
    return refuse(response, 401, 'unauthorized', 'The hub does not know this service token, or it has expired or been revoked');
  }
  if (table === 'runs') return serveRuns(pool, request, response, service);
  if (request.method !== 'POST') return refuse(response, 405, 'method_not_allowed', `Ingest takes POST, not ${request.method}`);
  if (!Object.hasOwn(INGEST_TABLES, table)) {
    return refuse(response, 404, 'not_found', `There is no table "${table.slice(0, 60)}" to ingest into: use one of ${Object.keys(INGEST_TABLES).join(', ')}`, 'table');
  }
  const sourceName = new URL(request.url ?? '/', 'http://hub').searchParams.get('source') ?? '';
  const mapping = sourceNamed(sourceName);
  if (!mapping) return refuse(response, 400, 'invalid_input', `source "${sourceName.slice(0, 60)}" is not a source this hub has a mapping for: use one of ${Object.keys(SOURCES).join(', ')}`, 'source');
  if (!service.regions.includes(mapping.region)) {
    return refuse(response, 403, 'forbidden', `This service token may not ingest for region ${mapping.region} (source ${mapping.source}); it may for ${service.regions.join(', ')}`, 'region');
  }

  const runId = await startHubRun(pool, mapping.source, `ingest ${table} (service token #${service.id} ${service.label})`, Date.now());
  const temp = mkdtempSync(path.join(tmpdir(), 'ops-hub-ingest-'));
  // Through a pass-through, so a batch over the cap stops being read without destroying the socket the answer goes on.
  const body = request.pipe(new PassThrough());
  // A client gone before the end of its body ends the read with an error, never leaves it waiting.
  request.on('close', () => {
    if (!request.complete) body.destroy(new Error('The request was cut off before the end of its body'));
  });
  try {
    const batch = await writeBatchExport(temp, mapping, table as IngestTable, ndjsonLines(body, { maxBytes: MAX_BATCH_BYTES, maxLineBytes: MAX_RECORD_BYTES }));
    const { summary, written, transactions, rejects: kept } = await importIntoHub(pool, mapping, { dir: temp, ratesDir: RATES_DIR, scope: batch.scope });
    if (summary.state === 'refused') {
      await endHubRun(pool, runId, 'refused', summary.message ?? '', Date.now());
      return refuse(response, 422, 'refused', `Nothing was written: ${summary.message ?? ''}`);
    }
    const rejects = byLine([...batch.rejects, ...kept.map((r) => ({ line: batch.files.get(r.file)?.lines.get(r.line) ?? 0, field: r.column, value: r.value, reason: r.reason, file: r.file }))], mapping);
    const file = `${table}.ndjson`;
    await finishHubRun(pool, runId, {
      state: 'done',
      message: null,
      records: batch.lines,
      rejects: rejects.map((r) => ({ file, line: r.line, column: r.field, value: r.value, reason: r.reason })),
      written,
      changes: transactions,
    }, Date.now());
    return answer(response, 200, {
      runId,
      source: mapping.source,
      table,
      lines: batch.lines,
      rejected: rejects.length,
      written,
      changes: transactions,
      rejects: rejects.slice(0, LISTED_REJECTS),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await endHubRun(pool, runId, error instanceof BatchTooLarge ? 'refused' : 'failed', message, Date.now()).catch(() => undefined);
    if (!(error instanceof BatchTooLarge)) throw error;
    request.unpipe(body);
    request.resume();
    return refuse(response, 413, 'too_large', error.message);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
