/**
 * The route table: the site path (no base: `href`/`withBase` in src/lib/site/urls.ts add it) of every
 * kind of page and file the site builds. Every other module takes its paths from here; a unit test
 * (tests/unit/routes.test.ts) fails on a site path spelled anywhere else in src/ or astro.config.mjs.
 * Each function takes an optional language: the default language (`'en'`) has no prefix, another
 * gets `/<lang>` in front (`activityPath('x', 'fr')` → `/fr/ggi/activities/x/`).
 * Plain TypeScript with no `import.meta.env`: the content check (plain Node), astro.config.mjs and
 * client scripts (src/scripts/) import it too.
 */
import { DEFAULT_LANGUAGE, PUBLISHED_LANGUAGES, type Language } from '../schemas/vocabularies.ts';

/** `''` for the default language, `/<lang>` for another. */
function prefix(lang: string = DEFAULT_LANGUAGE): string {
  return lang === DEFAULT_LANGUAGE ? '' : `/${lang}`;
}

/** `path` (leading slash) in `lang`. */
function inLanguage(path: string, lang?: string): string {
  return `${prefix(lang)}${path}`;
}

/**
 * The language of a site path (no base) from its first segment: `/fr/ggi/` → `fr`; a path without
 * a published language's prefix is English.
 */
export function languageOfPath(sitePath: string): Language {
  const first = sitePath.split('/')[1];
  return PUBLISHED_LANGUAGES.find((l) => l !== DEFAULT_LANGUAGE && l === first) ?? DEFAULT_LANGUAGE;
}

/**
 * The same page in another language: the site path (no base) with its language prefix replaced,
 * `pathInLanguage('/fr/ggi/', 'de')` → `/de/ggi/`, `pathInLanguage('/fr/ggi/', 'en')` → `/ggi/`.
 */
export function pathInLanguage(sitePath: string, lang: string): string {
  const from = languageOfPath(sitePath);
  return inLanguage(from === DEFAULT_LANGUAGE ? sitePath : sitePath.slice(from.length + 1), lang);
}

/**
 * The `lang` route parameter of a page in `lang` (the pages live under `src/pages/[...lang]/`):
 * undefined for the default language, whose pages have no prefix, else the language.
 */
export function langParam(lang: string): string | undefined {
  return lang === DEFAULT_LANGUAGE ? undefined : lang;
}

/** The language a page's `lang` route parameter names (undefined: the default language). */
export function languageOfParam(param: string | undefined): Language {
  return PUBLISHED_LANGUAGES.find((l) => l === param) ?? DEFAULT_LANGUAGE;
}

/** Pages of `content/pages/` that their own route publishes elsewhere than /<id>/, with that path. */
const PAGE_PATHS_ELSEWHERE: Readonly<Record<string, string>> = {
  methodology: '/ggi/methodology/',
  innersource: '/ggi/innersource/',
};

/** Pages of `content/pages/` that their own route publishes (e.g. /ggi/methodology/), not /<id>/. */
export const PAGES_ROUTED_ELSEWHERE: readonly string[] = Object.keys(PAGE_PATHS_ELSEWHERE);

/**
 * Top-level addresses that belong to sections of the site, which a file in `content/pages/`
 * cannot take as its name.
 */
export const RESERVED_PAGE_NAMES: readonly string[] = [
  'ggi',
  'case-studies',
  'members',
  'onramp',
  'news',
  'search',
  'api',
  'pagefind',
  '404',
  'rss',
  'index',
  'translations',
  ...PUBLISHED_LANGUAGES,
];

/**
 * Public origin the portal is built for when SITE_URL is not set (astro.config.mjs), which the
 * link gate also takes as the site's own origin.
 */
export const DEFAULT_SITE_URL = 'https://ospo-alliance.org';

/** The home page: `/` (`/fr/` in French). */
export function homePath(lang?: string): string {
  return inLanguage('/', lang);
}

/**
 * Site path (no base) of a stand-alone page of `content/pages/`, by its file name:
 * `pagePath('governance')` → `/governance/`; `methodology` lives at `/ggi/methodology/`.
 */
export function pagePath(id: string, lang?: string): string {
  return inLanguage(PAGE_PATHS_ELSEWHERE[id] ?? `/${id}/`, lang);
}

/** The GGI overview: `/ggi/`. */
export function ggiPath(lang?: string): string {
  return inLanguage('/ggi/', lang);
}

/** The list of all activities, with its filters: `/ggi/activities/`. */
export function activitiesPath(lang?: string): string {
  return inLanguage('/ggi/activities/', lang);
}

/** An activity's page by its slug (content file name): `/ggi/activities/<slug>/`. */
export function activityPath(slug: string, lang?: string): string {
  return inLanguage(`/ggi/activities/${slug}/`, lang);
}

/** The redirect page of an activity by its id: `activityIdPath('GGI-A-18')` → `/ggi/GGI-A-18/`. */
export function activityIdPath(id: string, lang?: string): string {
  return inLanguage(`/ggi/${id}/`, lang);
}

