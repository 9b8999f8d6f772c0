// The load generator's writer, a process of its own (forked by hub-load-traffic.ts): it pushes each order it is sent
// and reports when the hub answered, timed here, away from the thousands of polls the generator's own process serves.
import type { Mutation } from '../shared/hub-protocol';
import { post } from './hub-load-http';

const PUSH_TIMEOUT_MS = 10_000;

export interface PushOrder {
  k: number;
  hubUrl: string;
  token: string;
  clientId: string;
  mutation: Mutation;
}

export interface PushReport {
  k: number;
  sentAt: number;
  answeredAt: number;
  /** Null when the hub applied it. */
  error: string | null;
}

async function pushOne(order: PushOrder): Promise<PushReport> {
  const sentAt = Date.now();
  try {
    const answer = await post(`${order.hubUrl}/v1/push`, order.token, { clientId: order.clientId, sentAt, mutations: [order.mutation] }, PUSH_TIMEOUT_MS);
    const result = answer.status === 200 ? (JSON.parse(answer.body) as { results: { status: string }[] }).results[0] : undefined;
    const error = result?.status === 'applied' ? null : `status ${answer.status}: ${answer.body.slice(0, 160)}`;
    return { k: order.k, sentAt, answeredAt: Date.now(), error };
  } catch (error) {
    return { k: order.k, sentAt, answeredAt: Date.now(), error: error instanceof Error ? error.message : String(error) };
  }
}

if (process.send) {
  process.on('message', (order: PushOrder) => {
    void pushOne(order).then((report) => process.send?.(report));
  });
  process.on('disconnect', () => process.exit(0));
}
