import { describe, expect, it } from 'vitest';
import { isUnspacedScript, textBigrams } from './bigrams';

describe('bigrams for unspaced scripts', () => {
  it('pair neighbouring characters of Japanese and Thai runs only', () => {
    expect(textBigrams('関税が高い order #12')).toBe('関税 税が が高 高い');
    expect(textBigrams('ส่ง')).toBe('ส่ ่ง');
    expect(textBigrams('plain English text')).toBe('');
  });

  it('keep each pair once', () => {
    expect(textBigrams('返品返品')).toBe('返品 品返');
  });

  it('tell unspaced-script terms from others', () => {
    expect(isUnspacedScript('関税')).toBe(true);
    expect(isUnspacedScript('DH')).toBe(false);
    expect(isUnspacedScript('関a')).toBe(false);
  });
});
