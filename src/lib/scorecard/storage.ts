/**
 * The scorecard document in the browser's storage: read, migrated and validated (schema.ts) on
 * loading, written back whole. The schema check is always made; what only an older document
 * needs (migrate.ts) and the wording of what is wrong (problems.ts) load only when needed. A stored value that cannot be read is copied aside once, under a
 * key of its own that nothing ever writes again, before the main key may be written anew; the
 * user can then download it. Works on a `StoragePort` (port.ts), never on `window` directly.
 */
import { openStorage, writeRaw, type StoragePort, type WriteFailure } from './port.ts';
import { check, documentSchema } from './schema.ts';
import type { ScorecardDocument } from './types.ts';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, STORAGE_KEY, UNREADABLE_KEY_PREFIX } from './vocabulary.ts';

export { openStorage, type StoragePort, type WriteFailure };

/**
 * What loading found: nothing stored; a document (migrated to the current version if it was
 * older: save it to keep the migration); or a value that cannot be read, with what is wrong,
 * and the key it was kept aside under (`keptAs`), or `null` when it could not be copied (the
 * storage is full or refuses): then the main key must not be written, or the value is lost.
 */
export type Loaded =
  | { state: 'empty' }
  | { state: 'ok'; document: ScorecardDocument; migrated: boolean }
  | { state: 'unreadable'; raw: string; keptAs: string | null; problems: string[] };

/**
 * Why `raw` (a stored value) is not a document, or the document: JSON, then migration (only a
 * value that is not a current document needs migrate.ts, loaded then), then the schema. Never
 * rejects.
 */
export async function readDocument(
  raw: string,
  now: Date,
): Promise<{ ok: true; document: ScorecardDocument; migrated: boolean } | { ok: false; problems: string[] }> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { ok: false, problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  let migrated = value;
  const current = value as { format?: unknown; version?: unknown } | null;
  if (current?.format !== DOCUMENT_FORMAT || current.version !== DOCUMENT_VERSION) {
    const { migrateDocument, MigrationError } = await import('./migrate.ts');
    try {
      migrated = migrateDocument(value, now);
    } catch (error) {
      if (error instanceof MigrationError) return { ok: false, problems: [error.message] };
      throw error;
    }
  }
  const result = check(documentSchema, migrated);
  if (result.ok) return { ok: true, document: result.data, migrated: migrated !== value };
  const { describeIssues } = await import('./problems.ts');
  return { ok: false, problems: describeIssues(result.issues, migrated) };
}

/** The keys under which unreadable values were kept aside, oldest first (the key ends with the ISO time). */
export function keptAside(storage: StoragePort): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(UNREADABLE_KEY_PREFIX)) keys.push(k);
  }
  return keys.sort();
}

/**
 * Loads the document under STORAGE_KEY (see Loaded). An unreadable value is kept aside (once:
 * loading the same value again finds its copy) and stays under the main key too, until the
 * next save replaces it. Reading throwing (storage gone since opening) counts as empty. Never
 * rejects.
 */
export async function loadStored(storage: StoragePort, now: Date): Promise<Loaded> {
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return { state: 'empty' };
  }
  if (raw === null) return { state: 'empty' };
  const read = await readDocument(raw, now);
  if (read.ok) return { state: 'ok', document: read.document, migrated: read.migrated };
  // Rare: the code that keeps a value aside (keep.ts) loads only for one.
  const { keepAside } = await import('./keep.ts');
  return { state: 'unreadable', raw, keptAs: keepAside(storage, raw, now), problems: read.problems };
}

/**
 * Writes `doc` under STORAGE_KEY (compact JSON): `{ ok: true }`, or `{ ok: false, reason }`:
 * `full` (QuotaExceededError), `unavailable` (no storage, SecurityError, …). Never throws.
 */
export function saveDocument(
  storage: StoragePort | undefined,
  doc: ScorecardDocument,
): { ok: true } | { ok: false; reason: WriteFailure } {
  return writeRaw(storage, STORAGE_KEY, JSON.stringify(doc));
}
