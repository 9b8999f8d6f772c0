import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HOST_TOKEN_HEADER, HOST_TOKEN_PARAM } from '../../../shared/bridge';
import { createCore, type Core } from '../../core/core';
import type { CoreClient } from '../../core/core-client';
import { fixtureDb, type FixtureDb } from '../../test-support/fixture-db';
import { startBrowserHost, type BrowserHost } from './browser-host';

let fixture: FixtureDb | undefined;
let core: Core | undefined;
let host: BrowserHost | undefined;

afterEach(async () => {
  await host?.close();
  core?.close();
  fixture?.cleanup();
  host = core = fixture = undefined;
});

/** The real host over the real core, on a hand-made store. */
async function start(): Promise<{ port: number; token: string }> {
  fixture = fixtureDb([{ id: 1 }]);
  const { file } = fixture;
  fixture.db.close();
  core = createCore({ dbPath: file, log: () => {} });
  const running = core;
  const client: CoreClient = {
    call: async (name, input) => running.dispatcher.dispatch(name, input),
    grantExportFolder: () => Promise.reject(new Error('the browser host grants no folders')),
    close: async () => {},
  };
  host = await startBrowserHost(client, { port: 0 });
  const url = new URL(host.url);
  return { port: Number(url.port), token: url.searchParams.get(HOST_TOKEN_PARAM) ?? '' };
}

/** Sends bytes as they are (no client library to tidy the request line) and reads the status line. */
function raw(port: number, request: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(request));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text }));
  });
}

function request(port: number, method: string, target: string, headers: Record<string, string> = {}, body = ''): string {
  const lines = [`${method} ${target} HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Connection: close'];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  if (body || method === 'POST') lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

function call(port: number, token: string, name: string, input: unknown) {
  const body = JSON.stringify(input);
  return raw(port, request(port, 'POST', `/api/${name}`, { [HOST_TOKEN_HEADER]: token, 'Content-Type': 'application/json' }, body));
}

describe('browser host: malformed requests', () => {
  it.each(['POST /api/%E0%A4%A', 'GET /%E0', 'GET http://[', 'GET /api/%'])('answers 400 to "%s" and keeps serving', async (line) => {
    const { port, token } = await start();
    const [method, target] = line.split(' ');
    const answer = await raw(port, request(port, method!, target!, { [HOST_TOKEN_HEADER]: token }));
    expect(answer.status).toBe(400);
    const after = await call(port, token, 'session.get', {});
    expect(after.status).toBe(200);
  });
});

describe('browser host: the door', () => {
  it('answers a call with the token and refuses one without it or with another', async () => {
    const { port, token } = await start();
    expect((await call(port, token, 'session.get', {})).status).toBe(200);
    expect((await call(port, '', 'session.get', {})).status).toBe(401);
    expect((await call(port, token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')), 'session.get', {})).status).toBe(401);
    const noHeader = await raw(port, request(port, 'POST', '/api/session.get', {}, '{}'));
    expect(noHeader.status).toBe(401);
  });

  it('refuses other Host headers, so DNS rebinding reaches nothing', async () => {
    const { port, token } = await start();
    const rebound = `POST /api/session.get HTTP/1.1\r\nHost: evil.example:${port}\r\n${HOST_TOKEN_HEADER}: ${token}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`;
    expect((await raw(port, rebound)).status).toBe(421);
    const otherPort = `GET / HTTP/1.1\r\nHost: 127.0.0.1:1\r\nConnection: close\r\n\r\n`;
    expect((await raw(port, otherPort)).status).toBe(421);
    const localhost = `POST /api/session.get HTTP/1.1\r\nHost: localhost:${port}\r\n${HOST_TOKEN_HEADER}: ${token}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`;
    expect((await raw(port, localhost)).status).toBe(200);
  });

  it('grants no cross-origin preflight and takes calls only as POST', async () => {
    const { port, token } = await start();
    const preflight = await raw(
      port,
      request(port, 'OPTIONS', '/api/session.get', {
        Origin: 'https://evil.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': HOST_TOKEN_HEADER,
      }),
    );
    expect(preflight.status).toBe(405);
    expect(preflight.text.toLowerCase()).not.toContain('access-control-allow');
    const get = await raw(port, request(port, 'GET', '/api/session.get', { [HOST_TOKEN_HEADER]: token }));
    expect(get.status).toBe(405);
  });

  it('refuses a body over the limit and a body that is not JSON, and keeps serving', async () => {
    const { port, token } = await start();
    const big = JSON.stringify({ text: 'x'.repeat(1_100_000) });
    const tooBig = await raw(port, request(port, 'POST', '/api/session.get', { [HOST_TOKEN_HEADER]: token }, big));
    expect(tooBig.status).toBe(413);
    const notJson = await raw(port, request(port, 'POST', '/api/session.get', { [HOST_TOKEN_HEADER]: token }, '{"a":'));
    expect(notJson.status).toBe(400);
    expect((await call(port, token, 'session.get', {})).status).toBe(200);
  });

  it('answers an unknown call 404 and an unknown file 404, never a file outside the renderer', async () => {
    const { port, token } = await start();
    expect((await call(port, token, 'db.exec', { sql: 'DROP TABLE feedback' })).status).toBe(404);
    for (const target of ['/../../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/%00']) {
      expect((await raw(port, request(port, 'GET', target))).status).toBe(404);
    }
  });
});
