// The renderer's only way to the core: the Electron bridge when present, else the browser host over HTTP.
// Calls go one way; the core's events come back through one subscription, fanned out to `listen`ers by name.
import type { CallInput, CallName, CallResult } from '../../shared/contract';
import type { CallError, Envelope } from '../../shared/contract-kit';
import type { CoreEvent, EventName, EventPayload } from '../../shared/events';
import {
  BRIDGE_KEY,
  HOST_API_PREFIX,
  HOST_EVENTS_PATH,
  HOST_TOKEN_HEADER,
  HOST_TOKEN_PARAM,
  type OpsBridge,
} from '../../shared/bridge';
import { streamEvents } from './event-stream';

export class ApiError extends Error {
  constructor(readonly error: CallError) {
    super(error.message);
    this.name = 'ApiError';
  }
}

function hostToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get(HOST_TOKEN_PARAM);
  if (fromUrl) {
    sessionStorage.setItem(HOST_TOKEN_PARAM, fromUrl);
    // Keep the token out of history and screenshots.
    window.history.replaceState(null, '', window.location.pathname);
    return fromUrl;
  }
  return sessionStorage.getItem(HOST_TOKEN_PARAM) ?? '';
}

const resumedListeners = new Set<() => void>();

function httpBridge(): OpsBridge {
  const token = hostToken();
  return {
    async call(name, input) {
      try {
        const response = await fetch(`${HOST_API_PREFIX}${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [HOST_TOKEN_HEADER]: token },
          body: JSON.stringify(input ?? {}),
        });
        return (await response.json()) as Envelope<unknown>;
      } catch {
        return { ok: false, error: { code: 'internal', message: 'The console host is not answering; is it still running?' } };
      }
    },
    on(listener) {
      const url = `${HOST_EVENTS_PATH}?${new URLSearchParams({ [HOST_TOKEN_PARAM]: token })}`;
      return streamEvents(() => new EventSource(url), {
        event: listener,
        resumed: () => resumedListeners.forEach((resumed) => resumed()),
      });
    },
  };
}

const bridge: OpsBridge = (window as unknown as Record<string, OpsBridge | undefined>)[BRIDGE_KEY] ?? httpBridge();

/** Electron's native folder dialog for review packs (the grant's id, or null if cancelled); absent in the browser host. */
export const choosePackFolder: (() => Promise<string | null>) | undefined = bridge.choosePackFolder?.bind(bridge);

/** Calls the core; resolves with the typed result or throws an ApiError with words for the operator. */
export async function api<N extends CallName>(name: N, input: CallInput<N>): Promise<CallResult<N>> {
  const envelope = (await bridge.call(name, input)) as Envelope<CallResult<N>>;
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value;
}

type Handler = (payload: never) => void;
const handlers = new Map<EventName, Set<Handler>>();
let subscribed = false;

function fanOut(event: CoreEvent): void {
  for (const handler of handlers.get(event.name) ?? []) (handler as (payload: typeof event.payload) => void)(event.payload);
}

/** Calls `handler` with each `name` event the core pushes; returns the function that stops it. */
export function listen<N extends EventName>(name: N, handler: (payload: EventPayload<N>) => void): () => void {
  // One subscription for the whole window, opened when the first screen listens.
  if (!subscribed) {
    subscribed = true;
    bridge.on(fanOut);
  }
  let named = handlers.get(name);
  if (!named) handlers.set(name, (named = new Set()));
  const own = handler as Handler;
  named.add(own);
  return () => named.delete(own);
}

/** Calls `handler` whenever the event stream opens again after a break: events pushed meanwhile were lost. */
export function onEventsResumed(handler: () => void): () => void {
  resumedListeners.add(handler);
  return () => resumedListeners.delete(handler);
}
