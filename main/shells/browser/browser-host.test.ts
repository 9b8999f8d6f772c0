// The browser host over real HTTP: its door (Host header, token, methods, body limits, malformed request lines)
// in front of the real core, and its event stream in front of the real core worker: the token and the Host header
// guard it, events arrive as Server-Sent Events, and a page that goes frees its listener.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HOST_EVENTS_PATH, HOST_TOKEN_HEADER, HOST_TOKEN_PARAM } from '../../../shared/bridge';
import { createCore, type Core } from '../../core/core';
import { startCoreWorker, type CoreClient } from '../../core/core-client';
import { fixtureDb, type FixtureDb } from '../../test-support/fixture-db';
import { sourceWorker } from '../../test-support/source-worker';
import { startBrowserHost, type BrowserHost } from './browser-host';

describe('browser host: requests', () => {
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
      onEvent: () => () => {},
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
      const big = JSON.stringify({ text: 'x'.repeat(8_600_000) });
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
});

describe('browser host: events', () => {
  let fixture: FixtureDb;
  let core: CoreClient;
  let host: BrowserHost;
  let token: string;
  let port: number;
  /** The host's subscriptions to the core still open. */
  let listening = 0;

  beforeAll(async () => {
    fixture = fixtureDb([{ id: 1 }, { id: 2, region: 'EU' }]);
    fixture.db.close();
    core = await startCoreWorker({ dbPath: fixture.file }, () => {}, () => {}, sourceWorker);
    // The real client, counted: each subscription the host opens and closes goes through here.
    const counted: CoreClient = {
      call: (name, input) => core.call(name, input),
      grantExportFolder: (folder) => core.grantExportFolder(folder),
      close: () => core.close(),
      onEvent(listener) {
        listening++;
        const stop = core.onEvent(listener);
        return () => {
          listening--;
          stop();
        };
      },
    };
    host = await startBrowserHost(counted, { port: 0 });
    const url = new URL(host.url);
    token = url.searchParams.get('token') ?? '';
    port = Number(url.port);
  }, 60_000);

  afterAll(async () => {
    await host?.close();
    await core?.close();
    fixture?.cleanup();
  });

  interface Opened {
    response: IncomingMessage;
    /** Everything the stream has sent so far. */
    text(): string;
    close(): void;
  }

  function open(path: string, headers: Record<string, string> = {}): Promise<Opened> {
    return new Promise((resolve, reject) => {
      const request = httpRequest({ host: '127.0.0.1', port, path, headers: { host: `127.0.0.1:${port}`, ...headers } }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('error', () => {});
        resolve({ response, text: () => text, close: () => request.destroy() });
      });
      request.on('error', reject);
      request.end();
    });
  }

  async function until(what: string, done: () => boolean): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async function edit(id: number): Promise<void> {
    const response = await fetch(`http://127.0.0.1:${port}/api/feedback.update`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [HOST_TOKEN_HEADER]: token },
      body: JSON.stringify({ target: { ids: [id] }, change: { priority: 'P2' } }),
    });
    expect(response.status).toBe(200);
  }

  describe('the event stream of the browser host', () => {
    it('refuses a page without the token, or with another one', async () => {
      const without = await open(HOST_EVENTS_PATH);
      expect(without.response.statusCode).toBe(401);
      const wrong = await open(`${HOST_EVENTS_PATH}?token=${'x'.repeat(token.length)}`);
      expect(wrong.response.statusCode).toBe(401);
      expect(listening).toBe(0);
    });

    it('refuses another Host, even with the token', async () => {
      const rebound = await open(`${HOST_EVENTS_PATH}?token=${token}`, { host: `evil.example:${port}` });
      expect(rebound.response.statusCode).toBe(421);
      expect(listening).toBe(0);
    });

    it('takes the token in the query on this path only', async () => {
      const call = await fetch(`http://127.0.0.1:${port}/api/views.list?token=${token}`, { method: 'POST', body: '{}' });
      expect(call.status).toBe(401);
    });

    it('streams the core events to the page, and frees its listener when the page goes', async () => {
      const stream = await open(`${HOST_EVENTS_PATH}?token=${token}`);
      expect(stream.response.statusCode).toBe(200);
      expect(stream.response.headers['content-type']).toMatch(/^text\/event-stream/);
      expect(listening).toBe(1);

      await edit(2);
      await until('the edit on the stream', () => /"name":"rows\.changed"/.test(stream.text()));
      const data = stream
        .text()
        .split('\n\n')
        .filter((block) => block.startsWith('data: '))
        .map((block) => JSON.parse(block.slice('data: '.length)) as { name: string; payload: unknown });
      expect(data.find((event) => event.name === 'rows.changed')?.payload).toMatchObject({ feedbackIds: [2], source: 'edit' });

      stream.close();
      await until('the listener to go with the page', () => listening === 0);
    });

    it('closes at once while a page still listens', async () => {
      const other = await startBrowserHost(core, { port: 0 });
      const url = new URL(other.url);
      const held = await new Promise<IncomingMessage>((resolve) =>
        httpRequest({ host: '127.0.0.1', port: Number(url.port), path: `${HOST_EVENTS_PATH}?${url.searchParams}` }, resolve).end(),
      );
      expect(held.statusCode).toBe(200);
      held.resume();
      const started = Date.now();
      await other.close();
      expect(Date.now() - started).toBeLessThan(1_000);
    });
  });
});
