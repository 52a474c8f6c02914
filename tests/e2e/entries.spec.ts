import { expect, test } from '@playwright/test';

test('each news post in the list opens its own page, with its date and text', async ({ page }) => {
  await page.goto('/news/');
  const links = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(5);
  const titles = (await links.allTextContents()).map((t) => t.trim());
  for (const title of titles) {
    await page.goto('/news/');
    await page.getByRole('link', { name: title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('main time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    expect((await page.locator('main .prose').innerText()).length).toBeGreaterThan(200);
  }
});

test('the news list shows the newest post first', async ({ page }) => {
  await page.goto('/news/');
  const dates = await page.getByRole('main').locator('li p').allTextContents();
  const parsed = dates.map((d) => Date.parse(d));
  expect(parsed).toEqual([...parsed].sort((a, b) => b - a));
});

test('a stand-alone page from content/pages is published at its own address and linked from the footer', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'About the Alliance and the portal' }).click();
  await expect(page).toHaveURL(/\/about\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the OSPO Alliance and this portal');
});

test('the members page names each founder with its country and a source', async ({ page }) => {
  await page.goto('/members/');
  const founders = page.getByRole('region', { name: 'Founders' });
  for (const name of ['OW2', 'Eclipse Foundation', 'OpenForum Europe', 'Foundation for Public Code']) {
    await expect(founders.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(founders.getByText('Belgium').first()).toBeVisible();
  await expect(founders.getByRole('link', { name: "Source for OW2's membership" })).toHaveAttribute(
    'href',
    /^https:\/\//,
  );
});
