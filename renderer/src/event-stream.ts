// The browser host's event stream: one EventSource, opened again after the host drops it. EventSource retries a
// dropped stream by itself, but gives up for good on an HTTP error (a host restarting answers none for a moment):
// then this opens a new one, waiting longer each time. Every reopening says events may have been missed.
import { isEventName, type CoreEvent } from '../../shared/events';

/** The part of EventSource used here. */
export interface EventSourceLike {
  readonly readyState: number;
  onopen: ((this: never, ev: Event) => unknown) | null;
  onmessage: ((this: never, ev: MessageEvent) => unknown) | null;
  onerror: ((this: never, ev: Event) => unknown) | null;
  close(): void;
}

/** EventSource.CLOSED, spelled out so this also runs where EventSource is not defined. */
const CLOSED = 2;
const FIRST_RETRY_MS = 500;
const LONGEST_RETRY_MS = 15_000;

export interface StreamHandlers {
  event(event: CoreEvent): void;
  /** The stream opened again after a break: whatever was pushed meanwhile is lost. */
  resumed(): void;
}

/** Opens the stream and keeps it open until the returned function is called. */
export function streamEvents(open: () => EventSourceLike, handlers: StreamHandlers): () => void {
  let source: EventSourceLike | null = null;
  let opened = false;
  let stopped = false;
  let retryMs = FIRST_RETRY_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const connect = () => {
    const current = open();
    source = current;
    current.onopen = () => {
      retryMs = FIRST_RETRY_MS;
      if (opened) handlers.resumed();
      opened = true;
    };
    current.onmessage = (message) => {
      let event: unknown;
      try {
        event = JSON.parse(String(message.data));
      } catch {
        return;
      }
      if (typeof event === 'object' && event !== null && isEventName((event as { name?: unknown }).name)) {
        handlers.event(event as CoreEvent);
      }
    };
    current.onerror = () => {
      if (current.readyState !== CLOSED || stopped) return;
      timer = setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, LONGEST_RETRY_MS);
    };
  };
  connect();
  return () => {
    stopped = true;
    clearTimeout(timer);
    source?.close();
  };
}
