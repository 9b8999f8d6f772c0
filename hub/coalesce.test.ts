// The sharing helpers the hub's per-request reads go through: a read shared by many callers must still be one that
// began after each of them asked (a revocation committed before a request is seen by it), and a batch answers each key.
import { describe, expect, it } from 'vitest';
import { Batcher, FreshRead } from './coalesce';

describe('FreshRead', () => {
  it('answers each caller with a read begun after it asked, one read in flight, shared by those who asked meanwhile', async () => {
    let value = 0;
    let started = 0;
    const ends: (() => void)[] = [];
    const read = new FreshRead(() => {
      started++;
      const seen = value;
      return new Promise<number>((resolve) => ends.push(() => resolve(seen)));
    });
    const first = read.get();
    value = 1; // Committed after the first read began: callers from now on must see it.
    const second = read.get();
    const third = read.get();
    expect(started).toBe(1);
    ends.shift()?.();
    expect(await first).toBe(0);
    await Promise.resolve();
    expect(started).toBe(2);
    ends.shift()?.();
    expect(await second).toBe(1);
    expect(await third).toBe(1);
  });

  it('starts afresh after a failed read', async () => {
    let fail = true;
    const read = new FreshRead(async () => {
      if (fail) throw new Error('down');
      return 7;
    });
    await expect(read.get()).rejects.toThrow('down');
    fail = false;
    expect(await read.get()).toBe(7);
  });
});

describe('Batcher', () => {
  it('reads the keys asked for in one turn together, and answers a missing one with the default', async () => {
    const batches: string[][] = [];
    const batcher = new Batcher(async (keys: string[]) => {
      batches.push(keys);
      return new Map(keys.filter((key) => key !== 'gone').map((key) => [key, key.length]));
    }, -1);
    const answers = await Promise.all([batcher.get('a'), batcher.get('bb'), batcher.get('a'), batcher.get('gone')]);
    expect(answers).toEqual([1, 2, 1, -1]);
    expect(batches).toEqual([['a', 'bb', 'gone']]);
    expect(await batcher.get('ccc')).toBe(3);
    expect(batches).toHaveLength(2);
  });
});
