// Ids for roster rows made on a console. Random in [2^40, 2^48): far above the demo data's and any importer's
// counters, and unlikely to meet another console's (a million rows give about a 1 in 500 million chance of a
// clash, which the hub answers as a refused insert), so a row made offline keeps its id for good.
import { randomInt } from 'node:crypto';

const FLOOR = 2 ** 40;
const CEILING = 2 ** 48;

export function newRowId(): number {
  return randomInt(FLOOR, CEILING);
}
