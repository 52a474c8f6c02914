import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against the built site (`dist/`, served by `astro preview`), never the dev
 * server. Chromium is Debian's (`/usr/bin/chromium`, or CHROMIUM_PATH): Playwright downloads none.
 * Build first: `npm test` does; alone, `npm run build && npm run test:e2e`.
 */
const port = Number(process.env.E2E_PORT || 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  // Traces and screenshots of failures; apart from test-results/unit.json, which npm test writes.
  outputDir: 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // The service worker precaches the whole site on each visit; only the offline tests want it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-dev-shm-usage'],
    },
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
