/**
 * The service worker, `<outDir>/sw.js`: bundled and minified by esbuild in the build, which
 * defines `SW_SCOPE` (the base path, from `workerScope`); Workbox's `injectManifest` then puts the
 * precache list in place of `self.__WB_MANIFEST` (src/integrations/search-and-offline.ts).
 * It precaches the pages, the assets and the whole search index, so that the portal and its search
 * work offline, and answers navigations by the rules in src/lib/search/service-worker.ts.
 * A new version waits until the page asks it to take over (`{ type: 'SKIP_WAITING' }`, sent by
 * src/scripts/offline.ts when the visitor accepts the "new version" notice); it then claims the
 * open pages and removes the caches of older Workbox versions.
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CACHE_ID, navigationRules, PRECACHE_ROUTE } from '../lib/search/service-worker.ts';

/** The worker's scope, defined by the bundler (esbuild's `define`). */
declare const SW_SCOPE: string;

/** The parts of the worker's global scope used here (the project's types are the DOM's, not a worker's). */
interface WorkerScope {
  /** The injection point: Workbox's injectManifest replaces it with the precache list. */
  __WB_MANIFEST: PrecacheEntry[];
  skipWaiting(): Promise<void>;
}

setCacheNameDetails({ prefix: CACHE_ID });

self.addEventListener('message', (event: MessageEvent) => {
  if (event.data && event.data.type === 'SKIP_WAITING') void (self as unknown as WorkerScope).skipWaiting();
});
clientsClaim();

precacheAndRoute((self as unknown as WorkerScope).__WB_MANIFEST, PRECACHE_ROUTE);
cleanupOutdatedCaches();

const { fallback, allowlist, denylist } = navigationRules(SW_SCOPE);
registerRoute(new NavigationRoute(createHandlerBoundToURL(fallback), { allowlist, denylist }));
