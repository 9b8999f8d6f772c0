// `list`: every person with their role and regions, and each of their tokens (never the token itself).
import type { Pool } from '../db/pool';
import { listPeople } from '../accounts';
import { describePerson } from './person-commands';

interface TokenRow {
  id: number;
  person_id: number;
  label: string;
  kind: string;
  created_at: number;
  expires_at: number | null;
  last_used_at: number | null;
  revoked_at: number | null;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

function tokenState(token: TokenRow, now: number): string {
  if (token.revoked_at !== null) return `revoked ${day(token.revoked_at)}`;
  if (token.expires_at !== null && token.expires_at <= now) return `expired ${day(token.expires_at)}`;
  if (token.expires_at !== null) return `expires ${day(token.expires_at)}`;
  return token.kind === 'demo' ? 'no expiry (taken only by a loopback demo hub)' : 'no expiry (made before tokens expired: revoke and issue anew)';
}

export async function listCommand(pool: Pool, now: number): Promise<string[]> {
  const people = await listPeople(pool);
  const { rows: tokens } = await pool.query<TokenRow>('SELECT id, person_id, label, kind, created_at, expires_at, last_used_at, revoked_at FROM hub_tokens ORDER BY id');
  const { rows: state } = await pool.query<{ demo: boolean }>('SELECT demo FROM hub_state');
  const lines = [state[0]?.demo ? 'Seeded as a demo: demo tokens work while the hub listens on loopback.' : 'Not a demo database: demo tokens are refused.'];
  for (const person of people) {
    lines.push(describePerson(person));
    for (const token of tokens.filter((t) => t.person_id === person.id)) {
      const used = token.last_used_at === null ? 'never used' : `last used ${day(token.last_used_at)}`;
      lines.push(`    token #${token.id} ${token.label} (${token.kind}), made ${day(token.created_at)}, ${tokenState(token, now)}, ${used}`);
    }
  }
  const { rows: services } = await pool.query<TokenRow & { regions: string[] }>(
    "SELECT id, 0 AS person_id, label, 'issued' AS kind, regions, created_at, expires_at, last_used_at, revoked_at FROM hub_service_tokens ORDER BY id",
  );
  for (const token of services) {
    const used = token.last_used_at === null ? 'never used' : `last used ${day(token.last_used_at)}`;
    lines.push(`service token #${token.id} ${token.label}, ingests for ${token.regions.join(', ')}, made ${day(token.created_at)}, ${tokenState(token, now)}, ${used}`);
  }
  return lines;
}
