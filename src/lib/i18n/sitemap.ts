/**
 * Which pages of the other languages are real translations, for the sitemap: a page under
 * `/fr/…` or `/de/…` whose text is English (a fallback) is left out, and a translated page lists
 * its alternates in the languages it really exists in (the sitemap's xhtml:link entries), the
 * same languages as its hreflang links (BaseLayout). Computed from the content entries, as the
 * pages decide it: an activity, goal or stand-alone page is translated where a file of the same
 * name is in the language's folder; the translation status page exists in every language.
 */
import type { Entry } from '../content/entries.ts';
import { activitySlug } from '../content/entries.ts';
import { activityPath, goalPath, languageOfPath, pagePath, pathInLanguage, translationsPath } from '../routes.ts';
import { DEFAULT_LANGUAGE, PUBLISHED_LANGUAGES, type Language } from '../../schemas/vocabularies.ts';

/** For each English site path that has translations, the languages it exists in (English first). */
export function translatedPages(entries: readonly Entry[]): Map<string, Language[]> {
  const english = new Map<string, string>(); // collection/name → English site path
  for (const e of entries) {
    const name = e.name;
    if (e.collection === 'activities' && e.lang === DEFAULT_LANGUAGE)
      english.set(`activities/${name}`, activityPath(activitySlug(e)));
    else if (e.collection === 'goals' && !e.lang) english.set(`goals/${name}`, goalPath(name));
    else if (e.collection === 'pages' && !e.lang) english.set(`pages/${name}`, pagePath(name));
  }
  const out = new Map<string, Language[]>();
  const add = (path: string, lang: Language) => out.set(path, [...(out.get(path) ?? [DEFAULT_LANGUAGE]), lang]);
  for (const e of entries) {
    const lang = PUBLISHED_LANGUAGES.find((l) => l !== DEFAULT_LANGUAGE && l === e.lang);
    if (!lang || !['activities', 'goals', 'pages'].includes(e.collection)) continue;
    const path = english.get(`${e.collection}/${e.name}`);
    if (path) add(path, lang);
  }
  for (const lang of PUBLISHED_LANGUAGES) if (lang !== DEFAULT_LANGUAGE) add(translationsPath(), lang);
  // In the order of the published languages.
  for (const [path, langs] of out)
    out.set(
      path,
      PUBLISHED_LANGUAGES.filter((l) => langs.includes(l)),
    );
  return out;
}

/** The languages a site path's page exists in with its text translated: [] for a page that has no translation. */
export function alternatesOf(sitePath: string, translated: ReadonlyMap<string, Language[]>): Language[] {
  const langs = translated.get(pathInLanguage(sitePath, DEFAULT_LANGUAGE)) ?? [];
  return langs.includes(languageOfPath(sitePath)) ? langs : [];
}

/** Whether a site path is a fallback: a page in another language than English whose text is English. */
export function isFallback(sitePath: string, translated: ReadonlyMap<string, Language[]>): boolean {
  return languageOfPath(sitePath) !== DEFAULT_LANGUAGE && alternatesOf(sitePath, translated).length === 0;
}
