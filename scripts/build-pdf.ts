/**
 * `npm run build:pdf [-- --dir <dir>]`: prints the built one-page handbook (dist/ggi/handbook/, or
 * that of <dir>) to dist/ggi/ggi-handbook-<version>.pdf (in <dir>) with Playwright and the
 * system's Chromium (`chromePath()`: CHROMIUM_PATH, CHROME_PATH, else /usr/bin/chromium), served by a static server of its own
 * (so that it runs beside `npm start`). Run it after the build, with the same BASE_PATH; build with
 * HANDBOOK_PDF=1 for the site to link to the file (the deploy workflow does both).
 * Exits 1 with one line when there is no build, or Chromium or the page fails.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { serveStatic, type StaticServer } from './lib/static-server.ts';
import { printHandbook } from './lib/handbook-pdf.ts';
import { chromePath } from './gates/lighthouse.ts';
import { handbookPath } from '../src/lib/routes.ts';
import { withBase } from '../src/lib/site/urls.ts';

const base = process.env.BASE_PATH || '/';
const { dir } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } }).values;
const started = performance.now();
let server: StaticServer | undefined;
try {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`no built site in ${dir}/: run the build first`);
  server = await serveStatic(dir, base);
  const browser = await chromium.launch({
    executablePath: chromePath(),
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage();
    const { pdf, path } = await printHandbook(page, server.origin + withBase(base, handbookPath()));
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, pdf);
    const ms = performance.now() - started;
    console.log(`build:pdf: ${file}, ${(pdf.length / 1024).toFixed(0)} kB, in ${(ms / 1000).toFixed(1)} s`);
  } finally {
    await browser.close();
  }
} catch (err) {
  console.error(`build:pdf: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await server?.close();
}
