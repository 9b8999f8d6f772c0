// Talks to the hub over HTTP and says what went wrong in words a person can act on.
import { z } from 'zod';
import { ROSTERS_TABLE_NAMES } from '../../../shared/tables/rosters-tables';
import { REGION_CODES } from '../../../shared/domain';
import { hubIdentitySchema, hubPersonSchema, type HubIdentity, type PullRequest, type PullResponse, type PushRequest, type PushResponse } from '../../../shared/hub-protocol';

/** A failed exchange with the hub; `plain` is what the status shows. */
export class HubFailure extends Error {
  constructor(
    readonly plain: string,
    readonly status?: number,
    readonly field?: string,
  ) {
    super(plain);
    this.name = 'HubFailure';
  }
}

const NO_NETWORK = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN']);
const BROKE_OFF = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

function networkWords(error: unknown): string {
  let cause: unknown = error;
  for (let depth = 0; depth < 4 && cause instanceof Error; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (NO_NETWORK.has(code)) return 'no network';
      if (code === 'ECONNREFUSED') return 'the hub is not answering';
      if (BROKE_OFF.has(code)) return 'the connection to the hub broke off';
      if (code.includes('TIMEOUT')) return 'the hub took too long to answer';
    }
    if (cause.name === 'TimeoutError') return 'the hub took too long to answer';
    cause = cause.cause;
  }
  return 'no network';
}

const pullResponseSchema = z.object({
  cursor: z.string().min(1).max(4096),
  more: z.boolean(),
  reset: z.boolean(),
  removedRegions: z.array(z.enum(REGION_CODES)),
  person: hubPersonSchema,
  lastMutationId: z.number().int().min(0).nullable(),
  changes: z.record(z.string(), z.object({ upserts: z.array(z.unknown()), deletes: z.array(z.unknown()) })),
  snapshot: z.object({ rowsDone: z.number().int().min(0), rowsTotal: z.number().int().min(0) }).nullable(),
  checksums: z.record(z.string(), z.object({ count: z.number(), hash: z.number() })).nullable(),
});

const fieldValue = z.union([z.string(), z.number(), z.null()]);
const conflictSchema = z.union([
  z.object({ feedbackId: z.number(), field: z.enum(['status', 'priority', 'category', 'assigneeId']), base: fieldValue, local: fieldValue, hub: fieldValue }),
  z.object({ table: z.enum(ROSTERS_TABLE_NAMES), rowId: z.number(), field: z.string(), base: fieldValue, local: fieldValue, hub: fieldValue }),
]);
const pushResponseSchema = z.object({
  results: z.array(
    z.union([
      z.object({ id: z.number(), status: z.literal('applied') }),
      z.object({ id: z.number(), status: z.literal('rejected'), reason: z.string() }),
      z.object({ id: z.number(), status: z.literal('conflict'), conflicts: z.array(conflictSchema) }),
    ]),
  ),
});

const REQUEST_TIMEOUT_MS = 120_000;

export class HubClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  private async request(path: string, body: unknown, signal?: AbortSignal, timeoutMs = REQUEST_TIMEOUT_MS): Promise<unknown> {
    const signals = [AbortSignal.timeout(timeoutMs), ...(signal ? [signal] : [])];
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${this.baseUrl}/v1/${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.any(signals),
      });
      text = await response.text();
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new HubFailure(networkWords(error));
    }
    if (response.status === 401) throw new HubFailure('the hub refused your token', 401);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new HubFailure(response.ok ? 'the hub sent an answer the console cannot read' : `the hub is having trouble (HTTP ${response.status})`, response.status);
    }
    if (!response.ok) {
      const error = (parsed as { error?: { message?: unknown; field?: unknown } }).error;
      const message = typeof error?.message === 'string' ? error.message : `HTTP ${response.status}`;
      if (response.status >= 500) throw new HubFailure(`the hub is having trouble (${message})`, response.status);
      throw new HubFailure(`the hub refused the request: ${message}`, response.status, typeof error?.field === 'string' ? error.field : undefined);
    }
    return parsed;
  }

  /** Whose token this is, and which data set the hub serves. */
  async me(): Promise<HubIdentity> {
    const parsed = hubIdentitySchema.safeParse(await this.request('me', undefined));
    if (!parsed.success) throw new HubFailure('the hub sent an answer the console cannot read');
    return parsed.data;
  }

  /** Waits at most `waitMs` at the hub, plus the time to send the page. */
  async pull(request: PullRequest, signal?: AbortSignal): Promise<PullResponse> {
    const parsed = pullResponseSchema.safeParse(await this.request('pull', request, signal, REQUEST_TIMEOUT_MS + (request.waitMs ?? 0)));
    if (!parsed.success) throw new HubFailure('the hub sent a page the console cannot read');
    return parsed.data as PullResponse;
  }

  /** An evidence file's upload at the hub: how many bytes it holds (hub/PROTOCOL.md, "Evidence"). */
  async evidenceStatus(sha256: string): Promise<{ complete: boolean; received: number }> {
    const parsed = z.object({ complete: z.boolean(), received: z.number().int().min(0) }).safeParse(await this.request(`evidence/${sha256}/upload`, undefined));
    if (!parsed.success) throw new HubFailure('the hub sent an answer the console cannot read');
    return parsed.data;
  }

  async putEvidenceChunk(sha256: string, offset: number, size: number, bytes: Uint8Array): Promise<{ complete: boolean; received: number }> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}/v1/evidence/${sha256}/chunk?offset=${offset}&size=${size}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/octet-stream' },
        body: bytes,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw new HubFailure(networkWords(error));
    }
    const body = (await response.json().catch(() => null)) as { complete?: boolean; received?: number; error?: { message?: string } } | null;
    if (!response.ok || typeof body?.received !== 'number') {
      throw new HubFailure(`the hub refused the evidence file: ${body?.error?.message ?? `HTTP ${response.status}`}`, response.status);
    }
    return { complete: body.complete === true, received: body.received };
  }

  /** The whole evidence file, or null when the hub does not have it (yet). */
  async getEvidence(sha256: string): Promise<Buffer | null> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}/v1/evidence/${sha256}`, { headers: { authorization: `Bearer ${this.token}` }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    } catch (error) {
      throw new HubFailure(networkWords(error));
    }
    if (response.status === 404) return null;
    if (!response.ok) throw new HubFailure(`the hub is having trouble (HTTP ${response.status})`, response.status);
    return Buffer.from(await response.arrayBuffer());
  }

  async push(request: PushRequest): Promise<PushResponse> {
    const parsed = pushResponseSchema.safeParse(await this.request('push', request));
    if (!parsed.success) throw new HubFailure('the hub sent an answer the console cannot read');
    return parsed.data;
  }
}
