// Reading the admin CLI's values: each bad one is refused naming the flag and the value.
import { REGION_CODES, ROLES, type RegionCode, type Role } from '../../shared/domain';
import { UsageError } from '../../main/cli/flags';
import type { Pool } from '../db/pool';

/** The flags the admin commands take, each with a value. */
export const ADMIN_FLAGS = ['name', 'email', 'role', 'regions', 'person', 'expires-in', 'label', 'token'] as const;
export type AdminValues = Partial<Record<(typeof ADMIN_FLAGS)[number], string>>;

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90d`, `12h`, `30m`: how long until a token expires. */
export function parseDuration(text: string): number {
  const match = /^(\d{1,5})([mhd])$/.exec(text.trim());
  const ms = match ? Number(match[1]) * (UNITS[match[2] as string] as number) : 0;
  if (ms <= 0) throw new UsageError(`--expires-in "${text}" is not a duration such as 90d, 12h or 30m`);
  return ms;
}

export function parseRegions(text: string): RegionCode[] {
  const regions = text.split(',').map((part) => part.trim().toUpperCase()).filter((part) => part !== '');
  for (const region of regions) {
    if (!(REGION_CODES as readonly string[]).includes(region)) throw new UsageError(`--regions: "${region}" is not one of ${REGION_CODES.join(', ')}`);
  }
  return [...new Set(regions)] as RegionCode[];
}

export function parseRole(text: string): Role {
  if (!(ROLES as readonly string[]).includes(text)) throw new UsageError(`--role "${text}" is not one of ${ROLES.join(', ')}`);
  return text as Role;
}

export function required<T extends string>(values: Partial<Record<T, string>>, name: T): string {
  const value = values[name];
  if (value === undefined || value.trim() === '') throw new UsageError(`--${name} is required here`);
  return value.trim();
}

/** `--person 14` or `--person mina.park@ops.example.com`: the person's id. */
export async function resolvePerson(pool: Pool, text: string): Promise<number> {
  const byId = /^\d+$/.test(text);
  const { rows } = await pool.query<{ id: number }>(`SELECT id FROM people WHERE ${byId ? 'id = $1' : 'lower(email) = lower($1)'}`, [byId ? Number(text) : text]);
  const id = rows[0]?.id;
  if (id === undefined) throw new UsageError(`--person "${text}" names no one on this hub (give an id or an email; "list" shows them)`);
  return id;
}
