// What a caller chooses of the demo data set, and the sizes each scale stands for.

export type Scale = 'small' | 'large';

/** Where the data ends: one instant for every region, or a calendar day, which then ends at midnight after it in
 * each region's own time zone (so that day, and the ISO week ending on it, is complete everywhere). */
export type DataEnd = Date | { day: string };

export interface GenerateOptions {
  scale: Scale;
  /** The data ends here: nothing has happened after it. */
  until: DataEnd;
  /** Any integer; the default gives the canonical demo data. */
  seed?: number;
}

export interface ScaleSizes {
  customers: number;
  orders: number;
  feedback: number;
  /** The rosters (main/seed/rosters.ts): KOLs, their posts and communities exactly; community members about. */
  kols: number;
  kolPosts: number;
  communities: number;
  communityMembers: number;
}

export const SCALES: Readonly<Record<Scale, ScaleSizes>> = {
  small: { customers: 5_000, orders: 20_000, feedback: 4_000, kols: 300, kolPosts: 3_000, communities: 30, communityMembers: 2_500 },
  large: { customers: 200_000, orders: 1_000_000, feedback: 300_000, kols: 30_000, kolPosts: 300_000, communities: 300, communityMembers: 400_000 },
};

export const DEFAULT_SEED = 20_261_125;

/** How far back the data reaches from `until`. */
export const SPAN_DAYS = 730;
