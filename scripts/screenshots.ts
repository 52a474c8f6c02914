/**
 * `npm run screenshots -- [path ...]`: screenshots of built pages in light and dark themes at
 * 360 px and 1280 px wide, written to `screenshots/` (ignored by git), for looking at changes.
 * Serves `dist/` itself with `astro preview` on port 4399; build first (`npm run build`).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
if (!existsSync('dist/index.html')) {
  console.error('No built site in dist/: run npm run build first.');
  process.exit(1);
}
const port = 4399;
const server = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
const origin = `http://127.0.0.1:${port}`;

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(origin)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the preview server did not answer on ${origin}`);
}

try {
  await waitForServer();
  mkdirSync('screenshots', { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  for (const path of paths) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [360, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(origin + path);
        const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${scheme}-${width}.png`;
        await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
        console.log(`screenshots/${name}`);
        await page.close();
      }
    }
  }
  await browser.close();
} finally {
  try {
    process.kill(-server.pid!);
  } catch {
    // The server has already stopped.
  }
}
