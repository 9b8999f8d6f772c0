// What `--kind kols` and `--kind kol-posts` read, column by column, and how a row is found in the store.
import { KOL_PLATFORMS, KOL_STATUSES, normaliseHandle, tagText, type KolPlatform } from '../../../../shared/rosters';
import { column, get, tuples, value, type SqlValue } from '../../../db/statement-cache';
import { grantedRegion, instant, list, oneOf, refuse, share, text, webAddress, wholeNumber, yesNo, type ImportKindSpec, type RowReader } from './import-fields';

function handleOf(r: RowReader): string | undefined {
  const result = normaliseHandle(r.values.handle ?? '');
  return result.ok ? result.handle : refuse(r, 'handle', result.reason);
}

/** A person by e-mail, granted the region. */
function personOf(r: RowReader, col: string, region: string | undefined): number | null | undefined {
  const email = (r.values[col] ?? '').trim().toLowerCase();
  if (email === '') return null;
  const id = value<number>(r.db, 'SELECT id FROM people WHERE lower(email) = ?', [email]);
  if (id === undefined) return refuse(r, col, 'is no person of this console');
  if (region && !column<string>(r.db, 'SELECT region FROM people_regions WHERE person_id = ?', [id]).includes(region)) {
    return refuse(r, col, `is not granted ${region}`);
  }
  return id;
}

const KOL_COLUMNS = 'id, region, name, platform, handle, profile_url, followers, engagement_rate, audience_countries, languages, niches, contact, agency, rate_card, status, owner_id, tags, notes, updated_at';

export const KOLS_IMPORT: ImportKindSpec = {
  table: 'kols',
  required: ['region', 'name', 'platform', 'handle', 'followers', 'engagement_rate'],
  optional: ['profile_url', 'audience_countries', 'languages', 'niches', 'contact', 'agency', 'status', 'owner_email', 'tags', 'notes'],
  read(r, id) {
    const region = grantedRegion(r);
    const name = text(r, 'name', 120);
    const platform = oneOf<KolPlatform>(r, 'platform', KOL_PLATFORMS);
    const handle = handleOf(r);
    const profileUrl = webAddress(r, 'profile_url', false);
    const followers = wholeNumber(r, 'followers');
    const engagement = share(r, 'engagement_rate');
    const contact = text(r, 'contact', 200, false);
    const agency = text(r, 'agency', 120, false);
    const status = oneOf(r, 'status', KOL_STATUSES, 'prospect');
    const owner = personOf(r, 'owner_email', region);
    const notes = text(r, 'notes', 4000, false);
    if ([region, name, platform, handle, profileUrl, followers, engagement, contact, agency, status, owner, notes].includes(undefined)) return undefined;
    return [
      id, region as string, name as string, platform as string, handle as string, profileUrl ?? null, followers as number, engagement as number,
      list(r, 'audience_countries'), list(r, 'languages'), tagText(list(r, 'niches').split(',')), contact ?? null, agency ?? null, null,
      status as string, owner ?? null, tagText(list(r, 'tags').split(',')), notes ?? '', r.now,
    ];
  },
  key: (row) => `${String(row[3])} ${String(row[4])}`,
  existing: (db, row) => tuples<SqlValue[]>(db, `SELECT ${KOL_COLUMNS} FROM kols WHERE platform = ? AND handle = ?`, [row[3] ?? null, row[4] ?? null])[0],
  taken: (kol) => ({ column: 'handle', reason: `@${String(kol[4])} on ${String(kol[3])} is already KOL #${String(kol[0])} (${String(kol[2])}), with other values` }),
};

const POST_COLUMNS = 'id, region, kol_id, campaign_id, platform, url, posted_at, views, likes, comments, shares, clicks, disclosed';

export const KOL_POSTS_IMPORT: ImportKindSpec = {
  table: 'kol_posts',
  required: ['platform', 'handle', 'url', 'posted_at', 'views', 'likes', 'comments', 'shares', 'clicks', 'disclosed'],
  optional: ['campaign'],
  read(r, id) {
    const platform = oneOf<KolPlatform>(r, 'platform', KOL_PLATFORMS);
    const handle = handleOf(r);
    const kol = platform && handle ? get<{ id: number; region: string }>(r.db, 'SELECT id, region FROM kols WHERE platform = ? AND handle = ?', [platform, handle]) : undefined;
    if (platform && handle && !kol) refuse(r, 'handle', `is no KOL on ${platform} here: import the KOL first`);
    if (kol && !r.person.regions.includes(kol.region as never)) refuse(r, 'handle', `is a KOL of ${kol.region}, which you are not granted`);
    const url = webAddress(r, 'url', true);
    const postedAt = instant(r, 'posted_at');
    const counts = ['views', 'likes', 'comments', 'shares', 'clicks'].map((c) => wholeNumber(r, c));
    const disclosed = yesNo(r, 'disclosed');
    const campaignName = (r.values.campaign ?? '').trim();
    let campaignId: number | null = null;
    if (campaignName !== '' && kol) {
      campaignId = value<number>(r.db, 'SELECT id FROM campaigns WHERE region = ? AND name = ?', [kol.region, campaignName]) ?? null;
      if (campaignId === null) refuse(r, 'campaign', `is no campaign of ${kol.region}`);
    }
    if (r.problems.length > 0 || !kol || url == null || postedAt == null || disclosed === undefined || counts.includes(undefined)) return undefined;
    return [id, kol.region, kol.id, campaignId, platform as string, url, postedAt, ...(counts as number[]), disclosed];
  },
  key: (row) => String(row[5]),
  existing: (db, row) => tuples<SqlValue[]>(db, `SELECT ${POST_COLUMNS} FROM kol_posts WHERE url = ?`, [row[5] ?? null])[0],
  taken: (post) => ({ column: 'url', reason: `is already post #${String(post[0])}, with other values` }),
};
