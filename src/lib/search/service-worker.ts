/**
 * The service worker's Workbox configuration (used by src/integrations/search-and-offline.ts), kept pure so that
 * its rules are unit-tested: what is precached, and which navigations the worker answers.
 */
import type { GenerateSWOptions } from 'workbox-build';

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

/**
 * Workbox `generateSW` options for the build in `outDir` served under `scope` (from
 * `workerScope`): writes `<outDir>/sw.js`, which precaches every page, asset and the whole
 * Pagefind bundle and index, and answers navigations to pages it does not hold with the
 * precached 404 page, but only under `scope` and never for a file (a navigation to `….json`,
 * `….ics`) or for Pagefind.
 */
export function serviceWorkerOptions(outDir: string, scope: string): GenerateSWOptions {
  return {
    globDirectory: outDir,
    // One pattern (its two halves in braces), so that Workbox walks the output once, and hashes the
    // files both halves match (Pagefind's .js, .css and .json) once: Workbox walks and hashes per
    // pattern, before it drops the duplicates.
    globPatterns: ['{**/*.{html,css,js,svg,png,webmanifest,xml,txt,json,ics},pagefind/**/*}'],
    globIgnores: ['sw.js', 'workbox-*.js'],
    swDest: `${outDir}/sw.js`,
    // Files are found relative to outDir; the site serves them under the base path.
    modifyURLPrefix: { '': scope },
    // /ggi/ is served by /ggi/index.html.
    directoryIndex: 'index.html',
    // Query strings never change the file: the search page reads ?q=… itself, and Pagefind asks
    // for its metadata with ?ts=<cache tag>.
    ignoreURLParametersMatching: [/.*/],
    navigateFallback: `${scope}404.html`,
    // The worker is registered with this scope too (src/scripts/offline.ts); on a host shared with
    // other sites (github.io), their pages are never answered with this site's 404 page.
    navigateFallbackAllowlist: [underScope(scope)],
    // Opening a data file (…/ggi.json, …/series.ics) is a navigation too: never answer it with the
    // 404 page; it is precached or comes from the network.
    navigateFallbackDenylist: [/\/pagefind\//, /\.[a-z0-9]+$/i],
    // Pagefind's WebAssembly and index chunks are larger than Workbox's 2 MB default allows in sum.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    cacheId: 'ospo-zone',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    // The page asks the visitor before a new version takes over (see src/scripts/offline.ts).
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  };
}
