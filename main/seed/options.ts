// What a caller chooses of the demo data set, and the sizes each scale stands for.

export type Scale = 'small' | 'large';

export interface GenerateOptions {
  scale: Scale;
  /** The data ends here: nothing has happened after it. */
  until: Date;
  /** Any integer; the default gives the canonical demo data. */
  seed?: number;
}

export interface ScaleSizes {
  customers: number;
  orders: number;
  feedback: number;
}

export const SCALES: Readonly<Record<Scale, ScaleSizes>> = {
  small: { customers: 5_000, orders: 20_000, feedback: 4_000 },
  large: { customers: 200_000, orders: 1_000_000, feedback: 300_000 },
};

export const DEFAULT_SEED = 20_261_125;

/** How far back the data reaches from `until`. */
export const SPAN_DAYS = 730;
