/**
 * Keeping an unreadable stored value aside (see storage.ts's `loadStored`, which loads this module
 * only when the stored value cannot be read): a copy under a key of its own, written once.
 */
import { writeRaw, type StoragePort } from './port.ts';
import { keptAside } from './storage.ts';
import { UNREADABLE_KEY_PREFIX } from './vocabulary.ts';

/**
 * Copies `raw` aside under `UNREADABLE_KEY_PREFIX` + `now` as ISO time (with `-2`, `-3`, … should
 * that key exist), unless a kept-aside key holds the same text already: returns that key, or
 * `null` when the copy could not be written.
 */
export function keepAside(storage: StoragePort, raw: string, now: Date): string | null {
  const same = keptAside(storage).find((k) => storage.getItem(k) === raw);
  if (same) return same;
  const base = UNREADABLE_KEY_PREFIX + now.toISOString();
  let key = base;
  for (let n = 2; storage.getItem(key) !== null; n++) key = `${base}-${n}`;
  return writeRaw(storage, key, raw).ok ? key : null;
}
