// Word-making for the compliance screen, pure over Words so it is tested in any language.
import type { Words } from '../i18n/words';

export function shareText(share: number | null, words: Words): string {
  return share === null ? '—' : words.intl.formatNumber(share, { style: 'percent', maximumFractionDigits: 0 });
}

const HOUR_MS = 3_600_000;

/** "Due in 2 d 5 h", or "Overdue by 3 h": the clock of a notification not yet made. */
export function countdownText(dueAt: number, now: number, words: Words): string {
  const left = dueAt - now;
  const hours = Math.floor(Math.abs(left) / HOUR_MS);
  const span = hours >= 48 ? words.t('compliance.daysHours', { days: Math.floor(hours / 24), hours: hours % 24 }) : words.t('compliance.hours', { hours });
  return left >= 0 ? words.t('compliance.dueIn', { span }) : words.t('compliance.overdueBy', { span });
}

/** A trend of shares as a row of block characters, oldest first: readable in a cell and in a screen reader's words. */
export function trendBlocks(trend: readonly (number | null)[]): string {
  const blocks = '▁▂▃▄▅▆▇█';
  return trend.map((share) => (share === null ? '·' : blocks[Math.min(7, Math.floor(share * 8))])).join('');
}
