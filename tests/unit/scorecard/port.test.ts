import { afterEach, describe, expect, it, vi } from 'vitest';
import { isQuotaError, openStorage, writeRaw } from '../../../src/lib/scorecard/port.ts';
import { MemoryStorage } from './helpers.ts';

afterEach(() => vi.unstubAllGlobals());

describe('the storage port', () => {
  it('opens the page’s localStorage when there is one', () => {
    const storage = new MemoryStorage();
    vi.stubGlobal('localStorage', storage);
    expect(openStorage()).toBe(storage);
  });

  it('opens nothing where there is no localStorage or reaching it throws a SecurityError', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(openStorage()).toBeUndefined();
    vi.stubGlobal('localStorage', {
      get length(): number {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(openStorage()).toBeUndefined();
  });

  it('writes, and tells a full storage from an unavailable one without throwing', () => {
    const storage = new MemoryStorage();
    expect(writeRaw(storage, 'k', 'v')).toEqual({ ok: true });
    expect(storage.getItem('k')).toBe('v');
    storage.fail = 'QuotaExceededError';
    expect(writeRaw(storage, 'k', 'w')).toEqual({ ok: false, reason: 'full' });
    storage.fail = 'SecurityError';
    expect(writeRaw(storage, 'k', 'w')).toEqual({ ok: false, reason: 'unavailable' });
    expect(writeRaw(undefined, 'k', 'w')).toEqual({ ok: false, reason: 'unavailable' });
    expect(storage.getItem('k')).toBe('v');
  });

  it('knows the quota errors of older browsers by name and code', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ name: 'Error', code: 22 })).toBe(true);
    expect(isQuotaError(new TypeError('x'))).toBe(false);
    expect(isQuotaError('full')).toBe(false);
  });
});
