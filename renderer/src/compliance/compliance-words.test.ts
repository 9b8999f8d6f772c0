import { describe, expect, it } from 'vitest';
import { HOUR_MS } from '../../../shared/domain';
import { UI_LOCALES } from '../i18n/locales';
import { createWords } from '../i18n/words';
import { countdownText, shareText, trendBlocks } from './compliance-words';

const english = createWords(UI_LOCALES[0]!, 'en-US');
const spanish = createWords(UI_LOCALES[1]!, 'es-ES');
const NOW = 1_000 * HOUR_MS;

describe('compliance words', () => {
  it('counts a clock down in hours, then days and hours, and past its end as overdue', () => {
    expect(countdownText(NOW + 11 * HOUR_MS + 59 * 60_000, NOW, english)).toBe('Due in 11 h');
    expect(countdownText(NOW + 53 * HOUR_MS, NOW, english)).toBe('Due in 2 d 5 h');
    expect(countdownText(NOW - 3 * HOUR_MS, NOW, english)).toBe('Overdue by 3 h');
    expect(countdownText(NOW + 72 * HOUR_MS, NOW, spanish)).toBe('Vence en 3 d 0 h');
  });

  it('writes a share as a whole percent in the UI language, and nothing counted as a dash', () => {
    expect(shareText(0.8, english)).toBe('80%');
    expect(shareText(0.8, spanish)).toBe('80\u00a0%');
    expect(shareText(null, english)).toBe('—');
  });

  it('draws a trend oldest first, a quarter without an assessment as a dot', () => {
    expect(trendBlocks([null, 0, 0.5, 1])).toBe('·▁▅█');
  });
});
