// What `--kind communities` and `--kind community-members` read, column by column, and how a row is found in the store.
import { COMMUNITY_PLATFORMS, COMMUNITY_PURPOSES, COMMUNITY_STATUSES, CONSENT_BASES, MEMBER_ROLES, normaliseHandle } from '../../../../shared/rosters';
import { get, tuples, value, type SqlValue } from '../../../db/statement-cache';
import { grantedRegion, instant, localDay, oneOf, refuse, text, type ImportKindSpec } from './import-fields';

const COMMUNITY_COLUMNS = 'id, region, platform, name, language, purpose, moderators, status, updated_at';

export const COMMUNITIES_IMPORT: ImportKindSpec = {
  table: 'communities',
  required: ['region', 'platform', 'name', 'language', 'purpose'],
  optional: ['status', 'moderator_emails'],
  read(r, id) {
    const region = grantedRegion(r);
    const platform = oneOf(r, 'platform', COMMUNITY_PLATFORMS);
    const name = text(r, 'name', 120);
    const language = text(r, 'language', 8);
    const purpose = oneOf(r, 'purpose', COMMUNITY_PURPOSES);
    const status = oneOf(r, 'status', COMMUNITY_STATUSES, 'active');
    const moderators: number[] = [];
    for (const email of (r.values.moderator_emails ?? '').split(/[,;]/).map((e) => e.trim().toLowerCase()).filter((e) => e !== '')) {
      const person = value<number>(r.db, 'SELECT id FROM people WHERE lower(email) = ?', [email]);
      if (person === undefined) refuse(r, 'moderator_emails', `names ${email}, no person of this console`);
      else moderators.push(person);
    }
    if (r.problems.length > 0 || !region || !platform || !name || !language || !purpose || !status) return undefined;
    return [id, region, platform, name, language, purpose, moderators.sort((a, b) => a - b).join(','), status, r.now];
  },
  key: (row) => `${String(row[1])} ${String(row[2])} ${String(row[3])}`,
  existing: (db, row) => tuples<SqlValue[]>(db, `SELECT ${COMMUNITY_COLUMNS} FROM communities WHERE region = ? AND platform = ? AND name = ?`, [row[1] ?? null, row[2] ?? null, row[3] ?? null])[0],
  taken: (c) => ({ column: 'name', reason: `is already community #${String(c[0])}, with other values` }),
};

const MEMBER_COLUMNS = 'id, region, community_id, handle, role, joined_on, left_on, customer_id, consent_basis, consent_at, consent_source';

export const COMMUNITY_MEMBERS_IMPORT: ImportKindSpec = {
  table: 'community_members',
  required: ['region', 'community', 'handle', 'role', 'joined_on'],
  optional: ['left_on', 'customer_id', 'consent_basis', 'consent_at', 'consent_source'],
  read(r, id) {
    const region = grantedRegion(r);
    const communityName = (r.values.community ?? '').trim();
    const community = region ? get<{ id: number }>(r.db, 'SELECT id FROM communities WHERE region = ? AND name = ?', [region, communityName]) : undefined;
    if (region && !community) refuse(r, 'community', `is no community of ${region}: import the community first`);
    const handle = normaliseHandle(r.values.handle ?? '');
    if (!handle.ok) refuse(r, 'handle', handle.reason);
    const role = oneOf(r, 'role', MEMBER_ROLES);
    const joined = localDay(r, 'joined_on');
    const left = localDay(r, 'left_on', false);
    if (joined && left && left < joined) refuse(r, 'left_on', 'is before joined_on');
    const customerText = (r.values.customer_id ?? '').trim();
    let customer: number | null = null;
    if (customerText !== '') {
      customer = /^\d+$/.test(customerText) ? Number(customerText) : null;
      const where = customer === null ? undefined : value<string>(r.db, 'SELECT region FROM customers WHERE id = ?', [customer]);
      if (where === undefined) refuse(r, 'customer_id', 'is no customer of this console');
      else if (where !== region) refuse(r, 'customer_id', `is a customer of ${where}, not ${String(region)}`);
    }
    // A member is linked to a customer only with a recorded consent: its basis, time and source.
    const basis = customer === null ? null : oneOf(r, 'consent_basis', CONSENT_BASES);
    const consentAt = customer === null ? null : instant(r, 'consent_at');
    const source = customer === null ? null : text(r, 'consent_source', 120);
    if (r.problems.length > 0 || !region || !community || !handle.ok || !role || !joined) return undefined;
    return [id, region, community.id, handle.handle, role, joined, left ?? null, customer, basis ?? null, consentAt ?? null, source ?? null];
  },
  key: (row) => `${String(row[2])} ${String(row[3])}`,
  existing: (db, row) => tuples<SqlValue[]>(db, `SELECT ${MEMBER_COLUMNS} FROM community_members WHERE community_id = ? AND handle = ?`, [row[2] ?? null, row[3] ?? null])[0],
  taken: (m) => ({ column: 'handle', reason: `is already member #${String(m[0])} of this community, with other values` }),
};
