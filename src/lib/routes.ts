/**
 * Route facts that the content check needs too (so: no `import.meta.env` here, this module also
 * runs in plain Node).
 */
/** Pages of `content/pages/` that their own route publishes (e.g. /ggi/methodology/), not /<id>/. */
export const PAGES_ROUTED_ELSEWHERE: readonly string[] = ['methodology'];

/**
 * Top-level addresses that belong to sections of the site, which a file in `content/pages/`
 * cannot take as its name.
 */
export const RESERVED_PAGE_NAMES: readonly string[] = ['ggi', 'case-studies', 'members', 'onramp', 'news', 'search', 'api', 'pagefind', '404', 'rss', 'index'];
