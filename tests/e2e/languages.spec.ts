/**
 * French and German beside English (issue 14): each language's pages say their language, the
 * chrome is in it, a page whose text is not translated yet says so and keeps its English text
 * marked as English, the switcher goes to the same page in another language and back, the
 * translation status page counts what is there, search from a French page finds French pages,
 * and the scorecard's data is the same in every language.
 */
import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

test.beforeEach(({}, info) => {
  // The official text replaces the activities, the portal's translations with them.
  test.skip(info.project.name === 'official-1.3', 'the portal’s own translations');
});

const ACTIVITY = 'manage_software_dependencies';
const lang = (page: Page) => page.locator('html').getAttribute('lang');

test('each language’s home, an activity and a fallback page have their language and chrome', async ({ page }) => {
  const cases = [
    { l: 'en', prefix: '', nav: 'GGI handbook', title: 'Manage software dependencies' },
    { l: 'fr', prefix: '/fr', nav: 'Manuel GGI', title: 'Gérer les dépendances logicielles' },
    { l: 'de', prefix: '/de', nav: 'GGI-Handbuch', title: 'Software-Abhängigkeiten managen' },
  ];
  for (const c of cases) {
    await page.goto(`${c.prefix}/`);
    expect(await lang(page)).toBe(c.l);
    await expect(page.getByRole('navigation').first().getByRole('link', { name: c.nav })).toBeVisible();
    await page.goto(`${c.prefix}/ggi/activities/${ACTIVITY}/`);
    expect(await lang(page)).toBe(c.l);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
    await expect(page.locator('[data-fallback]')).toHaveCount(0);
  }
  for (const [l, notice] of [
    ['fr', 'Pas encore traduit'],
    ['de', 'Noch nicht übersetzt'],
  ] as const) {
    await page.goto(`/${l}/case-studies/cern/`);
    expect(await lang(page)).toBe(l);
    await expect(page.locator('[data-fallback]')).toContainText(notice);
    await expect(page.locator('main')).toHaveAttribute('lang', 'en');
    await expect(page.locator('[data-fallback]')).toHaveAttribute('lang', l);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/case-studies\/cern\/$/);
    await expect(page.locator('link[rel="canonical"]')).not.toHaveAttribute('href', new RegExp(`/${l}/`));
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  }
});

test('a translated page lists its translations as hreflang alternates, with x-default', async ({ page }) => {
  await page.goto(`/fr/ggi/activities/${ACTIVITY}/`);
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((ls) => ls.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`));
  expect(alternates).toEqual([
    `en /ggi/activities/${ACTIVITY}/`,
    `fr /fr/ggi/activities/${ACTIVITY}/`,
    `de /de/ggi/activities/${ACTIVITY}/`,
    `x-default /ggi/activities/${ACTIVITY}/`,
  ]);
});

/** One page of each kind, in English. */
const KINDS = [
  '/',
  '/ggi/',
  '/ggi/methodology/',
  '/ggi/goals/trust/',
  `/ggi/activities/${ACTIVITY}/`,
  '/ggi/activities/',
  '/ggi/scorecard/',
  '/ggi/handbook/',
  '/case-studies/',
  '/case-studies/cern/',
  '/members/',
  '/news/',
  '/onramp/',
  '/search/',
  '/join/',
  '/translations/',
];

test('the switcher takes the reader to the same page in each language and back, on every kind of page', async ({
  page,
}) => {
  for (const path of KINDS) {
    await page.goto(path);
    for (const [l, name] of [
      ['fr', 'Français'],
      ['de', 'Deutsch'],
      ['en', 'English'],
    ] as const) {
      await page.locator('[data-lang-switcher] summary').click();
      await page
        .locator('[data-lang-switcher]')
        .getByRole('link', { name: new RegExp(`^${name}`) })
        .click();
      await expect(page).toHaveURL(new RegExp(`${l === 'en' ? '' : `/${l}`}${path.replace(/\//g, '\\/')}$`));
      expect(await lang(page)).toBe(l);
    }
  }
});

test('the status page’s counts equal the translation files there are', async ({ page }) => {
  const count = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.md') && !f.startsWith('_')).length;
  for (const l of ['fr', 'de']) {
    const files = count(`content/activities/${l}`) + count(`content/goals/${l}`) + count(`content/pages/${l}`);
    const total = count('content/activities/en') + count('content/goals') + count('content/pages');
    await page.goto('/translations/');
    const section = page.locator(`section[data-language="${l}"]`);
    await expect(section.locator('tr[data-state="translated"]')).toHaveCount(files);
    await expect(section.locator('tbody tr')).toHaveCount(total);
    await expect(section.locator('[data-counts]')).toHaveText(
      `${files} translated, 0 out of date, ${total - files} missing, of ${total}`,
    );
  }
});

test('a search from a French page finds the French activity first and no English page', async ({ page }) => {
  await page.goto('/fr/ggi/');
  await page.keyboard.press('/');
  await page.keyboard.type('dépendances logicielles');
  const results = page.getByRole('dialog').locator('a.search-result-link');
  await expect(results.first()).toHaveAttribute('href', `/fr/ggi/activities/${ACTIVITY}/`);
  const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.every((h) => h?.startsWith('/fr/'))).toBe(true);
});

test('the scorecard keeps its data when the language changes', async ({ page }) => {
  await page.goto('/ggi/scorecard/');
  await expect(page.locator('html[data-scorecard="ready"]')).toBeAttached();
  const card = (p: Page) => p.locator('article[data-activity="GGI-A-23"]');
  await card(page).getByText('In Progress', { exact: true }).click();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('ospo-zone:scorecards'))).toContain('GGI-A-23');
  for (const l of ['fr', 'de']) {
    await page.goto(`/${l}/ggi/scorecard/`);
    await expect(page.locator('html[data-scorecard="ready"]')).toBeAttached();
    await expect(card(page).getByRole('radio', { name: 'In Progress' })).toBeChecked();
  }
});
