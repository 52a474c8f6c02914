import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against built sites, never the dev server. Chromium is Debian's
 * (`/usr/bin/chromium`, or CHROMIUM_PATH): Playwright downloads none.
 *   - project "portal": the site as built from content/, from E2E_DIST (npm test builds it into
 *     dist-test/, so it never touches the dist/ that `npm start` serves) or dist/, on a static
 *     server of our own (Astro refuses a second `astro preview` in one project);
 *   - project "official-1.3": the same tests on the portal built from the official handbook 1.3
 *     (`npm run build:imported`, only where ../shared/ggi-upstream exists).
 * Build first: `npm test` does; alone, `npm run build && npm run test:e2e`.
 */
const port = Number(process.env.E2E_PORT || 4322);
const site = process.env.E2E_DIST || 'dist';
const importedPort = port + 1;
const imported = existsSync('dist-import-1.3/index.html');

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
    // The service worker precaches the whole site on each visit; only the offline tests want it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-dev-shm-usage'],
    },
  },
  projects: [
    { name: 'portal', use: { baseURL: `http://127.0.0.1:${port}` } },
    ...(imported
      ? [
          {
            name: 'official-1.3',
            use: { baseURL: `http://127.0.0.1:${importedPort}` },
            // The acceptance tests serve the imported builds themselves; the others run as they are.
            testIgnore: /import\.spec\.ts/,
          },
        ]
      : []),
  ],
  webServer: [
    {
      command: `node tests/e2e/serve.ts ${site} ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    ...(imported
      ? [
          {
            command: `node tests/e2e/serve.ts dist-import-1.3 ${importedPort}`,
            url: `http://127.0.0.1:${importedPort}/`,
            reuseExistingServer: false,
            timeout: 30_000,
          },
        ]
      : []),
  ],
});
