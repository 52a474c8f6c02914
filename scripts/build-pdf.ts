/**
 * `npm run build:pdf`: prints the built one-page handbook (dist/ggi/handbook/) to
 * dist/ggi/ggi-handbook-<version>.pdf with Playwright and the system's Chromium (CHROMIUM_PATH,
 * else /usr/bin/chromium). Run it after `npm run build`, with the same BASE_PATH; build with
 * HANDBOOK_PDF=1 for the site to link to the file (the deploy workflow does both).
 * Exits 1 with one line when there is no build, or Chromium or the page fails.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { startPreview } from './lib/preview.ts';
import { printHandbook } from './lib/handbook-pdf.ts';
import { handbookPath } from '../src/lib/routes.ts';
import { withBase } from '../src/lib/site/urls.ts';

const base = process.env.BASE_PATH || '/';
const started = performance.now();
let preview: Awaited<ReturnType<typeof startPreview>> | undefined;
try {
  preview = await startPreview(Number(process.env.PDF_PORT || 4397));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage();
    const { pdf, path } = await printHandbook(page, preview.origin + withBase(base, handbookPath()));
    const file = join('dist', path);
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
  preview?.stop();
}
