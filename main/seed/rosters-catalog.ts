// What the rosters' demo data draws from: each region's platforms, niches, agencies and community platforms.
import type { RegionCode } from '../../shared/domain';
import type { KolPlatform } from '../../shared/rosters';

/** Where each region's creators are (the list), with their weights. */
export const REGION_PLATFORMS: Readonly<Record<RegionCode, readonly (readonly [KolPlatform, number])[]>> = {
  SEA: [['tiktok', 45], ['shopee_live', 35], ['instagram', 20]],
  MENA: [['instagram', 55], ['snapchat', 45]],
  EU: [['instagram', 60], ['youtube', 40]],
  NA: [['instagram', 55], ['youtube', 45]],
  LATAM: [['instagram', 40], ['tiktok', 35], ['kwai', 25]],
  EA: [['line', 25], ['youtube', 25], ['naver_blog', 25], ['instagram', 25]],
};

export const COMMUNITY_PLATFORMS_BY_REGION: Readonly<Record<RegionCode, readonly string[]>> = {
  SEA: ['whatsapp', 'line', 'telegram'],
  MENA: ['whatsapp', 'telegram'],
  EU: ['whatsapp', 'telegram', 'discord'],
  NA: ['discord', 'facebook_group'],
  LATAM: ['whatsapp', 'telegram'],
  EA: ['line', 'kakaotalk', 'wechat'],
};

export const NICHES = ['beauty', 'fashion', 'tech', 'home', 'food', 'fitness', 'parenting', 'gaming', 'travel', 'pets'] as const;

export const AGENCIES = ['Starlight Talent', 'Kreator Hub', 'Bright Voices', 'Nova Creators', 'Loop Media'] as const;

/** A profile's address on each platform, from its handle. */
export const PROFILE_URLS: Readonly<Record<KolPlatform, (handle: string) => string>> = {
  tiktok: (h) => `https://www.tiktok.com/@${h}`,
  instagram: (h) => `https://www.instagram.com/${h}`,
  youtube: (h) => `https://www.youtube.com/@${h}`,
  facebook: (h) => `https://www.facebook.com/${h}`,
  x: (h) => `https://x.com/${h}`,
  shopee_live: (h) => `https://shopee.sg/${h}`,
  line: (h) => `https://page.line.me/${h}`,
  naver_blog: (h) => `https://blog.naver.com/${h}`,
  kwai: (h) => `https://www.kwai.com/@${h}`,
  snapchat: (h) => `https://www.snapchat.com/add/${h}`,
  xiaohongshu: (h) => `https://www.xiaohongshu.com/user/profile/${h}`,
};

/** Engagement falls as reach grows: a tier's typical rate (median of a log-normal). */
export const TIER_ENGAGEMENT = { nano: 0.062, micro: 0.041, mid: 0.027, macro: 0.019, mega: 0.013 } as const;

export const COMMUNITY_PURPOSE_NAMES: Readonly<Record<string, string>> = {
  vip: 'VIP circle',
  new_buyers: 'New buyers club',
  category_fans: 'Deal hunters',
  local: 'Neighbours',
  support: 'Help & tips',
};

/** Share of a KOL contract's spend that is product seeding (the rest is the fee). */
export const SEEDING_SHARE = 0.15;
/** Days a campaign's code stays valid after the campaign ends. */
export const CODE_GRACE_DAYS = 14;
