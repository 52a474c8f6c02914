/**
 * The browser's localStorage behind a small port, without any validation library, so that the
 * activity page's control (with `reader.ts`) and the scorecard page (with `storage.ts`) share
 * one way of opening it and of telling "full" from "unavailable". Nothing here touches `window`
 * except `openStorage`.
 */

/** What the scorecard needs of a `Storage` (localStorage, or a map in tests). */
export interface StoragePort {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/** Why a value could not be written: the storage is full (quota), or there is none to write to. */
export type WriteFailure = 'unavailable' | 'full';

/**
 * The page's localStorage, or undefined where there is none or reading it throws (storage
 * disabled, some private modes, a sandboxed frame: a SecurityError).
 */
export function openStorage(): StoragePort | undefined {
  try {
    const s = globalThis.localStorage;
    if (!s) return undefined;
    void s.length;
    return s;
  } catch {
    return undefined;
  }
}

/**
 * Whether `error`, thrown by `setItem`, says the quota is exceeded: `QuotaExceededError` in
 * every current browser; Firefox's older `NS_ERROR_DOM_QUOTA_REACHED` and the legacy codes 22
 * and 1014 too.
 */
export function isQuotaError(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  const { name, code } = error as { name?: string; code?: number };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/**
 * Writes `value` under `key`: `{ ok: true }`, or `{ ok: false, reason }` with `full` when the
 * quota is exceeded and `unavailable` when there is no storage or it refuses (SecurityError, …).
 * Never throws.
 */
export function writeRaw(
  storage: StoragePort | undefined,
  key: string,
  value: string,
): { ok: true } | { ok: false; reason: WriteFailure } {
  if (!storage) return { ok: false, reason: 'unavailable' };
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'full' : 'unavailable' };
  }
}
