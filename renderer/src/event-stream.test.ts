import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreEvent } from '../../shared/events';
import { streamEvents, type EventSourceLike } from './event-stream';

/** Stands in for the browser's EventSource, driven by the test as a host would drive it. */
class FakeSource implements EventSourceLike {
  readyState = 0;
  closed = false;
  onopen: EventSourceLike['onopen'] = null;
  onmessage: EventSourceLike['onmessage'] = null;
  onerror: EventSourceLike['onerror'] = null;
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  open() {
    this.readyState = 1;
    this.onopen?.call(undefined as never, new Event('open'));
  }
  send(data: string) {
    this.onmessage?.call(undefined as never, new MessageEvent('message', { data }));
  }
  fail(readyState: 0 | 2) {
    this.readyState = readyState;
    this.onerror?.call(undefined as never, new Event('error'));
  }
}

let sources: FakeSource[];
let heard: CoreEvent[];
let resumed: number;
beforeEach(() => {
  vi.useFakeTimers();
  sources = [];
  heard = [];
  resumed = 0;
});
afterEach(() => vi.useRealTimers());

function start() {
  return streamEvents(
    () => {
      const source = new FakeSource();
      sources.push(source);
      return source;
    },
    { event: (event) => heard.push(event), resumed: () => resumed++ },
  );
}

const rows: CoreEvent = { name: 'rows.changed', payload: { tables: ['feedback'], feedbackIds: [7], source: 'sync' } };

describe('the event stream', () => {
  it('hands on the core events it receives and nothing else', () => {
    start();
    sources[0]?.open();
    sources[0]?.send(JSON.stringify(rows));
    sources[0]?.send('not json');
    sources[0]?.send(JSON.stringify({ name: 'db.exec', payload: {} }));
    expect(heard).toEqual([rows]);
    expect(resumed).toBe(0);
  });

  it('lets EventSource retry a dropped stream, and says it resumed when it opens again', () => {
    start();
    sources[0]?.open();
    sources[0]?.fail(0);
    vi.advanceTimersByTime(60_000);
    expect(sources).toHaveLength(1);
    sources[0]?.open();
    expect(resumed).toBe(1);
  });

  it('opens a new stream, waiting longer each time, when the host refused the last one', () => {
    start();
    sources[0]?.open();
    sources[0]?.fail(2);
    vi.advanceTimersByTime(499);
    expect(sources).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sources).toHaveLength(2);
    sources[1]?.fail(2);
    vi.advanceTimersByTime(999);
    expect(sources).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sources).toHaveLength(3);
    sources[2]?.open();
    expect(resumed).toBe(1);
    sources[2]?.send(JSON.stringify(rows));
    expect(heard).toEqual([rows]);
  });

  it('stops for good when asked', () => {
    const stop = start();
    sources[0]?.fail(2);
    stop();
    vi.advanceTimersByTime(60_000);
    expect(sources).toHaveLength(1);
    expect(sources[0]?.closed).toBe(true);
  });
});
