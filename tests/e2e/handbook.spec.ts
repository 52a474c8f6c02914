import { expect, test } from '@playwright/test';

test('all 25 activity pages and 5 goal pages can be reached from /ggi/ by following links', async ({ page }) => {
  test.setTimeout(90_000); // some 30 pages, one after the other
  const seen = new Set<string>();
  const queue = ['/ggi/'];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    await page.goto(path);
    // getAttribute, not .href: the map's links are SVG <a> elements, whose href is not a string.
    const links = await page
      .locator('main a[href]')
      .evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href')!, location.href).pathname));
    for (const l of links) if (/^\/ggi\/(goals|activities)\/[^/]+\/$/.test(l) && !seen.has(l)) queue.push(l);
  }
  expect([...seen].filter((p) => p.startsWith('/ggi/activities/') && p !== '/ggi/activities/')).toHaveLength(25);
  expect([...seen].filter((p) => p.startsWith('/ggi/goals/'))).toHaveLength(5);
});

test('the activity map on /ggi/ draws 25 linked boxes and the next links between them', async ({ page }) => {
  await page.goto('/ggi/');
  const map = page.locator('svg.activity-map');
  await expect(map.locator('a.map-node')).toHaveCount(25);
  expect(await map.locator('.map-edges path').count()).toBeGreaterThan(25);
  // Focusing a box brings out its own arrows and fades the others.
  await map.locator('a.map-node[data-id="GGI-A-17"]').focus();
  const opacity = (selector: string) =>
    map
      .locator(selector)
      .first()
      .evaluate((el) => Number(getComputedStyle(el).opacity));
  await expect.poll(() => opacity('.map-edges path[data-from="GGI-A-17"]')).toBe(1);
  await expect.poll(() => opacity('.map-edges path[data-from="GGI-A-21"]')).toBeLessThan(0.5);
  await map.locator('a.map-node[data-id="GGI-A-23"]').click();
  await expect(page).toHaveURL(/\/ggi\/activities\/manage_software_dependencies\/$/);
});

