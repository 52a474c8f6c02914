/**
 * Route facts that the content check needs too (so: no `import.meta.env` here, this module also
 * runs in plain Node).
 */
/** Pages of `content/pages/` that their own route publishes elsewhere than /<id>/, with that path. */
const PAGE_PATHS_ELSEWHERE: Readonly<Record<string, string>> = { methodology: '/ggi/methodology/' };

/** Pages of `content/pages/` that their own route publishes (e.g. /ggi/methodology/), not /<id>/. */
export const PAGES_ROUTED_ELSEWHERE: readonly string[] = Object.keys(PAGE_PATHS_ELSEWHERE);

/**
 * Top-level addresses that belong to sections of the site, which a file in `content/pages/`
 * cannot take as its name.
 */
export const RESERVED_PAGE_NAMES: readonly string[] = ['ggi', 'case-studies', 'members', 'onramp', 'news', 'search', 'api', 'pagefind', '404', 'rss', 'index'];

/**
 * Public origin the portal is built for when SITE_URL is not set (astro.config.mjs), which the
 * link gate also takes as the site's own origin.
 */
export const DEFAULT_SITE_URL = 'https://ospo-alliance.org';

/**
 * Site path (no base) of a stand-alone page of `content/pages/`, by its file name:
 * `pagePath('governance')` → `/governance/`; `methodology` lives at `/ggi/methodology/`.
 */
export function pagePath(id: string): string {
  return PAGE_PATHS_ELSEWHERE[id] ?? `/${id}/`;
}

/** Site path of a news post by its file name: `newsPath('2021-06-23-ospo-alliance-launched')` → `/news/2021-06-23-ospo-alliance-launched/`. */
export function newsPath(slug: string): string {
  return `/news/${slug}/`;
}

/** Site path of an OnRamp session by its file name: `/onramp/<yyyy-mm-dd-title>/`. */
export function onrampSessionPath(slug: string): string {
  return `/onramp/${slug}/`;
}
