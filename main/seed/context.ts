// What every part of the generator is given: the options as numbers and the growth model built from them.

import type { GrowthModel } from './growth-model';
import type { ScaleSizes } from './options';

export interface Context {
  seed: number;
  /** The latest of the regions' ends: the generator's clocks run to here. */
  until: number;
  /** Where each region's data ends (by region index): nothing happens in a region after its end. */
  ends: readonly number[];
  start: number;
  sizes: ScaleSizes;
  growth: GrowthModel;
}

/** The end of the data in the region at `regionIndex`. */
export function regionEnd(ctx: Pick<Context, 'ends'>, regionIndex: number): number {
  return ctx.ends[regionIndex] as number;
}
