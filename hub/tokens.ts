// Bearer tokens: random, shown once, stored only as SHA-256 hashes, each with an expiry and a last use. Demo tokens
// are made from a person's first name and id (anyone who read the README can type them), so the hub takes them only
// when it listens on loopback and its database was seeded as a demo.
import { createHash, randomBytes } from 'node:crypto';
import type { HubPerson } from '../shared/hub-protocol';
import type { Client, Pool } from './db/pool';
import { PERSON_COLUMNS, PERSON_FROM, type PersonRow } from './accounts';
import { FreshRead } from './coalesce';

/** Recognisable in a log or a leaked file, so a scanner (or a person) can tell what it is. */
export const TOKEN_PREFIX = 'opshub_';
export const DEFAULT_TOKEN_LIFETIME_MS = 90 * 24 * 3_600_000;
/** A token's last use is written at most this often: a long poll must not cost a write each time. */
const LAST_USED_EVERY_MS = 60_000;

export type TokenKind = 'demo' | 'issued';

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** 32 random bytes: guessing one is out of reach, whatever the rate limit. */
export function newToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** The demo token of a demo person: documented in the README, printed by `npm run hub:seed`. */
export function demoToken(person: { id: number; name: string }): string {
  const first = (person.name.split(' ')[0] ?? 'person').normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
  return `demo-${first}-${person.id}`;
}

export interface IssueOptions {
  label: string;
  kind: TokenKind;
  /** Null: never (demo tokens, which only a loopback demo hub takes). */
  expiresAt: number | null;
  now: number;
}

/** Stores a token's hash; returns the token's id (what `token revoke` and `list` name it by). */
export async function issueToken(db: Pool | Client, personId: number, token: string, options: IssueOptions): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO hub_tokens (token_hash, person_id, label, kind, expires_at, created_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (token_hash) DO UPDATE SET person_id = excluded.person_id, label = excluded.label, kind = excluded.kind,
       expires_at = excluded.expires_at, revoked_at = NULL
     RETURNING id`,
    [hashToken(token), personId, options.label, options.kind, options.expiresAt, options.now],
  );
  return rows[0]?.id as number;
}

interface AuthRow extends PersonRow {
  token_id: number;
  last_used_at: number | null;
  expires_at: number | null;
}

interface Known {
  person: HubPerson;
  tokenId: number;
  expiresAt: number | null;
  lastUsedAt: number | null;
  /** hub_auth_version when it was read: the entry holds while the version does. */
  version: number;
}

/** Tokens a hub remembers; past this many it forgets them all and reads each again once. */
const KNOWN_TOKENS = 50_000;

/**
 * The person a bearer token belongs to, or null: unknown, revoked, expired, or a demo token where demo tokens are not
 * taken. A token read once is remembered with the auth version (hub migration 004: any change to tokens, people or
 * grants raises it); each request reads that one number afresh, shared with the requests arriving with it, so a
 * revocation, a role or a grant changed takes effect from the next request without a token lookup per request.
 */
export class TokenCache {
  private readonly known = new Map<string, Known>();
  private readonly version: FreshRead<number>;

  constructor(private readonly pool: Pool, private readonly demoAllowed: boolean) {
    this.version = new FreshRead(async () => {
      const { rows } = await pool.query<{ version: number }>('SELECT version FROM hub_auth_version');
      return rows[0]?.version ?? 0;
    });
  }

  async authenticate(token: string, now: number): Promise<HubPerson | null> {
    if (token.length < 8 || token.length > 512) return null;
    const hash = hashToken(token);
    const version = await this.version.get();
    let known: Known | null | undefined = this.known.get(hash);
    if (!known || known.version !== version) {
      known = await this.lookUp(hash, version, now);
      if (!known) {
        this.known.delete(hash);
        return null;
      }
      if (this.known.size >= KNOWN_TOKENS) this.known.clear();
      this.known.set(hash, known);
    }
    if (known.expiresAt !== null && known.expiresAt <= now) return null;
    if (known.lastUsedAt === null || known.lastUsedAt < now - LAST_USED_EVERY_MS) {
      known.lastUsedAt = now;
      await this.pool.query('UPDATE hub_tokens SET last_used_at = $2 WHERE id = $1', [known.tokenId, now]);
    }
    return known.person;
  }

  private async lookUp(hash: string, version: number, now: number): Promise<Known | null> {
    const { rows } = await this.pool.query<AuthRow>(
      `SELECT t.id AS token_id, t.last_used_at, t.expires_at, ${PERSON_COLUMNS} FROM ${PERSON_FROM} JOIN hub_tokens t ON t.person_id = p.id
       WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $2)
         AND (t.kind <> 'demo' OR ($3 AND (SELECT demo FROM hub_state)))
       GROUP BY p.id, t.token_hash`,
      [hash, now, this.demoAllowed],
    );
    const row = rows[0];
    if (!row) return null;
    const { id, name, email, role, regions } = row;
    return { person: { id, name, email, role, regions }, tokenId: row.token_id, expiresAt: row.expires_at, lastUsedAt: row.last_used_at, version };
  }
}

/** Revokes one token by its id, or every token of a person; returns how many were live. */
export async function revokeTokens(pool: Pool, target: { tokenId: number } | { personId: number }, now: number): Promise<number> {
  const [column, value] = 'tokenId' in target ? ['id', target.tokenId] : ['person_id', target.personId];
  const { rowCount } = await pool.query(`UPDATE hub_tokens SET revoked_at = $2 WHERE ${column} = $1 AND revoked_at IS NULL`, [value, now]);
  return rowCount ?? 0;
}
