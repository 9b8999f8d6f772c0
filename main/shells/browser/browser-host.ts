// The browser shell: the same core and renderer, served over HTTP on 127.0.0.1 only. A random token
// per launch guards the API, so no other local page or process can call it. The core's events reach the
// page as Server-Sent Events on the same token.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY, HOST_TOKEN_HEADER, HOST_TOKEN_PARAM } from '../../../shared/bridge';
import type { Envelope, ErrorCode } from '../../../shared/contract-kit';
import type { CoreClient } from '../../core/core-client';
import { BodyTooLargeError, readBody } from '../../http/read-body';
import { readRendererFile } from '../renderer-files';
import { parseRequestTarget } from './request-target';

// A call's input: a roster CSV to import (rosters.import, up to 6 MB) arrives base64, a third larger.
const MAX_BODY_BYTES = 8_500_000;
/** A comment line this often keeps the stream open through idle spells and finds a client gone without a word. */
const HEARTBEAT_MS = 20_000;
/** How long EventSource waits before it reconnects after the stream drops. */
const RECONNECT_MS = 1_000;

const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  forbidden: 403,
  not_found: 404,
  unknown_call: 404,
  conflict: 409,
  internal: 500,
};

export interface BrowserHost {
  url: string;
  server: Server;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function send(response: ServerResponse, status: number, body: string | Buffer, contentType: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': contentType, 'cache-control': 'no-store' });
  response.end(body);
}

function sendEnvelope(response: ServerResponse, envelope: Envelope<unknown>): void {
  send(response, envelope.ok ? 200 : HTTP_STATUS[envelope.error.code], JSON.stringify(envelope), 'application/json');
}

function sendError(response: ServerResponse, status: number, code: ErrorCode, message: string): void {
  send(response, status, JSON.stringify({ ok: false, error: { code, message } }), 'application/json');
}

function tokenMatches(presented: string | string[] | null | undefined, token: string): boolean {
  if (typeof presented !== 'string' || presented.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(presented), Buffer.from(token));
}

async function handleApi(request: IncomingMessage, response: ServerResponse, core: CoreClient, token: string, name: string) {
  if (request.method !== 'POST') return sendError(response, 405, 'invalid_input', 'Calls are POST requests');
  if (!tokenMatches(request.headers[HOST_TOKEN_HEADER], token)) {
    return sendError(response, 401, 'forbidden', 'This page has no valid console token; open the URL the console printed');
  }
  let body: string;
  try {
    body = await readBody(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return sendError(response, 413, 'invalid_input', error.message);
    throw error;
  }
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body);
  } catch {
    return sendError(response, 400, 'invalid_input', 'The request body is not valid JSON');
  }
  sendEnvelope(response, await core.call(name, input));
}

/** Streams the core's events to one page until it goes; its listener goes with it. */
function handleEvents(
  request: IncomingMessage,
  response: ServerResponse,
  core: CoreClient,
  token: string,
  query: URLSearchParams,
  streams: Set<ServerResponse>,
) {
  if (request.method !== 'GET') return sendError(response, 405, 'invalid_input', 'The event stream is a GET request');
  // EventSource cannot set headers: this path alone takes the token in the query.
  if (!tokenMatches(query.get(HOST_TOKEN_PARAM) ?? request.headers[HOST_TOKEN_HEADER], token)) {
    return sendError(response, 401, 'forbidden', 'This page has no valid console token; open the URL the console printed');
  }
  // `connection: close`: the socket ends with the stream, so closing the host waits for nothing.
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'close',
  });
  response.write(`retry: ${RECONNECT_MS}\n\n`);
  const stop = core.onEvent((event) => response.write(`data: ${JSON.stringify(event)}\n\n`));
  const heartbeat = setInterval(() => response.write(': still here\n\n'), HEARTBEAT_MS);
  streams.add(response);
  response.on('close', () => {
    stop();
    clearInterval(heartbeat);
    streams.delete(response);
  });
}

export function startBrowserHost(core: CoreClient, options: { port: number }): Promise<BrowserHost> {
  const token = randomBytes(24).toString('base64url');
  const streams = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    const port = (server.address() as AddressInfo).port;
    // Refuse other host names, so a web page cannot reach us through DNS rebinding.
    if (request.headers.host !== `127.0.0.1:${port}` && request.headers.host !== `localhost:${port}`) {
      return send(response, 421, 'Unknown host', 'text/plain');
    }
    const target = parseRequestTarget(request.url);
    if (!target) return sendError(response, 400, 'invalid_input', 'The request names no valid path');
    if (target.kind === 'events') return handleEvents(request, response, core, token, target.query, streams);
    if (target.kind === 'call') {
      handleApi(request, response, core, token, target.name).catch(() =>
        sendError(response, 500, 'internal', 'The console host failed'),
      );
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed', 'text/plain');
    const file = readRendererFile(target.path);
    if (!file) return send(response, 404, 'Not found', 'text/plain');
    send(response, 200, file.body, file.contentType);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/?${HOST_TOKEN_PARAM}=${token}`,
        server,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            // Event streams never end by themselves: end them, or close would wait for every page to go.
            for (const stream of streams) stream.end();
          }),
      });
    });
  });
}
