/**
 * `npm run measure:search [-- --page <path>] [--query <word>]`: what search costs a visitor,
 * measured on the built site served on localhost (build first); by default on the activity page
 * /ggi/activities/manage_software_dependencies/ with the query "procurement". Prints a Markdown table:
 *   - bytes an activity page fetches before search is used (as served, and gzipped as a CDN
 *     would send them),
 *   - bytes fetched and milliseconds from pressing "/" to the first result of a query, nothing
 *     loaded before,
 *   - milliseconds from the click that opens the dialog to the first result drawn, timed in the
 *     page, when the pointer has rested on the search button first (which preloads the dialog
 *     and warms Pagefind up); the target is under 150 ms,
 *   - the size of the Pagefind bundle and index on disk.
 * A benchmark, not a test: the numbers vary with the machine; they go into the README.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { startPreview } from './lib/preview.ts';

let options: { page: string; query: string };
try {
  options = parseArgs({
    options: {
      page: { type: 'string', default: '/ggi/activities/manage_software_dependencies/' },
      query: { type: 'string', default: 'procurement' },
    },
  }).values;
} catch (err) {
  console.error(`${(err as Error).message}: npm run measure:search -- [--page <path>] [--query <word>]`);
  process.exit(2);
}
if (!options.page.startsWith('/')) {
  console.error(`--page ${options.page}: give the path of a built page, starting with /`);
  process.exit(2);
}
const ACTIVITY = options.page;
const QUERY = options.query;

/** Bytes of a built file, raw and gzipped, from its URL path. */
function fileSizes(pathname: string): { raw: number; gzip: number } {
  let file = join('dist', decodeURIComponent(pathname));
  if (pathname.endsWith('/')) file = join(file, 'index.html');
  try {
    const data = readFileSync(file);
    return { raw: data.length, gzip: gzipSync(data).length };
  } catch {
    return { raw: 0, gzip: 0 };
  }
}

function track(page: Page): string[] {
  const urls: string[] = [];
  page.on('requestfinished', (r) => urls.push(new URL(r.url()).pathname));
  return urls;
}

function total(urls: readonly string[]) {
  return urls.reduce(
    (t, u) => {
      const s = fileSizes(u);
      return { raw: t.raw + s.raw, gzip: t.gzip + s.gzip, files: t.files + 1 };
    },
    { raw: 0, gzip: 0, files: 0 },
  );
}

function dirSize(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);
}

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const preview = await startPreview(4398);
try {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched = track(page);
  await page.goto(preview.origin + ACTIVITY);
  await page.waitForLoadState('networkidle');
  const before = total(fetched);
  fetched.length = 0;

  const start = performance.now();
  await page.keyboard.press('/');
  await page.keyboard.type(QUERY, { delay: 0 });
  await page.locator('#search-dialog a.search-result-link').first().waitFor();
  const ms = performance.now() - start;
  await page.waitForLoadState('networkidle');
  const search = total(fetched);

  // A second visitor points at the search button first: the dialog and Pagefind load while the
  // pointer rests there (the preload), then a click opens the dialog and the query is typed.
  const warm = await context.newPage();
  await warm.goto(preview.origin + ACTIVITY);
  await warm.waitForLoadState('networkidle');
  await warm.locator('#search-open').hover();
  await warm.waitForLoadState('networkidle');
  await warm.waitForTimeout(300);
  // Timed inside the page, from the click that opens the dialog to the first result drawn, with
  // the whole query put into the box at once: Playwright's own typing (a round trip per key)
  // would otherwise be most of what is measured.
  const warmMs = await warm.evaluate(async (query) => {
    const t0 = performance.now();
    document.getElementById('search-open')!.click();
    await new Promise((r) => requestAnimationFrame(r));
    const input = document.querySelector<HTMLInputElement>('#search-dialog input[type=search]')!;
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise<void>((resolve) => {
      const check = () =>
        document.querySelector('#search-dialog a.search-result-link') ? resolve() : requestAnimationFrame(check);
      check();
    });
    return performance.now() - t0;
  }, QUERY);
  await browser.close();

  const index = dirSize('dist/pagefind');
  const indexOnly = dirSize('dist/pagefind/index') + dirSize('dist/pagefind/fragment');
  console.log(`| measure | value |`);
  console.log(`| --- | --- |`);
  console.log(
    `| activity page before search (${before.files} files) | ${kB(before.raw)} as served, ${kB(before.gzip)} gzipped |`,
  );
  console.log(`| first search, "${QUERY}": files fetched | ${search.files} |`);
  console.log(`| first search: bytes fetched | ${kB(search.raw)} as served, ${kB(search.gzip)} gzipped |`);
  console.log(`| first search: "/" to first result on localhost, nothing preloaded | ${ms.toFixed(0)} ms |`);
  console.log(
    `| first search after pointing at the search button (preload): click to first result on localhost | ${warmMs.toFixed(0)} ms |`,
  );
  console.log(`| Pagefind bundle on disk (all files) | ${kB(index)} |`);
  console.log(`| of which index and fragments | ${kB(indexOnly)} |`);
} finally {
  preview.stop();
}
