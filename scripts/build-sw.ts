/**
 * `node scripts/build-sw.ts` (last step of `npm run build`): writes `dist/sw.js`, a Workbox
 * service worker that precaches every page, asset and the whole Pagefind bundle and index, so
 * that after one online visit the portal and its search work offline.
 *
 * Each build gets one precache manifest with a revision per file. A new deployment's worker
 * fetches what changed while the old one keeps serving its own complete set; it takes over only
 * when the visitor accepts the reload the page offers, and then drops the old files. Pages and
 * index therefore always come from the same build.
 * Reads BASE_PATH like astro.config.mjs, so URLs carry the base path.
 */
import { generateSW } from 'workbox-build';

const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
const outDir = process.argv[2] || 'dist';

const { count, size, warnings } = await generateSW({
  globDirectory: outDir,
  globPatterns: ['**/*.{html,css,js,svg,png,webmanifest,xml,txt,json,ics}', 'pagefind/**/*'],
  globIgnores: ['sw.js', 'workbox-*.js'],
  swDest: `${outDir}/sw.js`,
  // Files are found relative to dist/; the site serves them under the base path.
  modifyURLPrefix: { '': base },
  // /ggi/ is served by /ggi/index.html.
  directoryIndex: 'index.html',
  // Query strings never change the file: the search page reads ?q=… itself, and Pagefind asks
  // for its metadata with ?ts=<cache tag>.
  ignoreURLParametersMatching: [/.*/],
  navigateFallback: `${base}404.html`,
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
});
for (const w of warnings) console.warn(`service worker: ${w}`);
console.log(`service worker: ${outDir}/sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} kB`);
