// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchAndOffline } from './src/integrations/search-and-offline.ts';
import { benchMark, buildTimings, timingsOn } from './src/integrations/build-timings.ts';
import { loadContent } from './src/lib/content/load.ts';
import { redirectPaths } from './src/lib/site/redirects.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { activityLinksPlugin } from './src/lib/handbook/activity-links.ts';
import { tableScrollPlugin } from './src/lib/site/table-scroll.ts';
import { baseLinksPlugin } from './src/lib/site/base-links.ts';
import { languageLinksPlugin } from './src/lib/site/language-links.ts';
import { activitySlug } from './src/lib/content/entries.ts';
import { withBase } from './src/lib/site/urls.ts';
import { activityPath, DEFAULT_SITE_URL, pathInLanguage } from './src/lib/routes.ts';
import { DEFAULT_LANGUAGE, PUBLISHED_LANGUAGES } from './src/schemas/vocabularies.ts';
import { alternatesOf, isFallback, translatedPages } from './src/lib/i18n/sitemap.ts';

/**
 * Vite wraps every dynamic `import()` of client code in a helper (0.9 kB gzipped, loaded by every
 * page) that preloads the imported chunk's dependencies and style sheets. Our scripts import no
 * CSS, and with `build.modulePreload: false` the helper has nothing to preload: this plugin makes
 * it the plain call it then amounts to, so pages load 0.9 kB less script (issue 12). A dynamic
 * chunk's own imports then load when it runs, a few milliseconds after an interaction.
 */
function noPreloadHelper() {
  return {
    name: 'ospo-zone:no-preload-helper',
    enforce: /** @type {const} */ ('pre'),
    apply: /** @type {const} */ ('build'),
    load: {
      filter: { id: /^\0vite\/preload-helper\.js$/ },
      handler: () => 'export const __vitePreload = (load) => load();',
    },
  };
}

/** Public origin of the portal; override with SITE_URL for another host. */
const site = process.env.SITE_URL || DEFAULT_SITE_URL;
/** Path the portal lives under on its host, e.g. /ospo-zone/ (BASE_PATH); `/` by default. */
const base = process.env.BASE_PATH || '/';
const contentRoot = fileURLToPath(new URL('./content/', import.meta.url));
const publicDir = fileURLToPath(new URL('./public/', import.meta.url));
benchMark('config:read'); // PORTAL_BENCH_TIMINGS=1 only: see src/integrations/build-timings.ts
// Read and checked once: the content-check integration reports this same result.
const { entries } = loadContent(contentRoot, { publicDir });
/** Redirect-only pages (activity ids, former slugs, the former site's old addresses), kept out of the sitemap. */
const redirects = new Set(
  redirectPaths(entries).flatMap((path) => PUBLISHED_LANGUAGES.map((lang) => pathInLanguage(path, lang))),
);
/** The pages of the other languages that are real translations (the others are fallbacks, kept out of the sitemap). */
const translated = translatedPages(entries);
/** Page of each English activity by id, for links from "GGI-A-NN" mentions in text. */
const activityPages = new Map(
  entries.flatMap((e) =>
    e.collection === 'activities' && e.lang === DEFAULT_LANGUAGE
      ? [[e.data.id, withBase(base, activityPath(activitySlug(e)))]]
      : [],
  ),
);
benchMark('config:read-done');
const basePrefix = base.replace(/\/$/, '');
/** Identifies this build: Pagefind's metadata cache tag, so cached search metadata is reused until the next one. */
const buildId = Date.now().toString(36);

export default defineConfig({
  site,
  base,
  // PORTAL_CACHE_DIR: a cache of its own for a build that runs beside another (npm test sets it,
  // so that its builds never share Astro's content cache with one that `npm start` runs).
  ...(process.env.PORTAL_CACHE_DIR ? { cacheDir: process.env.PORTAL_CACHE_DIR } : {}),
  // One policy everywhere: every page URL ends with a slash (links, canonical, sitemap, search).
  trailingSlash: 'always',
  // Lossless whitespace removal: Astro 7's default ('jsx') drops the space between inline
  // elements on separate lines, gluing words to links.
  compressHTML: true,
  build: { format: 'directory' },
  markdown: {
    // Sätteri, Astro 7's Markdown processor, with our plugins: links for "GGI-A-NN" mentions,
    // the base path on root-relative links, scrolling containers around tables.
    processor: satteri({
      mdastPlugins: [activityLinksPlugin((id) => activityPages.get(id)), languageLinksPlugin(), baseLinksPlugin(base)],
      hastPlugins: [tableScrollPlugin],
    }),
  },
  integrations: [
    // PORTAL_BENCH_TIMINGS=1 (npm run bench): the build's milestones on stdout; first, to time the others.
    ...(timingsOn() ? [buildTimings()] : []),
    contentCheck({ root: contentRoot }),
    // Neither redirect pages nor fallbacks (English text under /fr/ or /de/); a translated page
    // lists the languages it exists in (xhtml:link), as its hreflang links do.
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname.slice(basePrefix.length);
        return !redirects.has(path) && !isFallback(path, translated);
      },
      serialize: (item) => {
        const langs = alternatesOf(new URL(item.url).pathname.slice(basePrefix.length), translated);
        /** @param {string} lang */
        const url = (lang) =>
          new URL(withBase(base, pathInLanguage(new URL(item.url).pathname.slice(basePrefix.length), lang)), site).href;
        const links = [...langs, 'x-default'].map((lang) => ({
          lang,
          url: url(lang === 'x-default' ? DEFAULT_LANGUAGE : lang),
        }));
        return langs.length > 1 ? { ...item, links } : item;
      },
    }),
    // Last: the search index and the service worker, which precaches every file the others wrote.
    searchAndOffline(),
  ],
  // Content Security Policy, as a <meta> tag on every page (Astro hashes the page's scripts and
  // styles). Pagefind needs 'wasm-unsafe-eval' for its WebAssembly and blob: workers; the service
  // worker and the search index are same-origin.
  security: {
    csp: {
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    plugins: [tailwindcss(), noPreloadHelper()],
    // Client scripts stay files, never inlined into pages: cached once for the whole site, and
    // the CSP meta of every page lists no hash of a script only some pages run.
    build: {
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      // No <link rel="modulepreload"> for the modules a dynamic import brings: see noPreloadHelper.
      modulePreload: false,
    },
    define: { __BUILD_ID__: JSON.stringify(buildId) },
  },
});
