import { describe, expect, it } from 'vitest';
import {
  DICTIONARIES,
  format,
  formatDate,
  formatList,
  formatNumber,
  languageName,
  nativeName,
  t,
} from '../../../src/lib/i18n/ui.ts';
import { en } from '../../../src/lib/i18n/ui/en.ts';
import { PUBLISHED_LANGUAGES } from '../../../src/schemas/vocabularies.ts';

describe('the interface dictionaries', () => {
  it('every published language has a dictionary with every English key, none empty', () => {
    for (const lang of PUBLISHED_LANGUAGES) {
      const d = DICTIONARIES[lang];
      expect(d, lang).toBeDefined();
      expect(Object.keys(d!).sort()).toEqual(Object.keys(en).sort());
      for (const [key, value] of Object.entries(d!)) expect(value.trim(), `${lang} ${key}`).not.toBe('');
    }
  });
  it("each translation uses exactly the English string's placeholders", () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [lang, d] of Object.entries(DICTIONARIES))
      for (const key of Object.keys(en) as (keyof typeof en)[])
        expect(names(d![key]), `${lang} ${key}`).toEqual(names(en[key]));
  });
  it('t gives the string in the language, filled in, and English for a language without a dictionary', () => {
    expect(t('fr', 'nav.ggi')).toBe('Manuel GGI');
    expect(t('de', 'site.home', { site: 'OSPO.Zone' })).toBe('OSPO.Zone, Startseite');
    expect(t('it', 'nav.ggi')).toBe('GGI handbook');
  });
  it('format refuses a template whose value is missing', () => {
    expect(format('{a} and {b}', { a: 1, b: 'x' })).toBe('1 and x');
    expect(() => format('{a} and {b}', { a: 1 })).toThrow('needs a value for {b}');
  });
});

describe('formatting per language', () => {
  it('writes dates, lists and numbers as each language does', () => {
    expect(formatDate('2026-12-02', 'en')).toBe('2 December 2026');
    expect(formatDate('2026-12-02', 'fr')).toBe('2 décembre 2026');
    expect(formatDate('2026-12-02', 'de')).toBe('2. Dezember 2026');
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(formatList(['a', 'b', 'c'], 'fr')).toBe('a, b et c');
    expect(formatList(['a', 'b', 'c'], 'de')).toBe('a, b und c');
    expect(formatNumber(12345, 'de')).toBe('12.345');
  });
  it('names languages in the reader’s language, and in their own for the switcher', () => {
    expect(languageName('fr', 'de')).toBe('Französisch');
    expect(languageName('de', 'fr')).toBe('allemand');
    expect(nativeName('fr')).toBe('Français');
    expect(nativeName('de')).toBe('Deutsch');
    expect(nativeName('en')).toBe('English');
  });
});
