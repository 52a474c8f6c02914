/**
 * The service worker's rules, kept pure so that they are unit-tested: what is precached (the
 * Workbox `injectManifest` options, used by src/integrations/search-and-offline.ts), and how the
 * worker (src/scripts/sw.ts) routes requests: its cache name, its precache route and which
 * navigations it answers with its fallback page.
 */
import type { InjectManifestOptions } from 'workbox-build';

/**
 * The base path as the worker's scope: `BASE_PATH` as astro.config.mjs reads it, with exactly
 * one trailing slash (`''` and `/` → `/`; `/ospo-zone` → `/ospo-zone/`).
 */
export function workerScope(basePath: string | undefined): string {
  return (basePath || '/').replace(/\/*$/, '/');
}

/**
 * Paths under `scope` (a path that ends with `/`): the only navigations the worker may answer
 * with its fallback page. `/ospo-zone/` matches `/ospo-zone/ggi/` and `/ospo-zone/`, never
 * `/ospo-zone`, `/ospo-zone-2/` or `/elsewhere/`. Workbox tests it on pathname plus query.
 */
export function underScope(scope: string): RegExp {
  return new RegExp(`^${scope.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/** The prefix of the worker's cache names (Workbox's `setCacheNameDetails`). */
export const CACHE_ID = 'ospo-zone';

/**
 * The options of the worker's precache route (Workbox's `precacheAndRoute`): `/ggi/` is served by
 * `/ggi/index.html`, and query strings never change the file (the search page reads ?q=… itself,
 * and Pagefind asks for its metadata with ?ts=<cache tag>).
 */
export const PRECACHE_ROUTE = { directoryIndex: 'index.html', ignoreURLParametersMatching: [/.*/] };

/** Which navigations the worker answers with `fallback` (a precached URL): see `navigationRules`. */
export interface NavigationRules {
  fallback: string;
  /** A navigation is answered when its pathname plus query matches one of these… */
  allowlist: RegExp[];
  /** …and none of these (Workbox's `NavigationRoute` tests the denylist first). */
  denylist: RegExp[];
}

/**
 * The worker's navigation rules under `scope` (from `workerScope`): navigations to pages it does
 * not hold get the precached 404 page, but only under `scope` (the worker is registered with this
 * scope too, src/scripts/offline.ts; on a host shared with other sites, github.io, their pages are
 * never answered with this site's 404 page), and never for a file (opening a data file, …/ggi.json
 * or …/series.ics, is a navigation too: it is precached or comes from the network) or for Pagefind.
 */
export function navigationRules(scope: string): NavigationRules {
  return {
    fallback: `${scope}404.html`,
    allowlist: [underScope(scope)],
    denylist: [/\/pagefind\//, /\.[a-z0-9]+$/i],
  };
}

/**
 * Workbox `injectManifest` options for the build in `outDir` served under `scope` (from
 * `workerScope`): writes `<outDir>/sw.js`, the worker bundled at `swSrc` with its precache list
 * (in place of `self.__WB_MANIFEST`): every page, asset and the whole Pagefind bundle and index,
 * as URLs under `scope`, each with its revision.
 */
export function serviceWorkerOptions(outDir: string, swSrc: string, scope: string): InjectManifestOptions {
  return {
    swSrc,
    swDest: `${outDir}/sw.js`,
    globDirectory: outDir,
    // One pattern (its two halves in braces), so that Workbox walks the output once, and hashes the
    // files both halves match (Pagefind's .js, .css and .json) once: Workbox walks and hashes per
    // pattern, before it drops the duplicates.
    globPatterns: ['{**/*.{html,css,js,svg,png,webmanifest,xml,txt,json,ics},pagefind/**/*}'],
    globIgnores: ['sw.js'],
    // Files are found relative to outDir; the site serves them under the base path.
    modifyURLPrefix: { '': scope },
    // Pagefind's WebAssembly and index chunks are larger than Workbox's 2 MB default allows in sum.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  };
}
