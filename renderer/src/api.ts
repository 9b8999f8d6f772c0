// The renderer's only way to the core: the Electron bridge when present, else the browser host over HTTP.
import type { CallInput, CallName, CallResult } from '../../shared/contract';
import type { CallError, Envelope } from '../../shared/contract-kit';
import { BRIDGE_KEY, HOST_API_PREFIX, HOST_TOKEN_HEADER, HOST_TOKEN_PARAM, type OpsBridge } from '../../shared/bridge';

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
