/**
 * Reading the handbook in order: the sidebar beside the overview, methodology, goal and activity
 * pages, the previous/next pager through the whole handbook, and pages that fit a 360 px screen.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SITE_DIR } from './helpers.ts';

/** The handbook as the data API publishes it: goals with their order, activities with their goal. */
const api = JSON.parse(readFileSync(`${SITE_DIR}/api/ggi.json`, 'utf8')) as {
  goals: { id: string; order: number; url: string }[];
  activities: { id: string; goal: string; url: string }[];
};
const num = (id: string) => Number(id.replace('GGI-A-', ''));
/** Activity pages in goal order, each goal's by id number: the order "Next" must follow. */
const expectedActivities = [...api.goals]
  .sort((a, b) => a.order - b.order)
  .flatMap((g) =>
    api.activities
      .filter((a) => a.goal === g.id)
      .sort((a, b) => num(a.id) - num(b.id))
      .map((a) => new URL(a.url).pathname),
  );

test('following "Next" from the GGI overview visits every activity exactly once, in goal order', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/ggi/');
  const visited: string[] = [];
  for (let i = 0; i < 200; i++) {
    visited.push(new URL(page.url()).pathname);
    const next = page.getByRole('navigation', { name: 'Previous and next in the handbook' }).locator('a[rel=next]');
    if (!(await next.count())) break;
    await next.click();
    await page.waitForURL((u) => u.pathname !== visited.at(-1));
  }
  expect(visited.slice(0, 2)).toEqual(['/ggi/', '/ggi/methodology/']);
  expect(visited.filter((p) => p.startsWith('/ggi/activities/'))).toEqual(expectedActivities);
  // Each goal page comes right before its first activity.
  for (const g of api.goals) {
    const at = visited.indexOf(new URL(g.url).pathname);
    expect(at, g.id).toBeGreaterThan(1);
    expect(api.activities.find((a) => new URL(a.url).pathname === visited[at + 1])?.goal).toBe(g.id);
  }
  expect(visited).toHaveLength(2 + api.goals.length + api.activities.length);
});

// The pages' HTML, not clicks: the clicks are the "Next" test's; this one checks the links back.
test('"Previous" walks back from the last activity to the overview', async ({ request }) => {
  let at = expectedActivities.at(-1)!;
  let steps = 0;
  for (; steps < 200; steps++) {
    const prev = /<a href="([^"]+)" rel="prev"/.exec(await (await request.get(at)).text());
    if (!prev) break;
    at = new URL(prev[1], 'http://x').pathname;
  }
  expect(at).toBe('/ggi/');
  expect(steps).toBe(1 + api.goals.length + api.activities.length);
});

test.describe('the handbook sidebar', () => {
  test('marks the current page, and only it, with aria-current', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const path of ['/ggi/', '/ggi/methodology/', new URL(api.goals[1].url).pathname, expectedActivities[7]]) {
      await page.goto(path);
      const nav = page.getByRole('navigation', { name: 'Handbook', exact: true });
      const current = nav.locator('[aria-current="page"]');
      await expect(current, path).toHaveCount(1);
      expect(new URL(await current.evaluate((a: HTMLAnchorElement) => a.href)).pathname).toBe(path);
      await expect(current).toBeVisible();
    }
  });

  test('lists the goals and every activity with its id', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(expectedActivities[0]);
    const nav = page.getByRole('navigation', { name: 'Handbook', exact: true });
    await expect(nav.locator('a[href*="/ggi/goals/"]')).toHaveCount(api.goals.length);
    await expect(nav.locator('a[href*="/ggi/activities/"]')).toHaveCount(api.activities.length);
    await expect(nav.getByRole('link', { name: api.activities[0].id })).toBeVisible();
  });

  test('is a rail beside the page at 1280 px, open without a click', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(expectedActivities[3]);
    const nav = page.getByRole('navigation', { name: 'Handbook', exact: true });
    await expect(nav.getByText('Handbook contents')).toBeHidden();
    await expect(nav.locator('[aria-current="page"]')).toBeVisible();
    const navBox = (await nav.boundingBox())!;
    const mainBox = (await page.locator('main').boundingBox())!;
    expect(navBox.x + navBox.width).toBeLessThanOrEqual(mainBox.x);
  });

  test('opens and closes from the keyboard at 360 px, closed at first', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(expectedActivities[3]);
    const nav = page.getByRole('navigation', { name: 'Handbook', exact: true });
    const summary = nav.getByText('Handbook contents');
    const firstGoal = nav.locator('a[href*="/ggi/goals/"]').first();
    await expect(firstGoal).toBeHidden();
    // Tab from the top of the page until the summary has the focus: it is in the tab order.
    await page.locator('body').focus();
    for (let i = 0; i < 30 && !(await summary.evaluate((s) => s === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(summary).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(firstGoal).toBeVisible();
    await expect(nav.locator('[aria-current="page"]')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(firstGoal).toBeHidden();
  });
});

/** Site paths of the sitemap of the build (read at load time; the build precedes the tests). */
function sitemapPaths(): string[] {
  const index = readFileSync(`${SITE_DIR}/sitemap-index.xml`, 'utf8');
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap((m) =>
    [...readFileSync(`${SITE_DIR}${new URL(m[1]).pathname}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (loc) => new URL(loc[1]).pathname,
    ),
  );
}

// One theme: the themes change colours only, never sizes.
test('no page of the sitemap scrolls sideways at 360 px', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 800 });
  const wide: string[] = [];
  for (const path of sitemapPaths()) {
    await page.goto(path);
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    if (scroll > client) wide.push(`${path}: ${scroll} px wide`);
  }
  expect(wide).toEqual([]);
});
