/**
 * The pages' routes in every published language. Every page of the site lives under
 * `src/pages/[...lang]/`, whose `lang` parameter is undefined for English (no prefix) and the
 * language for another (`/fr/…`); these helpers give each page's `getStaticPaths` its entries in
 * all languages, with the language as the `lang` prop.
 */
import { PUBLISHED_LANGUAGES, type Language } from '../../schemas/vocabularies.ts';
import { langParam } from '../routes.ts';

/** A getStaticPaths entry: route parameters and props. */
interface PathEntry {
  params: Record<string, string | undefined>;
  props?: Record<string, unknown>;
}

/** The getStaticPaths entries of a page without other parameters: one per published language. */
export function languagePaths(): { params: { lang: string | undefined }; props: { lang: Language } }[] {
  return PUBLISHED_LANGUAGES.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/**
 * Each of `paths` (a page's entries, as for English) once per published language, with its
 * `lang` parameter and prop: `make(lang)` gives the entries of one language, so that a language
 * can have other props (its translated entry) or other entries.
 */
export async function inEveryLanguage<P extends PathEntry>(
  make: (lang: Language) => P[] | Promise<P[]>,
): Promise<(P & { params: P['params'] & { lang: string | undefined }; props: P['props'] & { lang: Language } })[]> {
  const out = [];
  for (const lang of PUBLISHED_LANGUAGES)
    for (const p of await make(lang))
      out.push({ ...p, params: { ...p.params, lang: langParam(lang) }, props: { ...p.props, lang } });
  return out;
}
