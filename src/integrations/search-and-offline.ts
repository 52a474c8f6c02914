/**
 * Astro integration: the build's last two steps, run in `astro:build:done` so that `astro build`
 * alone produces the whole site, under any base path and into any `--outDir`:
 *   1. the Pagefind search index of the built pages (Pagefind's Node API), written to
 *      `<outDir>/pagefind/`;
 *   2. the service worker `<outDir>/sw.js` (`writeServiceWorker`), which precaches the pages, the
 *      assets and the whole index so that the portal and its search work offline; its rules are in
 *      src/lib/search/service-worker.ts. It comes second, since it precaches the index.
 * A step that fails fails the build with Pagefind's, esbuild's or Workbox's own message.
 * Pagefind, esbuild and Workbox are imported only when the build reaches these steps, so that
 * loading the config (every `astro build`, `astro dev`, `astro check`) does not load them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { serviceWorkerOptions, workerScope } from '../lib/search/service-worker.ts';
import { benchMark } from './build-timings.ts';

/**
 * Writes the service worker `<outDir>/sw.js` for the build in `outDir` served under `scope` (from
 * `workerScope`): bundles src/scripts/sw.ts with esbuild (minified, for the browsers that run
 * service workers, `SW_SCOPE` defined as `scope`) into a temporary folder, then has Workbox's
 * `injectManifest` write it to `outDir` with its precache list (`serviceWorkerOptions`).
 * Returns Workbox's figures: the number of precached files, their total size in bytes and its
 * warnings. Throws esbuild's or Workbox's error when a step fails.
 */
export async function writeServiceWorker(
  outDir: string,
  scope: string,
): Promise<{ count: number; size: number; warnings: string[] }> {
  const [{ build }, { injectManifest }] = await Promise.all([import('esbuild'), import('workbox-build')]);
  const tmp = mkdtempSync(join(tmpdir(), 'ospo-sw-'));
  try {
    const swSrc = join(tmp, 'sw.js');
    await build({
      entryPoints: [fileURLToPath(new URL('../scripts/sw.ts', import.meta.url))],
      outfile: swSrc,
      bundle: true,
      format: 'iife',
      minify: true,
      legalComments: 'none',
      target: 'es2017',
      // Workbox's modules log and assert only outside production.
      define: { 'process.env.NODE_ENV': '"production"', SW_SCOPE: JSON.stringify(scope) },
      logLevel: 'silent',
    });
    return await injectManifest(serviceWorkerOptions(outDir, swSrc, scope));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * The build's last steps, in `astro:build:done`: the Pagefind index of the built pages, then the
 * service worker that precaches the site and the index, both under the configured base path.
 */
export function searchAndOffline(): AstroIntegration {
  let base = '/';
  return {
    name: 'ospo-zone:search-and-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        benchMark('pagefind:start');
        const pagefind = await import('pagefind');
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const indexed = await index.addDirectory({ path: outDir });
        if (indexed.errors.length) throw new Error(`Pagefind: ${indexed.errors.join('; ')}`);
        benchMark('pagefind:indexed');
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        benchMark('pagefind:written');
        logger.info(`search index: ${indexed.page_count} pages in ${outDir}/pagefind/`);

        const { count, size, warnings } = await writeServiceWorker(outDir, workerScope(base));
        for (const w of warnings) logger.warn(`service worker: ${w}`);
        benchMark('service-worker:written');
        logger.info(`service worker: sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} kB`);
      },
    },
  };
}
