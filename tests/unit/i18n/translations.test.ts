import { describe, expect, it } from 'vitest';
import { languageStatus, sourceHash, translationPlace } from '../../../src/lib/i18n/translations.ts';

const file = (path: string, text: string) => ({ path, text });
const english = file('activities/en/a.md', '---\nid: GGI-A-01\n---\nText.\n');

describe('sourceHash', () => {
  it('is the first 12 hex digits of the SHA-256 of the text', () => {
    // printf 'x' | sha256sum
    expect(sourceHash('x')).toBe('2d711642b726');
  });
});

describe('translationPlace', () => {
  it('reads the collection, language and name of translatable files and nothing else', () => {
    expect(translationPlace('activities/fr/run_code_reviews.md')).toEqual({
      collection: 'activities',
      lang: 'fr',
      name: 'run_code_reviews',
    });
    expect(translationPlace('goals/usage.md')).toEqual({ collection: 'goals', lang: 'en', name: 'usage' });
    expect(translationPlace('pages/de/join.md')).toEqual({ collection: 'pages', lang: 'de', name: 'join' });
    expect(translationPlace('goals/_template.md')).toBeUndefined();
    expect(translationPlace('members/ow2.md')).toBeUndefined();
    expect(translationPlace('activities/_template.md')).toBeUndefined();
  });
});

describe('languageStatus', () => {
  it('lists each English entry as translated, out of date or missing, with counts equal to the files', () => {
    const files = [
      english,
      file('activities/en/b.md', 'B'),
      file('activities/en/c.md', 'C'),
      file('goals/usage.md', 'U'),
      file('activities/fr/a.md', `---\ntranslatedFrom: "${sourceHash(english.text)}"\n---\n`),
      file('activities/fr/b.md', '---\ntranslatedFrom: "000000000000"\n---\n'),
      file('activities/de/c.md', `---\ntranslatedFrom: "${sourceHash('C')}"\n---\n`),
    ];
    const fr = languageStatus(files, 'fr');
    expect(fr.rows.map((r) => [r.collection, r.name, r.state])).toEqual([
      ['activities', 'a', 'translated'],
      ['activities', 'b', 'outdated'],
      ['activities', 'c', 'missing'],
      ['goals', 'usage', 'missing'],
    ]);
    expect(fr.counts).toEqual({ translated: 1, outdated: 1, missing: 2 });
    expect(languageStatus(files, 'de').counts).toEqual({ translated: 1, outdated: 0, missing: 3 });
  });
  it('takes a translation whose English original changed after it as out of date', () => {
    const t = file('activities/fr/a.md', `translatedFrom: '${sourceHash(english.text)}'`);
    const changed = { ...english, text: `${english.text}More.\n` };
    expect(languageStatus([english, t], 'fr').rows[0]?.state).toBe('translated');
    expect(languageStatus([changed, t], 'fr').rows[0]?.state).toBe('outdated');
  });
});