test.describe('the activity list filter', () => {
  test('narrows the list by goal and role without a reload and keeps the choice in the URL', async ({ page }) => {
    await page.goto('/ggi/activities/');
    const items = page.locator('#activity-list > li');
    await expect(items.filter({ visible: true })).toHaveCount(25);
    await page.getByRole('group', { name: 'Goal' }).getByText('Trust').click();
    await expect(items.filter({ visible: true })).toHaveCount(5);
    await page.getByRole('group', { name: 'Role' }).getByText('Developer').click();
    await expect(items.filter({ visible: true })).toHaveCount(2);
    await expect(page.getByRole('status')).toHaveText('Showing 2 of 25');
    await expect(page).toHaveURL(/\?goal=trust&role=developer$/);
    await page.getByRole('group', { name: 'Goal' }).getByText('All').click();
    await expect(page).toHaveURL(/\?role=developer$/);
  });

  test('restores the filter from the URL', async ({ page }) => {
    await page.goto('/ggi/activities/?goal=strategy');
    await expect(page.locator('#activity-list > li').filter({ visible: true })).toHaveCount(5);
    await expect(page.getByRole('group', { name: 'Goal' }).getByRole('radio', { name: 'Strategy' })).toBeChecked();
  });

  test('says so when no activity fits the combination', async ({ page }) => {
    await page.goto('/ggi/activities/?goal=strategy&role=developer');
    await expect(page.locator('#activity-list > li').filter({ visible: true })).toHaveCount(0);
    await expect(page.getByText('No activity of the Strategy goal is addressed to the developer role')).toBeVisible();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('shows all 25 activities and still filters by goal and role', async ({ page }) => {
      await page.goto('/ggi/activities/');
      const items = page.locator('#activity-list > li');
      await expect(items.filter({ visible: true })).toHaveCount(25);
      await page.getByRole('group', { name: 'Goal' }).getByText('Culture').click();
      await expect(items.filter({ visible: true })).toHaveCount(5);
      await page.getByRole('group', { name: 'Role' }).getByText('Decision maker').click();
      await expect(items.filter({ visible: true })).toHaveCount(2);
    });
  });

  test('can be used with the keyboard alone', async ({ page }) => {
    await page.goto('/ggi/activities/');
    await page.getByRole('group', { name: 'Goal' }).getByRole('radio', { name: 'All' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('group', { name: 'Goal' }).getByRole('radio', { name: 'Usage' })).toBeChecked();
    await expect(page.locator('#activity-list > li').filter({ visible: true })).toHaveCount(5);
  });
});

test.describe('an activity page', () => {
  test('shows its id, goal and roles, verification points, next activities and reverse links', async ({ page }) => {
    await page.goto('/ggi/activities/manage_software_dependencies/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Manage software dependencies');
    const main = page.getByRole('main');
    await expect(main.getByText('GGI-A-23', { exact: true }).first()).toBeVisible();
    await expect(main.locator('span', { hasText: /^Trust goal$/ })).toBeVisible();
    await expect(main.locator('span', { hasText: /^Team leader$/ })).toBeVisible();
    await expect(main.locator('ul.checklist > li')).toHaveCount(4);
    // Each point carries its stable id, the key the scorecard stores its tick under.
    expect(
      await main.locator('ul.checklist > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-point'))),
    ).toEqual(['v1', 'v2', 'v3', 'v4']);
    await expect(page.locator('#proposed-next + ul > li')).toHaveCount(3);
    await expect(page.locator('#leads-here + ul a').first()).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveText([
      'GGI handbook',
      'Trust goal',
    ]);
    // Our own text offers an edit link; the official handbook's text (imported) links to its source.
    const edit = page.getByRole('link', { name: 'Edit this page' });
    if (await edit.count())
      await expect(edit).toHaveAttribute(
        'href',
        /\/edit\/main\/content\/activities\/en\/manage_software_dependencies\.md$/,
      );
    else
      await expect(page.getByRole('link', { name: 'source', exact: true })).toHaveAttribute(
        'href',
        /\/-\/blob\/[^/]+\/handbook\/content\/52_activity_23\.md$/,
      );
    await expect(page.locator('a[rel=prev]')).toContainText('Manage software vulnerabilities');
    await expect(page.locator('a[rel=next]')).toContainText('Manage key indicators');
  });

  test('has table-of-contents links that jump to their sections', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/ggi/activities/upstream_first/');
    const toc = page.getByRole('navigation', { name: 'On this page' }).filter({ visible: true });
    const links = toc.getByRole('link');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < count; i++) {
      const target = (await links.nth(i).getAttribute('href'))!;
      await links.nth(i).click();
      await expect(page).toHaveURL(new RegExp(`${target}$`));
      await expect(page.locator(target)).toBeInViewport();
    }
  });
});

for (const [from, to] of [
  ['/ggi/activities/hr_perspective/', '/ggi/activities/human_resources_perspective/'],
  ['/ggi/GGI-A-17/', '/ggi/activities/inventory_of_open_source_skills_and_resources/'],
  ['/ggi/GGI-A-44/', '/ggi/activities/run_code_reviews/'],
]) {
  test(`${from} redirects to ${to}`, async ({ page }) => {
    await page.goto(from);
    await expect(page).toHaveURL(new RegExp(`${to}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}

test('every /ggi/GGI-A-NN/ address redirects to the page of that activity', async ({ page, request }) => {
  await page.goto('/ggi/activities/');
  const ids = await page.locator('#activity-list article p.font-mono').allTextContents();
  expect(ids).toHaveLength(25);
  for (const id of ids.map((s) => s.trim())) {
    const html = await (await request.get(`/ggi/${id}/`)).text();
    const target = /http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
    expect(target, id).toMatch(/^\/ggi\/activities\/[a-z0-9_-]+\/$/);
    const page2 = await (await request.get(target!)).text();
    expect(page2).toContain(`>${id}<`);
  }
});
