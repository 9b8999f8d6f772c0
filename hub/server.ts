// The hub's HTTP face. It keeps nothing between requests but what PostgreSQL holds (and, for a minute, the count of
// refused tokens per address), so several hubs can serve one database behind a load balancer.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { REGION_CODES } from '../shared/domain';
import { HUB_API_PREFIX, pullRequestSchema, pushRequestSchema, type HubIdentity, type HubPerson } from '../shared/hub-protocol';
import { isLoopbackHost } from '../shared/loopback';
import { BodyTooLargeError, readBody } from '../main/http/read-body';
import { setGrants, UnknownPersonError } from './accounts';
import { ChangeWaiter } from './change-waiter';
import { CursorError } from './cursor';
import { readDataSet } from './data-set';
import { createPool, type Pool } from './db/pool';
import { describeInvalidBody } from './invalid-body';
import { serveIngest } from './ingest/ingest-route';
import { DEFAULT_PRUNE_EVERY_MS, DEFAULT_RETENTION_MS, schedulePruning } from './pruning';
import { claimClient, pull } from './pull';
import { applyPush, ClientMismatchError } from './push';
import { SignInLimiter } from './sign-in-limiter';
import { authenticate } from './tokens';

const MAX_BODY_BYTES = 5_000_000;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function send(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  if (response.headersSent) return;
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  response.end(body);
}

async function readJson<S extends z.ZodType>(request: IncomingMessage, schema: S): Promise<z.output<S>> {
  let text: string;
  try {
    text = await readBody(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new HttpError(413, 'too_large', error.message);
    throw error;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'invalid_input', 'The request body is not valid JSON');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const { message, field } = describeInvalidBody(parsed.error, body);
    throw new HttpError(400, 'invalid_input', message, field);
  }
  return parsed.data;
}

const grantsSchema = z.object({ personId: z.number().int().positive(), regions: z.array(z.enum(REGION_CODES)).max(REGION_CODES.length) }).strict();

export interface HubOptions {
  databaseUrl: string;
  port?: number;
  host?: string;
  log?: (line: string) => void;
  /** Rows per pull page (tests use small pages to stop a snapshot midway). */
  pageRows?: number;
  /** How long tombstones and recorded answers are kept, and how often the hub prunes them (hub/pruning.ts). */
  retentionMs?: number;
  pruneEveryMs?: number;
}

export interface Hub {
  url: string;
  pool: Pool;
  server: Server;
  close(): Promise<void>;
}

export async function startHub(options: HubOptions): Promise<Hub> {
  const log = options.log ?? (() => {});
  const pool = createPool(options.databaseUrl);
  const waiter = new ChangeWaiter(options.databaseUrl);
  await waiter.start();
  const host = options.host ?? '127.0.0.1';
  // Demo tokens are printed in the README: only a hub no other machine can reach may take them.
  const demoAllowed = isLoopbackHost(host);
  const limiter = new SignInLimiter();
  const stopPruning = schedulePruning(pool, {
    everyMs: options.pruneEveryMs ?? DEFAULT_PRUNE_EVERY_MS,
    retentionMs: options.retentionMs ?? DEFAULT_RETENTION_MS,
    log,
  });

  async function route(request: IncomingMessage, response: ServerResponse, person: HubPerson, name: string): Promise<void> {
    const method = request.method ?? 'GET';
    if (name === 'me' && method === 'GET') {
      const identity: HubIdentity = { ...person, dataSet: await readDataSet(pool) };
      return send(response, 200, JSON.stringify(identity));
    }
    if (name === 'pull' && method === 'POST') {
      const body = await readJson(request, pullRequestSchema);
      if (!(await claimClient(pool, body.clientId, person.id))) throw new ClientMismatchError();
      return send(response, 200, await pull(pool, { person, ...body, waiter, ...(options.pageRows ? { pageRows: options.pageRows } : {}) }));
    }
    if (name === 'push' && method === 'POST') {
      const body = await readJson(request, pushRequestSchema);
      // Edits made on another data set name items that are not these: never apply them here.
      if (body.dataSet !== undefined && body.dataSet !== (await readDataSet(pool))) {
        throw new HttpError(409, 'other_data_set', 'This hub serves another data set than the one these edits were made on', 'dataSet');
      }
      return send(response, 200, JSON.stringify(await applyPush(pool, person, body.clientId, body.sentAt, body.mutations)));
    }
    if (name === 'admin/grants' && method === 'POST') {
      if (person.role !== 'admin') throw new HttpError(403, 'forbidden', 'Only an admin may change region grants');
      const body = await readJson(request, grantsSchema);
      return send(response, 200, JSON.stringify(await setGrants(pool, body.personId, body.regions)));
    }
    throw new HttpError(404, 'not_found', `There is no ${method} ${HUB_API_PREFIX}${name.slice(0, 60)}`);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://hub');
    if (!url.pathname.startsWith(HUB_API_PREFIX)) throw new HttpError(404, 'not_found', 'Not found');
    const name = url.pathname.slice(HUB_API_PREFIX.length);
    if (name === 'health') {
      await pool.query('SELECT 1');
      return send(response, 200, '{"ok":true}');
    }
    const address = request.socket.remoteAddress ?? '';
    const wait = limiter.waitFor(address, Date.now());
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new HttpError(429, 'too_many_failures', `Too many refused tokens from this address; try again in ${seconds} s`, undefined, { 'retry-after': String(seconds) });
    }
    if (name.startsWith('ingest/')) return serveIngest(pool, request, response, name.slice('ingest/'.length), limiter);
    const header = request.headers.authorization ?? '';
    const token = /^Bearer (\S+)$/.exec(header)?.[1];
    const person = token ? await authenticate(pool, token, { demoAllowed, now: Date.now() }) : null;
    if (!person) {
      limiter.failed(address, Date.now());
      throw new HttpError(401, 'unauthorized', 'The hub does not know this token, or it has expired or been revoked');
    }
    await route(request, response, person, name);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (error instanceof HttpError) {
        const body = { error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) } };
        return send(response, error.status, JSON.stringify(body), error.headers);
      }
      if (error instanceof UnknownPersonError) {
        return send(response, 404, JSON.stringify({ error: { code: 'not_found', message: error.message, field: 'personId' } }));
      }
      if (error instanceof CursorError) {
        return send(response, 400, JSON.stringify({ error: { code: 'invalid_input', message: error.message, field: 'cursor' } }));
      }
      if (error instanceof ClientMismatchError) {
        return send(response, 403, JSON.stringify({ error: { code: 'forbidden', message: 'This console id belongs to another person; sign in again' } }));
      }
      // Requests carry personal data: only the path and the error's own message are logged.
      log(`${request.method} ${request.url?.split('?')[0]} failed: ${error instanceof Error ? error.message : String(error)}`);
      send(response, 503, JSON.stringify({ error: { code: 'unavailable', message: 'The hub could not finish this request; try again' } }));
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host !== '0.0.0.0' ? host : '127.0.0.1'}:${port}`,
    pool,
    server,
    async close() {
      stopPruning();
      await waiter.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
