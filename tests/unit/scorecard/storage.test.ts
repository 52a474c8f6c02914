import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../src/lib/scorecard/model.ts';
import { setStatus } from '../../../src/lib/scorecard/edits.ts';
import { keptAside, loadStored, readDocument, saveDocument } from '../../../src/lib/scorecard/storage.ts';
import { STORAGE_KEY, UNREADABLE_KEY_PREFIX } from '../../../src/lib/scorecard/vocabulary.ts';
import { MemoryStorage, T0, T1, T2 } from './helpers.ts';

const doc = setStatus(emptyDocument(T0), 'GGI-A-17', 'Done', T0);

describe('loading the stored document', () => {
  it('finds nothing in an empty storage', async () => {
    expect(await loadStored(new MemoryStorage(), T0)).toEqual({ state: 'empty' });
  });

  it('reads back what was saved, equal', async () => {
    const storage = new MemoryStorage();
    expect(saveDocument(storage, doc)).toEqual({ ok: true });
    expect(await loadStored(storage, T1)).toEqual({ state: 'ok', document: doc, migrated: false });
  });

  it('migrates a version-1 document and says so, leaving the stored text as it was until saved', async () => {
    const storage = new MemoryStorage();
    const v1 = JSON.stringify({
      version: 1,
      name: 'Old',
      activities: { 'GGI-A-17': { status: 'Done', checked: [1] } },
    });
    storage.setItem(STORAGE_KEY, v1);
    const loaded = await loadStored(storage, T1);
    expect(loaded.state).toBe('ok');
    if (loaded.state !== 'ok') return;
    expect(loaded.migrated).toBe(true);
    expect(loaded.document.scorecards[0].activities['GGI-A-17'].points).toEqual({ v2: '' });
    expect(storage.getItem(STORAGE_KEY)).toBe(v1);
  });

  it('keeps an unreadable value aside under a key of its own, saying what is wrong', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{"format":"ospo-zone-scorecard","version":2,"current":"x","scorecards":[');
    const loaded = await loadStored(storage, T1);
    expect(loaded).toMatchObject({ state: 'unreadable', keptAs: `${UNREADABLE_KEY_PREFIX}2026-02-10T09:00:00.000Z` });
    if (loaded.state !== 'unreadable') return;
    expect(loaded.problems[0]).toMatch(/^not valid JSON: /);
    expect(storage.getItem(loaded.keptAs!)).toBe(loaded.raw);
    expect(storage.getItem(STORAGE_KEY)).toBe(loaded.raw);
  });

  it('keeps the same unreadable value aside once only, however often it is loaded', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{"format":"ospo-zone-scorecard","version":2}');
    const first = await loadStored(storage, T1);
    const second = await loadStored(storage, T2);
    expect(first).toMatchObject({
      state: 'unreadable',
      problems: ['current: missing (expected a text)', 'scorecards: missing (expected a list)'],
    });
    expect(second).toMatchObject({ keptAs: (first as { keptAs: string }).keptAs });
    expect(keptAside(storage)).toHaveLength(1);
  });

  it('never overwrites a kept-aside value: a second unreadable value at the same moment gets its own key', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, 'first');
    await loadStored(storage, T1);
    storage.setItem(STORAGE_KEY, 'second');
    await loadStored(storage, T1);
    expect(keptAside(storage)).toEqual([
      `${UNREADABLE_KEY_PREFIX}2026-02-10T09:00:00.000Z`,
      `${UNREADABLE_KEY_PREFIX}2026-02-10T09:00:00.000Z-2`,
    ]);
    expect(keptAside(storage).map((k) => storage.getItem(k))).toEqual(['first', 'second']);
  });

  it('after keeping a value aside, saving a new document replaces the main key and the copy stays', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '[]');
    const loaded = (await loadStored(storage, T1)) as { keptAs: string };
    expect(saveDocument(storage, doc)).toEqual({ ok: true });
    expect(await loadStored(storage, T2)).toMatchObject({ state: 'ok' });
    expect(storage.getItem(loaded.keptAs)).toBe('[]');
  });

  it('says when an unreadable value could not be kept aside (storage full), so that it is not overwritten', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, 'not json');
    storage.fail = 'QuotaExceededError';
    expect(await loadStored(storage, T1)).toMatchObject({ state: 'unreadable', raw: 'not json', keptAs: null });
  });

  it('counts a storage that throws on reading as empty', async () => {
    const storage = new MemoryStorage();
    storage.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(await loadStored(storage, T1)).toEqual({ state: 'empty' });
  });

  it('lists kept-aside keys oldest first, and no others', () => {
    const storage = new MemoryStorage();
    storage.setItem(`${UNREADABLE_KEY_PREFIX}2026-03-01T00:00:00.000Z`, 'b');
    storage.setItem('ospo-zone:theme', 'dark');
    storage.setItem(`${UNREADABLE_KEY_PREFIX}2026-01-01T00:00:00.000Z`, 'a');
    expect(keptAside(storage)).toEqual([
      `${UNREADABLE_KEY_PREFIX}2026-01-01T00:00:00.000Z`,
      `${UNREADABLE_KEY_PREFIX}2026-03-01T00:00:00.000Z`,
    ]);
  });
});

describe('saving', () => {
  it('reports a full storage and an unavailable one, and leaves the stored value as it was', () => {
    const storage = new MemoryStorage();
    saveDocument(storage, doc);
    const before = storage.getItem(STORAGE_KEY);
    storage.fail = 'QuotaExceededError';
    expect(saveDocument(storage, emptyDocument(T1))).toEqual({ ok: false, reason: 'full' });
    storage.fail = 'SecurityError';
    expect(saveDocument(storage, emptyDocument(T1))).toEqual({ ok: false, reason: 'unavailable' });
    expect(saveDocument(undefined, doc)).toEqual({ ok: false, reason: 'unavailable' });
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
  });
});

describe('reading a stored text', () => {
  it('names the version problem of a document from a newer portal', async () => {
    expect(await readDocument('{"format":"ospo-zone-scorecard","version":9}', T0)).toEqual({
      ok: false,
      problems: ['version: 9 is not a version this portal reads (1 or 2); the file may come from a newer portal'],
    });
  });
});
