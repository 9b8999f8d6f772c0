// Currency rates: imported like any other entity (a file of day, currency, rate), kept in currency_rates, and read
// back as a book that answers the rate in force on a day.
import type { Db } from '../../db/open';
import { all, get, run } from '../../db/statement-cache';
import type { Tally } from './tally';

export interface RateBook {
  /** Units of the currency per US dollar on the day: the rate of the latest day on or before it, or null. */
  rateOn(currency: string, day: string): number | null;
}

const UPSERT_SQL = `
  INSERT INTO currency_rates (currency, day, rate, origin) VALUES (?, ?, ?, ?)
  ON CONFLICT (currency, day) DO UPDATE SET rate = excluded.rate, origin = excluded.origin`;

/** Moves the staged rates into currency_rates, in one transaction. */
export function applyRates(db: Db, origin: string, tally: Tally): void {
  const staged = all<{ day: string; currency: string; rate: number }>(db, 'SELECT day, currency, rate FROM temp.stage_rates ORDER BY currency, day');
  db.transaction(() => {
    for (const r of staged) {
      const held = get<{ rate: number; origin: string }>(db, 'SELECT rate, origin FROM currency_rates WHERE currency = ? AND day = ?', [r.currency, r.day]);
      if (held && held.rate === r.rate && held.origin === origin) {
        tally.unchanged++;
        continue;
      }
      run(db, UPSERT_SQL, [r.currency, r.day, r.rate, origin]);
      tally[held ? 'updated' : 'inserted']++;
    }
  })();
}

export function rateBook(db: Db): RateBook {
  const byCurrency = new Map<string, { days: string[]; rates: number[] }>();
  for (const r of all<{ currency: string; day: string; rate: number }>(db, 'SELECT currency, day, rate FROM currency_rates ORDER BY currency, day')) {
    let book = byCurrency.get(r.currency);
    if (!book) byCurrency.set(r.currency, (book = { days: [], rates: [] }));
    book.days.push(r.day);
    book.rates.push(r.rate);
  }
  return {
    rateOn(currency, day) {
      const book = byCurrency.get(currency);
      if (!book) return null;
      let low = 0;
      let high = book.days.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((book.days[mid] as string) <= day) low = mid + 1;
        else high = mid;
      }
      return low === 0 ? null : (book.rates[low - 1] as number);
    },
  };
}
