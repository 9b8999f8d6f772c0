// `service-token issue|revoke`: the token a platform's system ingests with (hub/ingest/), shown once, here.
import { UsageError } from '../../main/cli/flags';
import type { Pool } from '../db/pool';
import { issueServiceToken, revokeServiceToken } from '../ingest/service-tokens';
import { DEFAULT_TOKEN_LIFETIME_MS } from '../tokens';
import { parseDuration, parseRegions, required, type AdminValues } from './arguments';

export async function issueServiceCommand(pool: Pool, values: AdminValues, now: number): Promise<string[]> {
  const regions = parseRegions(required(values, 'regions'));
  if (regions.length === 0) throw new UsageError('--regions names no region: say which regions the system may ingest for');
  const lifetime = values['expires-in'] === undefined ? DEFAULT_TOKEN_LIFETIME_MS : parseDuration(values['expires-in']);
  const expiresAt = now + lifetime;
  const { id, token } = await issueServiceToken(pool, { label: values.label?.trim() || 'ingest', regions, expiresAt, now });
  return [
    `Service token #${id} to ingest for ${regions.join(', ')}, valid until ${new Date(expiresAt).toISOString()}:`,
    `  ${token}`,
    'It may only POST /v1/ingest/<table>. It is shown this once and the hub keeps only its hash: put it in the system\'s secrets now.',
  ];
}

export async function revokeServiceCommand(pool: Pool, values: AdminValues, now: number): Promise<string[]> {
  const text = required(values, 'token');
  const id = Number(text);
  if (!Number.isSafeInteger(id) || id <= 0) throw new UsageError(`--token "${text}" is not a service token id ("list" shows them)`);
  if (!(await revokeServiceToken(pool, id, now))) throw new UsageError(`--token ${id} names no live service token ("list" shows them)`);
  return [`Service token #${id} is revoked: the hub refuses it from the next request.`];
}
