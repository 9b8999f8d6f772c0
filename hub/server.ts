// The hub's HTTP face. What it keeps between requests (tokens read, consoles' records, pages lately built, the count of
// refused tokens per address for a minute) is checked against PostgreSQL (the auth version, the announcements of
// changes) before it is used, so several hubs can serve one database behind a load balancer.
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
import { evidenceRoute } from './evidence-upload';
import { describeInvalidBody } from './invalid-body';
import { serveIngest } from './ingest/ingest-route';
import { DEFAULT_PRUNE_EVERY_MS, DEFAULT_RETENTION_MS, schedulePruning } from './pruning';
import { ClientRecords } from './client-records';
import { pull } from './pull';
import { ClientMismatchError } from './push';
import { PushLane } from './push-lane';
import { SignInLimiter } from './sign-in-limiter';
import { SharedPages } from './shared-pages';
import { TokenCache } from './tokens';

const MAX_BODY_BYTES = 5_000_000;
/** Connections per hub process: pulls' pages, pushes' transactions, and the one-row reads every request makes. */
const READ_CONNECTIONS = 6;
const PUSH_CONNECTIONS = 4;
const CONTROL_CONNECTIONS = 2;
/** Grants changed by an admin, pruning, and what tests write through `Hub.pool`. */
const ADMIN_CONNECTIONS = 2;

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
  /** The pool admin writes and pruning go through (tests write through it too); pushes have their own thread. */
  pool: Pool;
  /** Long polls waiting, and incremental pages built: what tests and the bench look at. */
  stats(): { waiting: number; pagesBuilt: number };
  server: Server;
  close(): Promise<void>;
}

export async function startHub(options: HubOptions): Promise<Hub> {
  const log = options.log ?? (() => {});
  // Pools of their own, so that no kind of work queues behind another: pushes (in their own thread, push-lane.ts) never
  // wait behind pulls, and the small reads every request makes (token version, console records) never wait behind either.
  const pushes = new PushLane({ databaseUrl: options.databaseUrl, connections: PUSH_CONNECTIONS });
  const pool = createPool(options.databaseUrl, ADMIN_CONNECTIONS);
  const reads = createPool(options.databaseUrl, READ_CONNECTIONS);
  const control = createPool(options.databaseUrl, CONTROL_CONNECTIONS);
  const clients = new ClientRecords(control);
  const readHead = async () => (await control.query<{ seq: number }>('SELECT seq FROM hub_sequence')).rows[0]?.seq ?? 0;
  const waiter = new ChangeWaiter(options.databaseUrl, readHead, (pushed) => clients.forget(pushed));
  await waiter.start();
  const pages = new SharedPages(reads);
  const host = options.host ?? '127.0.0.1';
  // Demo tokens are printed in the README: only a hub no other machine can reach may take them.
  const demoAllowed = isLoopbackHost(host);
  const limiter = new SignInLimiter();
  const tokens = new TokenCache(control, demoAllowed);
  const stopPruning = schedulePruning(pool, {
    everyMs: options.pruneEveryMs ?? DEFAULT_PRUNE_EVERY_MS,
    retentionMs: options.retentionMs ?? DEFAULT_RETENTION_MS,
    log,
  });

  async function route(request: IncomingMessage, response: ServerResponse, person: HubPerson, name: string, url: URL, signal: AbortSignal): Promise<void> {
    const method = request.method ?? 'GET';
    const evidence = evidenceRoute(pool, person, method, name, url, request);
    if (evidence) {
      const answer = await evidence;
      if (response.headersSent) return;
      response.writeHead(answer.status, { 'content-type': answer.type ?? 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      response.end(answer.body);
      return;
    }
    if (name === 'me' && method === 'GET') {
      const identity: HubIdentity = { ...person, dataSet: await readDataSet(control) };
      return send(response, 200, JSON.stringify(identity));
    }
    if (name === 'pull' && method === 'POST') {
      const body = await readJson(request, pullRequestSchema);
      if (!(await clients.claim(body.clientId, person.id))) throw new ClientMismatchError();
      const page = await pull({ reads, waiter, pages, clients }, { person, ...body, signal, ...(options.pageRows ? { pageRows: options.pageRows } : {}) });
      return page === null ? undefined : send(response, 200, page);
    }
    if (name === 'push' && method === 'POST') {
      const body = await readJson(request, pushRequestSchema);
      // Edits made on another data set name items that are not these: never apply them here.
      if (body.dataSet !== undefined && body.dataSet !== (await readDataSet(pool))) {
        throw new HttpError(409, 'other_data_set', 'This hub serves another data set than the one these edits were made on', 'dataSet');
      }
      return send(response, 200, JSON.stringify(await pushes.push(person, body.clientId, body.sentAt, body.mutations)));
    }
    if (name === 'admin/grants' && method === 'POST') {
      if (person.role !== 'admin') throw new HttpError(403, 'forbidden', 'Only an admin may change region grants');
      const body = await readJson(request, grantsSchema);
      return send(response, 200, JSON.stringify(await setGrants(pool, body.personId, body.regions)));
    }
    throw new HttpError(404, 'not_found', `There is no ${method} ${HUB_API_PREFIX}${name.slice(0, 60)}`);
  }

  async function handle(request: IncomingMessage, response: ServerResponse, signal: AbortSignal): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://hub');
    if (!url.pathname.startsWith(HUB_API_PREFIX)) throw new HttpError(404, 'not_found', 'Not found');
    const name = url.pathname.slice(HUB_API_PREFIX.length);
    if (name === 'health') {
      await control.query('SELECT 1');
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
    const person = token ? await tokens.authenticate(token, Date.now()) : null;
    if (!person) {
      limiter.failed(address, Date.now());
      throw new HttpError(401, 'unauthorized', 'The hub does not know this token, or it has expired or been revoked');
    }
    await route(request, response, person, name, url, signal);
  }

  const server = createServer((request, response) => {
    // A client that goes before its answer (a long poll given up) stops its wait and leaves no work behind.
    const gone = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) gone.abort();
    });
    handle(request, response, gone.signal).catch((error: unknown) => {
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
    stats: () => ({ waiting: waiter.waiting, pagesBuilt: pages.built }),
    async close() {
      stopPruning();
      await waiter.close();
      await pushes.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([pool.end(), reads.end(), control.end()]);
    },
  };
}
