import { expect, test, type Page } from '@playwright/test';

/** Collects console errors, uncaught exceptions and failed requests of a page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`exception: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return errors;
}

test('the home page renders its sections with no console errors', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The Good Governance Initiative handbook' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('CC BY 4.0');
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
});

test('every header and footer link inside the site opens a page that exists', async ({ page, request }) => {
  await page.goto('/');
  const hrefs = await page
    .locator('header a, footer a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const internal = [...new Set(hrefs.filter((h) => h.startsWith(new URL(page.url()).origin)))];
  expect(internal.length).toBeGreaterThanOrEqual(8);
  for (const url of internal) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
  }
});

test('each navigation link leads to a page whose heading names the section, and marks it current', async ({ page }) => {
  const headings: Record<string, RegExp> = {
    'GGI handbook': /Good Governance Initiative handbook/,
    'Case studies': /Case studies/,
    Members: /Members/,
    OnRamp: /OnRamp/,
    News: /News/,
  };
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const labels = (await nav.getByRole('link').allTextContents()).map((s) => s.trim());
  expect(labels).toEqual(Object.keys(headings));
  for (const label of labels) {
    await page.goto('/');
    await nav.getByRole('link', { name: label }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headings[label]);
    await expect(nav.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
  }
  await page.goto('/ggi/activities/upstream_first/');
  await expect(nav.getByRole('link', { name: 'GGI handbook' })).toHaveAttribute('aria-current', 'true');
  // Search sits beside the navigation: a button that opens the search dialog, a link without JavaScript.
  await expect(page.getByRole('banner').getByRole('link', { name: 'Search' })).toHaveAttribute('href', '/search/');
});

test('the theme toggle switches to dark, and a reload keeps dark from the first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  // Records the theme at the moment <body> is created, i.e. before anything can be painted.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset.theme ?? 'system';
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBackground).not.toBe(lightBackground);

  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBackground);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  await toggle.click();
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('light');
});

test('without a stored choice the page follows the system colour scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toBe(light);
});

test('an unknown address answers 404 with the not-found page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Home page' })).toBeVisible();
});

test('the skip link is the first stop of the keyboard and moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the home page fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the home page carries a canonical URL, OpenGraph and Twitter meta', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /^https?:\/\/[^/]+\/$/);
  for (const property of ['og:title', 'og:description', 'og:url', 'og:type']) {
    await expect(page.locator(`meta[property="${property}"]`)).toHaveAttribute('content', /.+/);
  }
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
  await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /.{50,}/);
});

test('robots.txt points to the sitemap, and the sitemap lists the home page', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapUrl = /Sitemap: (\S+)/.exec(robots)?.[1];
  expect(sitemapUrl).toMatch(/\/sitemap-index\.xml$/);
  const index = await (await request.get(new URL(sitemapUrl!).pathname)).text();
  const first = /<loc>([^<]+)<\/loc>/.exec(index)?.[1];
  const sitemap = await (await request.get(new URL(first!).pathname)).text();
  expect(sitemap).toContain('/ggi/</loc>');
  expect(sitemap).not.toContain('404');
});
