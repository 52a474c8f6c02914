/**
 * Sätteri mdast plugin: in a translation (`activities/fr/…`, `goals/fr/…`, `pages/fr/…`), a
 * root-relative link to a page of the site goes to that page in the translation's language
 * (`[governance](/governance/)` → `/fr/governance/`), so that translators keep the English
 * file's links as they are. Files and data (`/rss.xml`, `/api/ggi.json`) keep their address, and
 * links in English files are left alone. Runs before the base-path plugin.
 */
import { defineMdastPlugin } from 'satteri';
import { pathInLanguage } from '../routes.ts';
import { DEFAULT_LANGUAGE, PUBLISHED_LANGUAGES } from '../../schemas/vocabularies.ts';

/** The language of a content file from its path (`…/activities/fr/x.md` → `fr`), English when it has no language folder. */
export function fileLanguage(path: string): string {
  const m = /\/(?:activities|goals|pages)\/([a-z]{2})\/[^/]+\.mdx?$/.exec(path);
  const lang = m?.[1];
  return lang && PUBLISHED_LANGUAGES.some((l) => l === lang) ? lang : DEFAULT_LANGUAGE;
}

/** A link's URL in `lang`: a page's site path (root-relative, ending in `/`, maybe with `#…`) gets its prefix; anything else is unchanged. */
export function linkInLanguage(url: string, lang: string): string {
  if (lang === DEFAULT_LANGUAGE || !/^\/(?!\/)[^?#]*\/(?:#.*)?$/.test(url)) return url;
  const hash = url.indexOf('#');
  const path = hash < 0 ? url : url.slice(0, hash);
  return pathInLanguage(path, lang) + (hash < 0 ? '' : url.slice(hash));
}

/** The plugin. */
export function languageLinksPlugin() {
  return defineMdastPlugin({
    name: 'ospo-zone:language-links',
    link(node, ctx) {
      const lang = fileLanguage(ctx.fileURL?.pathname ?? '');
      const url = linkInLanguage(node.url, lang);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
  });
}
