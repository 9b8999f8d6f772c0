// What every part of the generator is given: the options as numbers and the growth model built from them.

import type { GrowthModel } from './growth-model';
import type { ScaleSizes } from './options';

export interface Context {
  seed: number;
  until: number;
  start: number;
  sizes: ScaleSizes;
  growth: GrowthModel;
}
