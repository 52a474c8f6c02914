/**
 * `node scripts/build-sw.ts [outDir]` (last step of `npm run build`; outDir defaults to dist):
 * writes `<outDir>/sw.js`, a Workbox service worker that precaches every page, asset and the
 * whole Pagefind bundle and index, so that after one online visit the portal and its search work
 * offline. Its options and rules are in src/lib/service-worker.ts.
 *
 * Each build gets one precache manifest with a revision per file. A new deployment's worker
 * fetches what changed while the old one keeps serving its own complete set; it takes over only
 * when the visitor accepts the reload the page offers, and then drops the old files. Pages and
 * index therefore always come from the same build.
 * Reads BASE_PATH like astro.config.mjs, so URLs carry the base path, and the worker answers only
 * under it.
 */
import { generateSW } from 'workbox-build';
import { serviceWorkerOptions, workerScope } from '../src/lib/service-worker.ts';

const outDir = process.argv[2] || 'dist';
const { count, size, warnings } = await generateSW(serviceWorkerOptions(outDir, workerScope(process.env.BASE_PATH)));
for (const w of warnings) console.warn(`service worker: ${w}`);
console.log(`service worker: ${outDir}/sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} kB`);
