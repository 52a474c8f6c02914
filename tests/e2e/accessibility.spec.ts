/**
 * The accessibility sweep: axe (WCAG 2.0–2.2 A and AA, and best practice) on every page of the
 * sitemap, in the light and the dark theme, one test per page and theme so that the report reads
 * page by page. Interactive states (the open search dialog, filters) have their own tests.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeViolations, SITE_DIR } from './helpers.ts';

/** Site paths of the sitemap of dist/ (read at load time; the build precedes the tests). */
function sitemapPaths(): string[] {
  const index = readFileSync(`${SITE_DIR}/sitemap-index.xml`, 'utf8');
  const paths: string[] = [];
  for (const m of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = readFileSync(`${SITE_DIR}${new URL(m[1]).pathname}`, 'utf8');
    for (const loc of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(loc[1]).pathname);
  }
  return paths;
}

const paths = sitemapPaths();

test('the sweep covers every page of the sitemap', () => {
  expect(paths.length).toBeGreaterThan(40);
});

for (const path of paths) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: ${path} (${scheme})`, async ({ page }) => {
      test.setTimeout(60_000); // the scorecard page takes 13 to 18 s on CI, over 30 s on a busy machine
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('the sweep fails on a page with violations (an image without text, low contrast, no language)', async ({
  page,
}) => {
  await page.setContent(
    '<html><body><main><img src="x.png"><p style="color:#aaa;background:#fff">faint text</p></main></body></html>',
  );
  const violations = await axeViolations(page);
  expect(violations.map((v) => v.split(':')[0])).toEqual(
    expect.arrayContaining(['image-alt', 'color-contrast', 'html-has-lang']),
  );
});
