import { describe, expect, it } from 'vitest';
import { GroupCommit, type Settled } from '../../core/storage/group-commit.js';
import { BatchLoader } from '../../core/storage/batch-loader.js';

describe('GroupCommit', () => {
  it('writes what arrives together in one flush, one at a time, and answers each caller with its own result', async () => {
    const flushes: number[][] = [];
    let running = 0;
    const commit = new GroupCommit<number, number>(async (items) => {
      running += 1;
      expect(running).toBe(1);
      flushes.push(items);
      await new Promise((r) => setTimeout(r, 5));
      running -= 1;
      return items.map((n): Settled<number> => (n === 3 ? { ok: false, error: new Error('three') } : { ok: true, value: n * 10 }));
    }, 4);
    const first = await Promise.allSettled([1, 2, 3, 4, 5, 6].map((n) => commit.submit(n)));
    expect(flushes).toEqual([[1, 2, 3, 4], [5, 6]]);
    expect(first.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([10, 20, 'three', 40, 50, 60]);
    // A lone item does not wait for company.
    expect(await commit.submit(7)).toBe(70);
    expect(flushes.at(-1)).toEqual([7]);
  });

  it('rejects every item of a flush that throws, and goes on with the next', async () => {
    let fail = true;
    const commit = new GroupCommit<number, number>(async (items) => {
      if (fail) throw new Error('database down');
      return items.map((n) => ({ ok: true, value: n }));
    }, 10);
    const results = await Promise.allSettled([commit.submit(1), commit.submit(2)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await commit.submit(3)).toBe(3);
  });
});

describe('BatchLoader', () => {
  it('reads the keys asked for together with one call, gives each caller its row, and caches nothing', async () => {
    const calls: number[][] = [];
    const rows = new Map([[1, 'one'], [2, 'two']]);
    const loader = new BatchLoader<number, string>(async (keys) => {
      calls.push(keys);
      return new Map(keys.filter((k) => rows.has(k)).map((k) => [k, rows.get(k)!]));
    });
    expect(await Promise.all([loader.load(1), loader.load(2), loader.load(1), loader.load(9)])).toEqual(['one', 'two', 'one', undefined]);
    expect(calls).toEqual([[1, 2, 9]]);
    rows.set(1, 'uno');
    expect(await loader.load(1)).toBe('uno');
    expect(calls).toHaveLength(2);
  });
});
