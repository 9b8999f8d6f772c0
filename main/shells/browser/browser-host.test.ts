// The browser host's event stream over real HTTP, in front of the real core worker: the token and the Host
// header guard it, events arrive as Server-Sent Events, and a page that goes frees its listener.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_EVENTS_PATH, HOST_TOKEN_HEADER } from '../../../shared/bridge';
import { startCoreWorker, type CoreClient } from '../../core/core-client';
import { fixtureDb, type FixtureDb } from '../../test-support/fixture-db';
import { sourceWorker } from '../../test-support/source-worker';
import { startBrowserHost, type BrowserHost } from './browser-host';

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
