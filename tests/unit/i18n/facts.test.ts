/**
 * The portal's own French and German activities against their English originals: each keeps the
 * facts (id, goal, roles, number of verification points and their ids, next links and handbook
 * version) and records the English file's current source hash.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { readContentTree } from '../../../src/lib/content/files.ts';
import { entriesIn } from '../../../src/lib/content/entries.ts';
import { languageStatus } from '../../../src/lib/i18n/translations.ts';

const files = readContentTree('content');
const activities = entriesIn(checkContent(files).entries, 'activities');
const english = new Map(activities.filter((a) => a.lang === 'en').map((a) => [a.name, a]));

describe.each(['fr', 'de'])('the %s activities', (lang) => {
  const translated = activities.filter((a) => a.lang === lang);
  it('translate every English activity', () => {
    expect(translated.map((a) => a.name).sort()).toEqual([...english.keys()].sort());
  });
  it.each(translated.map((a) => [a.name, a] as const))('%s keeps the facts of its English original', (name, t) => {
    const en = english.get(name)!;
    expect(t.data.id).toBe(en.data.id);
    expect(t.data.goal).toBe(en.data.goal);
    expect(t.data.roles).toEqual(en.data.roles);
    expect(t.data.handbook).toBe(en.data.handbook);
    expect(t.data.verification.map((v) => v.id)).toEqual(en.data.verification.map((v) => v.id));
    expect(t.data.next.map((n) => n.activity)).toEqual(en.data.next.map((n) => n.activity));
  });
  it('are up to date with their originals (no translation out of date)', () => {
    const outdated = languageStatus(files, lang).rows.filter((r) => r.state === 'outdated');
    expect(outdated.map((r) => r.original)).toEqual([]);
  });
});
