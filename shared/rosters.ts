// The words of the KOL and community rosters (issue 9), and the pure rules both sides need: what a handle is
// whichever way it is written, and a KOL's tier from their followers.

export const KOL_PLATFORMS = [
  'tiktok', 'instagram', 'youtube', 'facebook', 'x', 'shopee_live', 'line', 'naver_blog', 'kwai', 'snapchat', 'xiaohongshu',
] as const;
export type KolPlatform = (typeof KOL_PLATFORMS)[number];

export const KOL_STATUSES = ['prospect', 'contacted', 'negotiating', 'contracted', 'active', 'paused', 'ended', 'blocked'] as const;
export type KolStatus = (typeof KOL_STATUSES)[number];

export const KOL_TIERS = ['nano', 'micro', 'mid', 'macro', 'mega'] as const;
export type KolTier = (typeof KOL_TIERS)[number];

/** The smallest follower count of each tier: nano < 10k, micro 10k-100k, mid 100k-500k, macro 500k-1M, mega >= 1M. */
export const TIER_FLOORS: Readonly<Record<KolTier, number>> = { nano: 0, micro: 10_000, mid: 100_000, macro: 500_000, mega: 1_000_000 };

export const CAMPAIGN_OBJECTIVES = ['awareness', 'acquisition', 'retention', 'launch', 'sales'] as const;
export const CONTRACT_STATUSES = ['draft', 'awaiting_approval', 'approved', 'signed', 'cancelled'] as const;
export const COMMUNITY_PLATFORMS = ['whatsapp', 'line', 'telegram', 'discord', 'facebook_group', 'kakaotalk', 'wechat'] as const;
export const COMMUNITY_PURPOSES = ['vip', 'new_buyers', 'category_fans', 'local', 'support'] as const;
export const COMMUNITY_STATUSES = ['active', 'paused', 'archived'] as const;
export const MEMBER_ROLES = ['member', 'moderator', 'ambassador'] as const;
/** The lawful basis a member's link to their customer record rests on (GDPR art. 6). */
export const CONSENT_BASES = ['consent', 'contract', 'legitimate_interest'] as const;
/** How a customer came to a KOL or community: their first order used its code, or they signed up by its link. */
export const ACQUISITION_VIAS = ['code', 'referral'] as const;

export function tierOf(followers: number): KolTier {
  if (followers >= TIER_FLOORS.mega) return 'mega';
  if (followers >= TIER_FLOORS.macro) return 'macro';
  if (followers >= TIER_FLOORS.mid) return 'mid';
  if (followers >= TIER_FLOORS.micro) return 'micro';
  return 'nano';
}

/** The followers range of a tier, [from, to): `to` is null for mega. */
export function tierRange(tier: KolTier): [number, number | null] {
  const next = KOL_TIERS[KOL_TIERS.indexOf(tier) + 1];
  return [TIER_FLOORS[tier], next === undefined ? null : TIER_FLOORS[next]];
}

/** Path words that come before a handle in some platforms' profile addresses, never a handle themselves. */
const PATH_PREFIXES = new Set(['c', 'user', 'users', 'add', 'channel', 'profile', 'r', 'ti', 'p', 'shop', 'live', 'u', 'people']);
const HANDLE = /^[\p{L}\p{M}\p{N}._-]{1,100}$/u;
/** A web address: its scheme (if written), host and path; the query and fragment are dropped. */
const ADDRESS = /^([a-z][a-z0-9+.-]*:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(\/[^?#]*)?(?:[?#].*)?$/i;

export type HandleResult = { ok: true; handle: string } | { ok: false; reason: string };

/**
 * One handle however it is written: `@Name`, `name` and `https://www.tiktok.com/@name?lang=en` are all `name`.
 * Handles compare without case (every platform here treats them so), after Unicode NFKC.
 */
export function normaliseHandle(written: string): HandleResult {
  let text = written.normalize('NFKC').trim();
  if (text === '') return { ok: false, reason: 'is empty' };
  const address = ADDRESS.exec(text);
  // A bare `john.doe` is a handle; only a scheme or a path makes it an address.
  if (address && (address[1] !== undefined || address[3] !== undefined)) {
    if (address[1] !== undefined && !/^https?:\/\/$/i.test(address[1])) return { ok: false, reason: 'is not a web address' };
    const words = (address[3] ?? '').split('/').map(decodeWord).filter((word) => word !== '');
    const handle = words.find((word) => word.startsWith('@')) ?? words.find((word) => !PATH_PREFIXES.has(word.toLowerCase()));
    if (handle === undefined) return { ok: false, reason: 'names no profile' };
    text = handle;
  }
  text = text.replace(/^@+/, '').toLowerCase();
  if (!HANDLE.test(text)) return { ok: false, reason: 'holds characters a handle cannot (use letters, digits, ".", "_" and "-")' };
  return { ok: true, handle: text };
}

function decodeWord(word: string): string {
  try {
    return decodeURIComponent(word).normalize('NFKC');
  } catch {
    return word;
  }
}

/** Tags as stored: lower case, unique, sorted, joined by commas (so equal sets are equal texts). */
export function tagText(tags: Iterable<string>): string {
  return [...new Set([...tags].map((tag) => tag.trim().toLowerCase()).filter((tag) => tag !== ''))].sort().join(',');
}

export function tagList(text: string): string[] {
  return text === '' ? [] : text.split(',');
}

/**
 * A contract whose fee (in USD) is over its region's limit needs a manager's (or an admin's) approval before it is
 * approved or signed; the console's services and the hub both check it.
 */
export const CONTRACT_FEE_LIMITS_USD = { SEA: 5_000, MENA: 8_000, EU: 10_000, NA: 12_000, LATAM: 5_000, EA: 10_000 } as const;
export const CONTRACT_APPROVER_ROLES = ['manager', 'admin'] as const;
/** Statuses a contract over the limit reaches only through an approver. */
export const APPROVED_CONTRACT_STATUSES = ['approved', 'signed'] as const;

export function overFeeLimit(region: keyof typeof CONTRACT_FEE_LIMITS_USD, feeUsd: number): boolean {
  return feeUsd > CONTRACT_FEE_LIMITS_USD[region];
}

export function mayApproveContracts(role: string): boolean {
  return (CONTRACT_APPROVER_ROLES as readonly string[]).includes(role);
}

/**
 * Who writes rosters: operators edit their regions' rosters. A manager's (or admin's) only roster write is approving a
 * contract over its region's fee limit (above); support leads and everyone else read. The console's services, its
 * screen and the hub all ask this one rule.
 */
export const ROSTER_EDITOR_ROLES = ['operator'] as const;

export function mayEditRosters(role: string): boolean {
  return (ROSTER_EDITOR_ROLES as readonly string[]).includes(role);
}

/** The field of the audit event an imported row leaves; with no actor, it came from `npm run import`. */
export const IMPORTED_FIELD = 'imported';

/** Why a person of this role cannot change a roster, in the words both the console and the hub answer with. */
export function rosterReadOnlyReason(role: string): string {
  const words = role.replace(/_/g, ' ');
  return `As ${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words} you read the rosters: only an operator of the region edits them`;
}
