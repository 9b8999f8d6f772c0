// What every domain's mutations share (hub/PROTOCOL.md, "Push"): ids and the console's clock.
import { z } from 'zod';

/** A row's or a mutation's id: a positive whole number JavaScript holds exactly. */
export const rowId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/**
 * A time read from the console's clock, in epoch milliseconds. The clock may be far off (a dead CMOS battery reads
 * 1999, a typo 2150): the hub moves every such time by the difference between its clock and the batch's `sentAt`,
 * so any integer is taken here, and only the corrected time is stored.
 */
export const consoleClockMs = z.number().int();
