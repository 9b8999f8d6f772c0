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

  it('finds phone numbers written in any decimal digits, keeping the digits of the rest as written', () => {
    expect(scrubPersonalData('اتصل بي على ٠٥٠١٢٣٤٥٦٧ بخصوص الطلب ٤٥', [])).toBe('اتصل بي على [phone] بخصوص الطلب ٤٥');
    expect(scrubPersonalData('โทร ๐๘๑-๒๓๔-๕๖๗๘ ครับ', [])).toBe('โทร [phone] ครับ');
    expect(scrubPersonalData('โทร๐๘๑๒๓๔๕๖๗๘ครับ', [])).toBe('โทร[phone]ครับ');
    expect(scrubPersonalData('Ruf an: +４９ ３０ １２３４ ５６７８', [])).toBe('Ruf an: [phone]');
  });

  it('keeps dates, times and order numbers', () => {
    for (const text of [
      'Promised for 2026-11-20 12:30, still nothing',
      'Zugesagt am 20.11.2026 um 12:30 Uhr',
      'Entregado el 20/11/2026 12:30:15',
      'Waited from 09:15 to 12:30',
      'My order 1048576 is late',
      'Mi pedido 20261120 no llega',
      'Bestellung Nr. 1048576 fehlt',
      'ตอนนี้ ๑๒:๓๐ น. วันที่ ๒๐/๑๑/๒๐๒๖',
    ]) {
      expect(scrubPersonalData(text, [])).toBe(text);
    }
    expect(scrubPersonalData('On 2026-11-20 12:30 I called 0812345678', [])).toBe('On 2026-11-20 12:30 I called [phone]');
  });
});
