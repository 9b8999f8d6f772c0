// Service tokens: a platform's system ingests with one, for the regions it names, and can do nothing else (it is no
// person, so pull, push and the admin calls do not know it). Made like the people's tokens: random, shown once,
// stored as a hash, with an expiry.
import type { RegionCode } from '../../shared/domain';
import type { Pool } from '../db/pool';
import { hashToken, newToken } from '../tokens';

export interface ServiceToken {
  id: number;
  label: string;
  regions: RegionCode[];
}

/** A token's last use is written at most this often, as for the people's tokens. */
const LAST_USED_EVERY_MS = 60_000;

export async function issueServiceToken(pool: Pool, options: { label: string; regions: RegionCode[]; expiresAt: number; now: number }): Promise<{ id: number; token: string }> {
  const token = newToken();
  const { rows } = await pool.query<{ id: number }>(
    'INSERT INTO hub_service_tokens (token_hash, label, regions, created_at, expires_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [hashToken(token), options.label, options.regions, options.now, options.expiresAt],
  );
  return { id: rows[0]?.id as number, token };
}

/** The live service token this bearer token is, or null. */
export async function authenticateService(pool: Pool, token: string, now: number): Promise<ServiceToken | null> {
  if (token.length < 8 || token.length > 512) return null;
  const { rows } = await pool.query<ServiceToken & { last_used_at: number | null }>(
    `SELECT id, label, regions, last_used_at FROM hub_service_tokens
     WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2`,
    [hashToken(token), now],
  );
  const row = rows[0];
  if (!row) return null;
  if (row.last_used_at === null || row.last_used_at < now - LAST_USED_EVERY_MS) {
    await pool.query('UPDATE hub_service_tokens SET last_used_at = $2 WHERE id = $1', [row.id, now]);
  }
  return { id: row.id, label: row.label, regions: row.regions };
}

export async function revokeServiceToken(pool: Pool, id: number, now: number): Promise<boolean> {
  const { rowCount } = await pool.query('UPDATE hub_service_tokens SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL', [id, now]);
  return (rowCount ?? 0) > 0;
}
