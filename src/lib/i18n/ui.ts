/**
 * The interface dictionaries and the language-aware formatting of dates, numbers, lists and
 * language names (`Intl`, with Node's and the browser's full ICU data). Pages and components get
 * every interface string from here: `t(lang, 'nav.ggi')`.
 */
import type { Language, Role } from '../../schemas/vocabularies.ts';
import { en, type Dictionary, type UiKey } from './ui/en.ts';
import { fr } from './ui/fr.ts';
import { de } from './ui/de.ts';

export type { Dictionary, UiKey } from './ui/en.ts';

/**
 * The dictionary of each language that has one. A published language without a dictionary fails
 * the unit test `every published language has a dictionary` (tests/unit/i18n/ui.test.ts).
 */
export const DICTIONARIES: Partial<Record<Language, Dictionary>> = { en, fr, de };

/** `template` with each `{name}` replaced by `values[name]`; throws on a name without a value. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`format: "${template}" needs a value for {${name}}`);
    return String(values[name]);
  });
}

/** The interface string `key` in `lang` (English where the language has no dictionary), filled in with `values`. */
export function t(lang: string, key: UiKey, values?: Record<string, string | number>): string {
  const dictionary = DICTIONARIES[lang as Language] ?? en;
  return format(dictionary[key], values);
}

/** A GGI role's label in `lang`: "Decision maker", "Décideur", "Entscheider". */
export function roleLabel(role: Role, lang: string): string {
  return t(lang, `role.${role}`);
}

/** The name of language `of` in language `lang`, as a sentence uses it: `languageName('fr', 'de')` → "allemand". */
export function languageName(of: string, lang: string): string {
  return new Intl.DisplayNames([lang], { type: 'language' }).of(of) ?? of;
}

/** A language's own name, capitalised as a menu shows it: "English", "Français", "Deutsch". */
export function nativeName(lang: string): string {
  const name = languageName(lang, lang);
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/** The locale `Intl` formats `lang` in: British English for English (the portal's spelling), else the language. */
const locale = (lang: string) => (lang === 'en' ? 'en-GB' : lang);

/** A calendar date (`YYYY-MM-DD` or a Date) in `lang`'s long form: "2 December 2026", "2 décembre 2026", "2. Dezember 2026". */
export function formatDate(value: string | Date, lang: string): string {
  const date = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A list in `lang`'s words: "a, b and c", "a, b et c", "a, b und c". */
export function formatList(items: readonly string[], lang: string): string {
  return new Intl.ListFormat(locale(lang), { style: 'long', type: 'conjunction' }).format(items);
}

/** A whole number with `lang`'s digit grouping: 12,345 / 12 345 / 12.345. */
export function formatNumber(n: number, lang: string): string {
  return new Intl.NumberFormat(locale(lang)).format(n);
}
