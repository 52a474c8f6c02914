/**
 * The addresses of the site this portal replaces (ospo-alliance.org): the governance page that
 * takes over /governance, the redirects from old addresses, and the link gate on the real build
 * (every link to the site's own origin resolves, or is on the off-portal list).
 */
import { expect, test } from '@playwright/test';
import { linkGate } from '../../scripts/gates/gates.ts';
import { FORMER_REDIRECTS, OFF_PORTAL_PATHS } from '../../src/lib/site/former-site.ts';
import { axeViolations, SITE_DIR } from './helpers.ts';

test('the governance page has the landmarks, one heading of level 1, the three categories of member and the five roles', async ({
  page,
}) => {
  await page.goto('/governance/');
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How the OSPO Alliance is governed');
  const main = page.getByRole('main');
  for (const category of ['Founders', 'Supporters', 'Sponsors'])
    await expect(main.getByRole('cell', { name: category, exact: true })).toBeVisible();
  for (const role of ['participant', 'ambassador', 'maintainer', 'vice-chairperson', 'chairperson'])
    await expect(main.getByRole('listitem').filter({ hasText: new RegExp(`^${role},?\\.?$`) })).toHaveCount(1);
  await expect(main.getByRole('link', { name: 'members page' })).toHaveAttribute('href', '/members/');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the governance page has no axe violations at 360 px (${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/governance/');
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the footer links to the governance page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'How the Alliance is governed' }).click();
  await expect(page).toHaveURL(/\/governance\/$/);
});

// The old site wrote its addresses without the trailing slash (`/governance`); static hosts
// (GitHub Pages, Netlify, Apache) answer those with a redirect to the folder, `astro preview` does
// not, so these tests open the slash form. The link gate, whose server redirects like those
// hosts, checks the links as written.
test('the old address /governance is the governance page', async ({ page }) => {
  await page.goto('/governance/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How the OSPO Alliance is governed');
});

for (const { from, to } of FORMER_REDIRECTS) {
  test(`the old address ${from} redirects to ${to}`, async ({ page }) => {
    await page.goto(from);
    await expect(page).toHaveURL(new RegExp(`${to}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}

test('redirect pages of old addresses are in neither the sitemap nor the search index', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const { from } of FORMER_REDIRECTS) expect(sitemap).not.toContain(from);
  const html = await (await request.get(FORMER_REDIRECTS[0].from)).text();
  expect(html).toContain('http-equiv="refresh"');
  expect(html).not.toContain('data-pagefind-body');
});

test("on the real build, every link to the site's own origin resolves, and the off-portal list holds only paths still linked", async ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'portal', `checks ${SITE_DIR}/, the build from content/`);
  test.setTimeout(60_000);
  const r = await linkGate(SITE_DIR);
  expect(r.problems).toEqual([]);
  expect(r.offPortal.map((u) => new URL(u).pathname).sort()).toEqual(OFF_PORTAL_PATHS.map((o) => o.path).sort());
  expect(r.external.filter((u) => /^https?:\/\/(www\.)?ospo-alliance\.org/.test(u))).toEqual([]);
});
