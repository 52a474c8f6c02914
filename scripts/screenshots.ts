/**
 * `npm run screenshots -- [path ...]`: screenshots of built pages in light and dark themes at
 * 360 px and 1280 px wide, written to `screenshots/` (ignored by git), for looking at changes.
 * Serves `dist/` with `astro preview` on port 4399 (SCREENSHOT_PORT sets another, for a second
 * checkout at work at once); build first (`npm run build`).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { parseArgs } from 'node:util';
import { startPreview } from './lib/preview.ts';

let paths: string[];
try {
  const { positionals } = parseArgs({ options: {}, allowPositionals: true });
  paths = positionals.length ? positionals : ['/'];
} catch (err) {
  console.error(`${(err as Error).message}: npm run screenshots -- [<path> …]`);
  process.exit(2);
}
let preview;
try {
  preview = await startPreview(Number(process.env.SCREENSHOT_PORT || 4399));
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
try {
  mkdirSync('screenshots', { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  for (const path of paths) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [360, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(preview.origin + path);
        const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${scheme}-${width}.png`;
        await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
        console.log(`screenshots/${name}`);
        await page.close();
      }
    }
  }
  await browser.close();
} finally {
  preview.stop();
}
