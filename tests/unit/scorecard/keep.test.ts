import { describe, expect, it } from 'vitest';
import { keepAside } from '../../../src/lib/scorecard/keep.ts';
import { UNREADABLE_KEY_PREFIX } from '../../../src/lib/scorecard/vocabulary.ts';
import { MemoryStorage, T0 } from './helpers.ts';

describe('keeping an unreadable value aside', () => {
  it('copies it under the prefix and the ISO time, and finds that copy again for the same text', () => {
    const storage = new MemoryStorage();
    const key = keepAside(storage, '{broken', T0);
    expect(key).toBe(UNREADABLE_KEY_PREFIX + T0.toISOString());
    expect(storage.getItem(key!)).toBe('{broken');
    expect(keepAside(storage, '{broken', T0)).toBe(key);
    expect(storage.length).toBe(1);
  });

  it('never overwrites an earlier copy of another text: the new one gets -2', () => {
    const storage = new MemoryStorage();
    keepAside(storage, 'first', T0);
    const key = keepAside(storage, 'second', T0);
    expect(key).toBe(`${UNREADABLE_KEY_PREFIX}${T0.toISOString()}-2`);
    expect(storage.getItem(`${UNREADABLE_KEY_PREFIX}${T0.toISOString()}`)).toBe('first');
  });

  it('answers null when the copy cannot be written', () => {
    const storage = new MemoryStorage();
    storage.fail = 'QuotaExceededError';
    expect(keepAside(storage, 'text', T0)).toBeNull();
  });
});
