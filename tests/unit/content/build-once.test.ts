import { describe, expect, it } from 'vitest';
import { buildOnce } from '../../../src/lib/content/build-once.ts';

/** A computation that counts its runs and returns the run number. */
function counted() {
  const state = { runs: 0 };
  return { state, compute: async () => ++state.runs };
}

describe('data shared by the routes of a build', () => {
  it('is computed once in a production build, and every caller gets that same value', async () => {
    const { state, compute } = counted();
    const query = buildOnce(true, compute);
    const [a, b] = await Promise.all([query(), query()]);
    expect(await query()).toBe(1);
    expect([a, b]).toEqual([1, 1]);
    expect(state.runs).toBe(1);
  });

  it('is shared as the very same object, not a copy', async () => {
    const query = buildOnce(true, async () => ({ list: [1, 2, 3] }));
    expect(await query()).toBe(await query());
  });

  it('is computed afresh on every call outside a production build, so that content changes show in astro dev', async () => {
    const { state, compute } = counted();
    const query = buildOnce(false, compute);
    expect([await query(), await query(), await query()]).toEqual([1, 2, 3]);
    expect(state.runs).toBe(3);
  });

  it('is computed again after a run that failed, instead of failing for good', async () => {
    let runs = 0;
    const query = buildOnce(true, async () => {
      runs += 1;
      if (runs === 1) throw new Error('the content store is not ready');
      return 'ready';
    });
    await expect(query()).rejects.toThrow('the content store is not ready');
    expect(await query()).toBe('ready');
    expect(await query()).toBe('ready');
    expect(runs).toBe(2);
  });
});