/** A goal's page by its id: `goalPath('trust')` → `/ggi/goals/trust/`. */
export function goalPath(id: string, lang?: string): string {
  return inLanguage(`/ggi/goals/${id}/`, lang);
}

/** How to use the handbook (the page `content/pages/methodology.md`): `/ggi/methodology/`. */
export function methodologyPath(lang?: string): string {
  return pagePath('methodology', lang);
}

/** InnerSource and the GGI handbook (the page `content/pages/innersource.md`): `/ggi/innersource/`. */
export function innerSourcePath(lang?: string): string {
  return pagePath('innersource', lang);
}

/** The whole handbook on one page: `/ggi/handbook/`. */
export function handbookPath(lang?: string): string {
  return inLanguage('/ggi/handbook/', lang);
}

/**
 * The one-page handbook as a PDF, by handbook version (`npm run build:pdf` writes it after the
 * build): `handbookPdfPath('1.3')` → `/ggi/ggi-handbook-1.3.pdf`.
 */
export function handbookPdfPath(version: string, lang?: string): string {
  return inLanguage(`/ggi/ggi-handbook-${version}.pdf`, lang);
}

/** The self-assessment scorecard: `/ggi/scorecard/`. */
export function scorecardPath(lang?: string): string {
  return inLanguage('/ggi/scorecard/', lang);
}

/** The list of case studies: `/case-studies/`. */
export function caseStudiesPath(lang?: string): string {
  return inLanguage('/case-studies/', lang);
}

/** A case study by its file name: `/case-studies/<slug>/`. */
export function caseStudyPath(slug: string, lang?: string): string {
  return inLanguage(`/case-studies/${slug}/`, lang);
}

/** The members of the Alliance: `/members/`. */
export function membersPath(lang?: string): string {
  return inLanguage('/members/', lang);
}

/** The list of OnRamp sessions: `/onramp/`. */
export function onrampPath(lang?: string): string {
  return inLanguage('/onramp/', lang);
}

/** Site path of an OnRamp session by its file name: `/onramp/<yyyy-mm-dd-title>/`. */
export function onrampSessionPath(slug: string, lang?: string): string {
  return inLanguage(`/onramp/${slug}/`, lang);
}

/** The iCalendar file of one OnRamp session: `/onramp/<yyyy-mm-dd-title>.ics`. */
export function onrampSessionIcsPath(slug: string, lang?: string): string {
  return inLanguage(`/onramp/${slug}.ics`, lang);
}

/** The iCalendar file of every announced OnRamp session: `/onramp/series.ics`. */
export function onrampSeriesIcsPath(lang?: string): string {
  return inLanguage('/onramp/series.ics', lang);
}

/** The list of news posts: `/news/`. */
export function newsListPath(lang?: string): string {
  return inLanguage('/news/', lang);
}

/** Site path of a news post by its file name: `newsPath('2021-06-23-ospo-alliance-launched')` → `/news/2021-06-23-ospo-alliance-launched/`. */
export function newsPath(slug: string, lang?: string): string {
  return inLanguage(`/news/${slug}/`, lang);
}

/** The search page: `/search/`; its state goes in the query (src/lib/search/search-state.ts). */
export function searchPath(lang?: string): string {
  return inLanguage('/search/', lang);
}

/** Which pages are translated into each language, which are missing and which are out of date: `/translations/`. */
export function translationsPath(lang?: string): string {
  return inLanguage('/translations/', lang);
}

/** The GGI goals and activities as data: `/api/ggi.json`. */
export function ggiApiPath(lang?: string): string {
  return inLanguage('/api/ggi.json', lang);
}

/** The JSON Schema of the GGI data: `/api/ggi.schema.json`. */
export function ggiApiSchemaPath(lang?: string): string {
  return inLanguage('/api/ggi.schema.json', lang);
}

/**
 * The JSON Schema of the scorecard document (what the scorecard page exports and imports, kept in
 * the browser only): `/api/scorecard.schema.json`.
 */
export function scorecardSchemaPath(lang?: string): string {
  return inLanguage('/api/scorecard.schema.json', lang);
}

/** The RSS feed of news posts and case studies: `/rss.xml`. */
export function rssPath(lang?: string): string {
  return inLanguage('/rss.xml', lang);
}

/**
 * The redirect page for an old address of the site this portal replaces (src/lib/site/former-site.ts),
 * by that address as the old site spelled it, with or without its slashes:
 * `formerSitePath('news/20260112_quarterly_q4_update_recap')` → `/news/20260112_quarterly_q4_update_recap/`.
 * The old address is a fact about the old site, so it is never derived from the portal's routes.
 */
export function formerSitePath(address: string, lang?: string): string {
  return inLanguage(`/${address.replace(/^\/+|\/+$/g, '')}/`, lang);
}
