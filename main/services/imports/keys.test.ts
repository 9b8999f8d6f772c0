// A source record's content hash is kept in import_keys: a hash written differently by a newer console would make
// every record of an earlier import look changed. The value is pinned as the first imports wrote it.
import { describe, expect, it } from 'vitest';
import { contentHash } from './keys';

describe('contentHash', () => {
  it('is the SHA-1 of the JSON text, in base64url, as earlier imports stored it', () => {
    expect(contentHash(['o1', 4, 'Chegou atrasado', 1_500_000_000_000, null, 12.5])).toBe('KjbcrUBxEaMkQ9-mYaiWuntrjTs');
  });
});
