// What an import did to each table it writes, and how its batches let other work in.

/** Awaited between batches: the core's worker answers the window's calls meanwhile. */
export type Pause = () => Promise<void>;
export interface Tally {
  inserted: number;
  updated: number;
  unchanged: number;
}

export const TALLIED_TABLES = ['currency_rates', 'customers', 'orders', 'feedback'] as const;
export type TalliedTable = (typeof TALLIED_TABLES)[number];
export type Tallies = Record<TalliedTable, Tally>;

export function emptyTallies(): Tallies {
  return Object.fromEntries(TALLIED_TABLES.map((t) => [t, { inserted: 0, updated: 0, unchanged: 0 }])) as Tallies;
}

export function totals(tallies: Tallies): Tally {
  const sum: Tally = { inserted: 0, updated: 0, unchanged: 0 };
  for (const t of Object.values(tallies)) {
    sum.inserted += t.inserted;
    sum.updated += t.updated;
    sum.unchanged += t.unchanged;
  }
  return sum;
}
