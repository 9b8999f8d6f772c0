// `token issue|revoke`: a token is shown once, here, and stored only as its hash.
import { UsageError } from '../../main/cli/flags';
import type { Pool } from '../db/pool';
import { DEFAULT_TOKEN_LIFETIME_MS, issueToken, newToken, revokeTokens } from '../tokens';
import { parseDuration, required, resolvePerson, type AdminValues } from './arguments';

export async function issueCommand(pool: Pool, values: AdminValues, now: number): Promise<string[]> {
  const personId = await resolvePerson(pool, required(values, 'person'));
  const lifetime = values['expires-in'] === undefined ? DEFAULT_TOKEN_LIFETIME_MS : parseDuration(values['expires-in']);
  const expiresAt = now + lifetime;
  const token = newToken();
  const id = await issueToken(pool, personId, token, { label: values.label?.trim() || 'issued', kind: 'issued', expiresAt, now });
  return [
    `Token #${id} for person #${personId}, valid until ${new Date(expiresAt).toISOString()}:`,
    `  ${token}`,
    'It is shown this once and the hub keeps only its hash: hand it over now, by a channel only that person reads.',
  ];
}

export async function revokeCommand(pool: Pool, values: AdminValues, now: number): Promise<string[]> {
  if ((values.token === undefined) === (values.person === undefined)) throw new UsageError('Say which tokens to revoke: --token ID (one) or --person ID (all of theirs)');
  if (values.token !== undefined) {
    const tokenId = Number(values.token);
    if (!Number.isSafeInteger(tokenId) || tokenId <= 0) throw new UsageError(`--token "${values.token}" is not a token id ("list" shows them)`);
    const revoked = await revokeTokens(pool, { tokenId }, now);
    if (revoked === 0) throw new UsageError(`--token ${tokenId} names no live token ("list" shows them)`);
    return [`Token #${tokenId} is revoked: the hub refuses it from the next request.`];
  }
  const personId = await resolvePerson(pool, values.person as string);
  const revoked = await revokeTokens(pool, { personId }, now);
  return [`${revoked} token(s) of person #${personId} revoked: the hub refuses them from the next request.`];
}
