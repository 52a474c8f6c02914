/**
 * Translations of the content: what each translation follows and where each language stands.
 * A translation is a file of the same name in a language folder (`activities/fr/<slug>.md` beside
 * `activities/en/`, `goals/fr/usage.md` beside `goals/usage.md`) whose `translatedFrom` is the
 * `sourceHash` of the English file it was made from. Plain TypeScript over file texts, so that
 * the content check, the build and the tests share it.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_LANGUAGE } from '../../schemas/vocabularies.ts';

/** The collections whose entries are translated (the others fall back to English in every language). */
export const TRANSLATED_COLLECTIONS = ['activities', 'goals', 'pages'] as const;
export type TranslatedCollection = (typeof TRANSLATED_COLLECTIONS)[number];

/** A file's source hash: the first 12 hexadecimal digits of the SHA-256 of its text (UTF-8). */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}

/** Where a file of a translated collection sits: its collection, language and name. */
export interface TranslationPlace {
  collection: TranslatedCollection;
  lang: string;
  name: string;
}

/**
 * The place of a content file (path relative to the content root) in a translated collection:
 * `activities/fr/x.md` → activities, fr, x; `goals/usage.md` → goals, en, usage;
 * `goals/fr/usage.md` → goals, fr, usage. Undefined for any other file (templates included).
 */
export function translationPlace(path: string): TranslationPlace | undefined {
  const parts = path.replace(/\.md$/, '').split('/');
  const collection = TRANSLATED_COLLECTIONS.find((c) => c === parts[0]);
  const name = parts.at(-1) ?? '';
  if (!collection || !path.endsWith('.md') || name.startsWith('_')) return undefined;
  if (collection === 'activities') return parts.length === 3 ? { collection, lang: parts[1]!, name } : undefined;
  if (parts.length === 2) return { collection, lang: DEFAULT_LANGUAGE, name };
  return parts.length === 3 ? { collection, lang: parts[1]!, name } : undefined;
}

/** The state of one English entry in one language. */
export type TranslationState = 'translated' | 'outdated' | 'missing';

/** One row of a language's status: the English entry, its state, and the translation's path if any. */
export interface TranslationRow extends TranslationPlace {
  /** The English file (content-root relative). */
  original: string;
  /** The translation's file, when there is one. */
  translation?: string;
  state: TranslationState;
}

/** A language's status: a row per English entry of the translated collections, and the counts. */
export interface LanguageStatus {
  lang: string;
  rows: TranslationRow[];
  counts: Record<TranslationState, number>;
}

/**
 * Where `lang` stands: for each English entry of the translated collections among `files`
 * (content-root relative paths and their texts), `translated` when a file of the same name in
 * `lang` records the English file's current source hash in `translatedFrom`, `outdated` when it
 * records another (or none), `missing` when there is none. Rows in collection, then name, order.
 * `translatedFrom` is read from the frontmatter as text, so a file that fails its schema still counts.
 */
export function languageStatus(files: readonly { path: string; text: string }[], lang: string): LanguageStatus {
  const english = new Map<string, { path: string; text: string; place: TranslationPlace }>();
  const translations = new Map<string, { path: string; text: string }>();
  for (const f of files) {
    const place = translationPlace(f.path);
    if (!place) continue;
    const key = `${place.collection}/${place.name}`;
    if (place.lang === DEFAULT_LANGUAGE) english.set(key, { ...f, place });
    else if (place.lang === lang) translations.set(key, f);
  }
  const rows = [...english.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, e]): TranslationRow => {
      const t = translations.get(key);
      const recorded = t && /^translatedFrom:\s*["']?([0-9a-f]{12})["']?\s*$/m.exec(t.text)?.[1];
      const state: TranslationState = !t ? 'missing' : recorded === sourceHash(e.text) ? 'translated' : 'outdated';
      return { ...e.place, lang, original: e.path, ...(t ? { translation: t.path } : {}), state };
    });
  const counts = { translated: 0, outdated: 0, missing: 0 };
  for (const r of rows) counts[r.state]++;
  return { lang, rows, counts };
}

/** Every published language but English, with its status over `files` (the content as the build reads it). */
export function translationStatuses(
  files: readonly { path: string; text: string }[],
  languages: readonly string[],
): LanguageStatus[] {
  return languages.filter((l) => l !== DEFAULT_LANGUAGE).map((l) => languageStatus(files, l));
}
