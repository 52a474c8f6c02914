/**
 * Content Security Policy: every page carries Astro's CSP (hashes of its scripts and styles, plus
 * what Pagefind and the service worker need), and using the site — pages, filters, the search
 * dialog and page, a search — raises no CSP violation.
 */
import { expect, test } from '@playwright/test';
import { watchCsp } from './helpers.ts';

test('pages carry a content security policy that allows only their own scripts and styles', async ({ page }) => {
  await page.goto('/ggi/activities/upstream_first/');
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toMatch(/script-src [^;]*'sha(256|384|512)-/);
  expect(csp).toMatch(/style-src [^;]*'sha(256|384|512)-/);
  expect(csp).not.toMatch(/'unsafe-inline'/);
  expect(csp).toContain("'wasm-unsafe-eval'");
  expect(csp).toMatch(/worker-src [^;]*blob:/);
});

test('browsing, filtering and searching raise no CSP violation', async ({ page }) => {
  const violations = await watchCsp(page);
  for (const path of [
    '/',
    '/ggi/',
    '/ggi/activities/?goal=trust',
    '/members/?kind=company',
    '/onramp/',
    '/ggi/handbook/',
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.goto('/ggi/activities/manage_legal_compliance/');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.keyboard.press('/');
  await page.keyboard.type('SBOM');
  await expect(page.locator('#search-dialog a.search-result-link').first()).toBeVisible();
  await page.goto('/search/?q=licence&type=activity');
  await expect(page.locator('.search-page a.search-result-link').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('the CSP check catches a violation: an inline script the policy does not list', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('/');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.injected = 1';
    document.body.append(s);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});
