import { describe, expect, it } from 'vitest';
import { scrubPersonalData } from './personal-data';

describe('scrubPersonalData', () => {
  it('removes e-mail addresses, phone numbers and known names, and keeps order and tracking numbers', () => {
    const text = 'Order #1048576 (tracking JT1234567890) is late. Call +81 90-1234-5678 or (030) 1234 5678, mail haruto.sato@example.co.jp. Haruto Sato';
    expect(scrubPersonalData(text, ['Haruto Sato'])).toBe(
      'Order #1048576 (tracking JT1234567890) is late. Call [phone] or [phone], mail [email]. [name] [name]',
    );
  });

  it('finds names written without spaces, and leaves dates and short numbers', () => {
    expect(scrubPersonalData('田中です。注文が届きません', ['田中 陽翔'])).toBe('[name]です。注文が届きません');
    expect(scrubPersonalData('Delivered 2026-11-20, 3 days late, 12 items', ['Ana Reyes'])).toBe('Delivered 2026-11-20, 3 days late, 12 items');
    expect(scrubPersonalData('Banana from Ana', ['Ana Reyes'])).toBe('Banana from [name]');
  });
});
