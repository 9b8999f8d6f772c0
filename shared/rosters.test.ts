import { describe, expect, it } from 'vitest';
import { normaliseHandle, tagText, tierOf, tierRange } from './rosters';

const handle = (written: string) => {
  const result = normaliseHandle(written);
  return result.ok ? result.handle : `refused: ${result.reason}`;
};

describe('normaliseHandle', () => {
  it('reads @Name, name and a profile address as one handle', () => {
    expect(handle('@Name')).toBe('name');
    expect(handle('name')).toBe('name');
    expect(handle('  @@NAME ')).toBe('name');
    expect(handle('https://www.tiktok.com/@name?lang=en')).toBe('name');
    expect(handle('www.instagram.com/Name/')).toBe('name');
    expect(handle('https://www.youtube.com/c/Name')).toBe('name');
    expect(handle('https://www.snapchat.com/add/name#x')).toBe('name');
    expect(handle('http://blog.naver.com/name')).toBe('name');
  });

  it('keeps dotted handles and letters of every script', () => {
    expect(handle('john.doe')).toBe('john.doe');
    expect(handle('@สมชาย_รีวิว')).toBe('สมชาย_รีวิว');
    expect(handle('https://www.xiaohongshu.com/user/profile/%E5%B0%8F%E7%BA%A2')).toBe('小红');
    // Full-width letters fold to the same handle (NFKC).
    expect(handle('＠Ｎａｍｅ')).toBe('name');
  });

  it('refuses what is no handle, saying why', () => {
    expect(handle('')).toBe('refused: is empty');
    expect(handle('two words')).toMatch(/^refused: holds characters/);
    expect(handle('ftp://example.com/name')).toBe('refused: is not a web address');
    expect(handle('https://www.tiktok.com/')).toBe('refused: names no profile');
  });
});

describe('tierOf', () => {
  it('puts each boundary in the higher tier', () => {
    expect([0, 9_999, 10_000, 99_999, 100_000, 499_999, 500_000, 999_999, 1_000_000, 50_000_000].map(tierOf)).toEqual([
      'nano', 'nano', 'micro', 'micro', 'mid', 'mid', 'macro', 'macro', 'mega', 'mega',
    ]);
  });

  it('gives each tier the range tierOf reads', () => {
    expect(tierRange('nano')).toEqual([0, 10_000]);
    expect(tierRange('macro')).toEqual([500_000, 1_000_000]);
    expect(tierRange('mega')).toEqual([1_000_000, null]);
  });
});

describe('tagText', () => {
  it('stores a set of tags as one sorted lower-case text', () => {
    expect(tagText(['Beauty', 'vip', ' beauty ', ''])).toBe('beauty,vip');
  });
});
