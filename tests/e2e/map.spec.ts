/**
 * The activity map on /ggi/ (src/components/ActivityMap.astro): a drawing on wide screens, the
 * same links as a per-goal list on narrow ones, both without JavaScript and accessible.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from './helpers.ts';

const ACTIVITIES = 25;

test('at 1280 px the map is a drawing with one link per activity, in five labelled goal bands, and the list is hidden', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/ggi/');
  const map = page.locator('svg.activity-map');
  await expect(map).toBeVisible();
  const links = map.locator('a.map-node');
  await expect(links).toHaveCount(ACTIVITIES);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(new Set(hrefs).size).toBe(ACTIVITIES);
  for (const h of hrefs) expect(h).toMatch(/^\/ggi\/activities\/[a-z0-9_-]+\/$/);
  await expect(map.locator('.map-goal')).toHaveText(['Usage', 'Trust', 'Culture', 'Engagement', 'Strategy']);
  await expect(map).toHaveAccessibleName(`Map of the ${ACTIVITIES} GGI activities`);
  // Scaled to the column: no wider than the main content, and its labels readable.
  const { svg, main } = await page.evaluate(() => ({
    svg: document.querySelector('svg.activity-map')!.getBoundingClientRect().width,
    main: document.querySelector('main')!.clientWidth,
  }));
  expect(svg).toBeLessThanOrEqual(main);
  // The title's font size in SVG units, times the drawing's scale: the size on the screen.
  const titleSize = await map
    .locator('.map-title')
    .first()
    .evaluate((el) => {
      const svg = el.closest('svg')!;
      return (
        (parseFloat(getComputedStyle(el).fontSize) * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width
      );
    });
  expect(titleSize).toBeGreaterThanOrEqual(10);
  await expect(page.locator('.map-list')).toBeHidden();
});

test('at 360 px the map is a list of every activity with its "leads to" links, and nothing scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/ggi/');
  await expect(page.locator('svg.activity-map')).toBeHidden();
  const list = page.locator('.map-list');
  await expect(list).toBeVisible();
  await expect(list.locator('.map-list-activities > li')).toHaveCount(ACTIVITIES);
  const inventory = list.locator('.map-list-activities > li', { hasText: 'GGI-A-17' });
  await expect(inventory.locator('.map-leads a')).toHaveText([
    'GGI-A-18 Open source competency growth',
    'GGI-A-19 Open source supervision',
    'GGI-A-28 Human Resources perspective',
    'GGI-A-33 Engage with open source vendors',
    'GGI-A-42 Manage open source skills and resources',
  ]);
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  await inventory.locator('.map-leads a', { hasText: 'GGI-A-33' }).click();
  await expect(page).toHaveURL(/\/ggi\/activities\/engage_with_open_source_vendors\/$/);
});

test('from 1,024 px the drawing replaces the list; below, at 800 px, the list shows and nothing scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto('/ggi/');
  await expect(page.locator('svg.activity-map')).toBeHidden();
  await expect(page.locator('.map-list')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
  await page.setViewportSize({ width: 1024, height: 900 });
  await expect(page.locator('svg.activity-map')).toBeVisible();
  await expect(page.locator('.map-list')).toBeHidden();
});

for (const width of [360, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violation on /ggi/ at ${width} px (${scheme})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/ggi/');
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
