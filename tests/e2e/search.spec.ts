import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeServiceWorker } from '../../src/integrations/search-and-offline.ts';
import { workerScope } from '../../src/lib/search/service-worker.ts';
import { axeViolations, serveBaseBuild, SITE_DIR } from './helpers.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the portal' });
const box = (page: Page) => dialog(page).getByRole('searchbox', { name: 'Search the portal' });

test.describe('the search dialog', () => {
  for (const [name, press] of [
    ['/', '/'],
    ['Ctrl-K', 'Control+k'],
    ['⌘-K', 'Meta+k'],
  ] as const) {
    test(`opens with ${name}, with the focus in its search box`, async ({ page }) => {
      await page.goto('/ggi/');
      await page.keyboard.press(press);
      await expect(dialog(page)).toBeVisible();
      await expect(box(page)).toBeFocused();
    });
  }

  test('is driven by the keyboard: type, arrow to a result, Enter opens it', async ({ page }) => {
    await page.goto('/members/');
    await page.keyboard.press('/');
    await page.keyboard.type('vulnerabilities');
    const first = dialog(page).locator('a.search-result-link').first();
    await expect(first).toBeVisible();
    await expect(dialog(page).getByRole('status')).toHaveText(/\d+ results? for “vulnerabilities”/);
    await page.keyboard.press('ArrowDown');
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(dialog(page).locator('a.search-result-link').nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(first).toBeFocused();
    const target = new URL((await first.getAttribute('href'))!, page.url()).pathname;
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('closes with Esc and gives the focus back to the search button', async ({ page }) => {
    await page.goto('/news/');
    const opener = page.getByRole('link', { name: 'Search' });
    await opener.click();
    await expect(dialog(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(opener).toBeFocused();
  });

  test('keeps the focus inside while open', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await page.keyboard.type('upstream');
    await expect(dialog(page).locator('a.search-result-link').first()).toBeVisible();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(
        () => !!document.activeElement?.closest('dialog') || document.activeElement === document.body,
      );
      expect(inside).toBe(true);
    }
  });

  test('fetches no search code or index on a page where it is never opened', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto('/ggi/activities/manage_legal_compliance/');
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((u) => /pagefind|dialog|render/.test(u))).toEqual([]);
  });

  test('without JavaScript, the search button is a link to the search page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(test.info().project.use.baseURL + '/');
    await page.getByRole('link', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no accessibility violation in the open dialog with results, ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await page.keyboard.press('/');
      await page.keyboard.type('SBOM');
      await expect(dialog(page).locator('a.search-result-link').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('the search page', () => {
  test('filters narrow the results, their counts change, and the URL keeps the state', async ({ page }) => {
    await page.goto('/search/');
    const results = page.locator('.search-page a.search-result-link');
    await page.getByRole('searchbox', { name: 'Search the portal' }).fill('licence');
    await expect(results.first()).toBeVisible();
    const status = page.locator('#search-page-status');
    await expect(status).toHaveText(/\d+ results for “licence”/);
    const all = Number((await status.textContent())!.match(/\d+/)![0]);
    const trustCount = page.locator('[data-count-for="goal:trust"]');
    const developerCount = page.locator('[data-count-for="role:developer"]');
    const developersBefore = Number(await developerCount.textContent());
    const trust = Number(await trustCount.textContent());
    expect(trust).toBeGreaterThan(0);
    expect(trust).toBeLessThan(all);

    await page.getByRole('group', { name: 'GGI goal' }).getByLabel('Trust').check();
    await expect(status).toHaveText(`${trust} results for “licence”`);
    await expect(results).toHaveCount(trust);
    await expect(developerCount).not.toHaveText(String(developersBefore));
    await expect(page).toHaveURL(/\/search\/\?q=licence&goal=trust$/);

    await page.getByRole('group', { name: 'Role' }).getByLabel('Developer').check();
    await expect(page).toHaveURL(/\?q=licence&goal=trust&role=developer$/);
    const urls = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls).toContain('/ggi/activities/manage_software_dependencies/');
    expect(urls).not.toContain('/ggi/activities/manage_legal_compliance/'); // a decision-maker activity
  });

  test('a deep link restores the query and the filters', async ({ page }) => {
    await page.goto('/search/?q=open+source&type=news&goal=trust');
    await expect(page.getByRole('searchbox', { name: 'Search the portal' })).toHaveValue('open source');
    await expect(page.getByRole('group', { name: 'Kind of page' }).getByLabel('News')).toBeChecked();
    await expect(page.getByRole('group', { name: 'GGI goal' }).getByLabel('Trust')).toBeChecked();
    await expect(page.getByRole('group', { name: 'GGI goal' }).getByLabel('Usage')).not.toBeChecked();
  });

  test('results jump to the matching section of a page', async ({ page }) => {
    await page.goto('/search/?q=SBOM');
    const sub = page.locator('.search-page a.search-subresult-link').first();
    await expect(sub).toBeVisible();
    const href = (await sub.getAttribute('href'))!;
    expect(href).toMatch(/#[a-z0-9-]+$/);
    await sub.click();
    await expect(page.locator(`#${href.split('#')[1]}`)).toBeInViewport();
  });

  test('without a query, or with no result, it offers suggestions and the activity list', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByText('Type a word or two, or try one of these:')).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search the portal' }).fill('zzqxjv');
    await expect(page.getByText('Nothing matches.', { exact: false })).toBeVisible();
    await expect(page.getByRole('link', { name: 'all 25 GGI activities' })).toBeVisible();
    await page.getByRole('link', { name: 'procurement', exact: true }).click();
    await expect(page.locator('.search-page a.search-result-link').first()).toBeVisible();
    await expect(page).toHaveURL(/\?q=procurement$/);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no accessibility violation with results and filters, ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/search/?q=licence&type=activity');
      await expect(page.locator('.search-page a.search-result-link').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

// On our own text the page must come first; on the official handbook's text (project
// official-1.3), whose wording we do not write, among the first three.
test.describe('relevance: each query finds its page first', () => {
  const cases: [string, string][] = [
    ['inner source', '/ggi/innersource/'],
    ['SBOM', '/ggi/activities/manage_software_dependencies/'],
    ['vulnerability', '/ggi/activities/manage_software_vulnerabilities/'],
    ['vulnerabilities', '/ggi/activities/manage_software_vulnerabilities/'],
    ['licence compliance', '/ggi/activities/manage_legal_compliance/'],
    ['procurement', '/ggi/activities/open_source_procurement_policy/'],
    ['upstream', '/ggi/activities/upstream_first/'],
    ['C-level', '/ggi/activities/c-level_awareness/'],
    ['four-eyes principle', '/ggi/activities/run_code_reviews/'], // a word only in the page's keywords
  ];
  for (const [query, expected] of cases) {
    test(`"${query}" → ${expected}`, async ({ page, request }) => {
      const target = await (await request.get(expected)).text();
      const words = query.toLowerCase().split(/\s+/);
      // A term only in the page's keywords is searchable where the page has keywords (our own text, not the imported one).
      test.skip(
        !words.every((w) => target.toLowerCase().includes(w)),
        `${expected} does not carry "${query}" in this build`,
      );
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const results = page.locator('.search-page a.search-result-link');
      await expect(results.first()).toBeVisible();
      const top = await results.evaluateAll((as) =>
        as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      if (test.info().project.name === 'portal') expect(top[0]).toBe(expected);
      else expect(top).toContain(expected);
    });
  }

  test(`excerpts are the pages' own sentences: no card's "For:" line, breadcrumb or table of contents`, async ({
    page,
  }) => {
    for (const query of ['procurement', 'licence', 'vulnerability', 'community', 'strategy']) {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const excerpts = page.locator('.search-page .search-result > .search-excerpt');
      await expect(excerpts.first()).toBeVisible();
      for (const text of await excerpts.allInnerTexts()) {
        expect(text, query).not.toMatch(/For: |On this page|GGI handbook ›|Edit this page|Next: |Previous: /);
      }
    }
  });

  test('the GGI overview and the goal pages do not come before the activity a query is about', async ({ page }) => {
    for (const query of ['vulnerability', 'procurement', 'licence compliance', 'code review']) {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const results = page.locator('.search-page a.search-result-link');
      await expect(results.first()).toBeVisible();
      const first = new URL(await results.first().evaluate((a: HTMLAnchorElement) => a.href)).pathname;
      expect(first, query).toMatch(/^\/ggi\/activities\//);
    }
  });
});

test.describe('under the base path /ospo-zone/', () => {
  let server: StaticServer;
  test.beforeAll(async () => (server = await serveBaseBuild()));
  test.afterAll(async () => server?.close());

  test('the dialog and the search page find results whose links open pages that exist', async ({ page, request }) => {
    await page.goto(`${server.origin}/ospo-zone/ggi/`);
    await page.keyboard.press('/');
    await page.keyboard.type('procurement');
    const links = dialog(page).locator('a.search-result-link, a.search-subresult-link');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(1);
    for (const href of hrefs) {
      expect(new URL(href).pathname).toMatch(/^\/ospo-zone\/.*\/(#.*)?$/);
      expect((await request.get(href.replace(/#.*$/, ''))).status(), href).toBe(200);
    }
    await page.goto(`${server.origin}/ospo-zone/search/?q=SBOM`);
    const first = page.locator('.search-page a.search-result-link').first();
    await first.click();
    await expect(page).toHaveURL(/\/ospo-zone\/ggi\/activities\/manage_software_dependencies\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Manage software dependencies');
  });

  test.describe('the service worker', () => {
    test.use({ serviceWorkers: 'allow' });
    test('controls the base path only: a page outside it comes from its own server, also after a visit', async ({
      page,
      context,
    }) => {
      await page.goto(`${server.origin}/ospo-zone/`);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(`${server.origin}/ospo-zone/`);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

      // Under the base, a page the worker does not hold gets its 404 page from the worker…
      const inside = await page.goto(`${server.origin}/ospo-zone/no-such-page/`);
      expect(inside?.fromServiceWorker()).toBe(true);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      // …while outside it the server answers (here with its own 404), not the worker.
      const outside = await page.goto(`${server.origin}/another-site/`);
      expect(outside?.fromServiceWorker()).toBe(false);
      expect(outside?.status()).toBe(404);
      // Offline, the worker still shows its 404 page under the base, but a page outside it fails.
      await context.setOffline(true);
      await page.goto(`${server.origin}/ospo-zone/no-such-page/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await expect(page.goto(`${server.origin}/another-site/`)).rejects.toThrow(/net::ERR_INTERNET_DISCONNECTED/);
      await context.setOffline(false);
    });
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('after one online visit, other pages and search keep working with the network off', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.goto('/ggi/activities/open_source_procurement_policy/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open source procurement policy');
    await page.keyboard.press('/');
    await page.keyboard.type('SBOM');
    await expect(dialog(page).locator('a.search-result-link').first()).toBeVisible();
    await expect(dialog(page).locator('[data-search-results]')).toContainText('Manage software dependencies');
    await page.goto('/search/?q=upstream');
    await expect(page.locator('.search-page a.search-result-link').first()).toBeVisible();
    await context.setOffline(false);
  });

  test('the portal has a web app manifest with installable icons', async ({ page, request }) => {
    await page.goto('/');
    const href = await page.locator('link[rel=manifest]').getAttribute('href');
    const manifest = await (await request.get(href!)).json();
    expect(manifest.display).toBe('standalone');
    const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons)
      expect((await request.get(new URL(icon.src, new URL(href!, page.url())).href)).status()).toBe(200);
  });
});

test.describe('a new deployment', () => {
  test.use({ serviceWorkers: 'allow' });
  let server: StaticServer;
  let root: string;
  test.beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'ospo-deploy-'));
    cpSync(SITE_DIR, root, { recursive: true });
    server = await serveStatic(root, '/');
  });
  test.afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('is offered with a reload, and until then the old version keeps being served as a whole', async ({ page }) => {
    await page.goto(`${server.origin}/about/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const heading = page.getByRole('heading', { level: 1 });
    const before = await heading.textContent();

    // Deploy a changed page with a new service worker, as `astro build` would.
    const file = join(root, 'about', 'index.html');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/About the OSPO Alliance and this portal/g, 'About us, second edition'),
    );
    await writeServiceWorker(root, workerScope('/'));

    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    const notice = page.getByRole('status').filter({ hasText: 'A new version of the portal is ready.' });
    await expect(notice).toBeVisible({ timeout: 15_000 });
    await page.reload();
    await expect(heading).toHaveText(before!); // still the old build, served whole from the cache

    await expect(notice).toBeVisible({ timeout: 15_000 });
    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect(heading).toHaveText('About us, second edition');
  });
});

test.describe('offline, data files', () => {
  test.use({ serviceWorkers: 'allow' });
  test('the API and calendar files open as themselves once the service worker runs, also offline', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    // Opened as pages, the JSON shows as itself (a calendar file would be downloaded)…
    await page.goto('/api/ggi.json');
    expect(await page.locator('body').innerText()).toContain('"activities"');
    // …and both come from the worker, as themselves, not as the 404 page.
    await page.goto('/data/');
    for (const [path, text] of [
      ['/api/ggi.json', '"format"'],
      ['/onramp/series.ics', 'BEGIN:VCALENDAR'],
    ]) {
      const body = await page.evaluate(async (p) => (await fetch(p)).text(), path);
      expect(body, path).toContain(text);
    }
    await context.setOffline(false);
  });
});

test('the search page stays within the screen with long addresses in results', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/search/?q=procurement');
  await expect(page.locator('.search-page a.search-result-link').first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
