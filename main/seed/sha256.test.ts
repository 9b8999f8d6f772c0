import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/sha256';

describe('sha256Hex', () => {
  it('agrees with node:crypto on the empty input, the FIPS example, text and every length around a block', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('Données signées: ✓')).toBe(createHash('sha256').update('Données signées: ✓').digest('hex'));
    for (let length = 50; length <= 130; length++) {
      const bytes = Uint8Array.from({ length }, (_v, i) => (i * 31 + length) & 0xff);
      expect(sha256Hex(bytes), `length ${length}`).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });
});
