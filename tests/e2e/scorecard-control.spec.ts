/**
 * The scorecard control of the activity pages (src/components/ScorecardControl.astro and
 * src/scripts/scorecard/control.ts): what is set there is kept in the browser's stored scorecard,
 * survives a reload, agrees with the scorecard page, follows another tab, leaves the page as it
 * was without JavaScript, never overwrites a document it cannot read, and raises no CSP violation.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import { axeViolations, watchCsp } from './helpers.ts';
import { STORAGE_KEY } from '../../src/lib/scorecard/vocabulary.ts';
import type { ScorecardDocument } from '../../src/lib/scorecard/types.ts';

/** An activity with nine verification points. */
const ACTIVITY = '/ggi/activities/manage_legal_compliance/';

/** The Progress assessment section of the page. */
const progress = (page: Page) => page.locator('section[aria-labelledby="progress-assessment"]');
/** The control (once its script has shown it). */
const control = (page: Page) => page.locator('[data-scorecard-control]');
/** The status label of the control, by its text (the radio itself is visually hidden). */
const status = (page: Page, label: string) => control(page).locator('label', { hasText: label });
/** The radio of a status. */
const radio = (page: Page, label: string) => control(page).getByRole('radio', { name: label });
/** The verification points' checkboxes. */
const boxes = (page: Page): Locator => progress(page).getByRole('checkbox');

/** The stored document, parsed (undefined when nothing is stored). */
async function storedDocument(page: Page): Promise<ScorecardDocument | undefined> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  return raw === null ? undefined : (JSON.parse(raw) as ScorecardDocument);
}

/** The activity id the control is bound to. */
const activityId = (page: Page) => control(page).getAttribute('data-activity') as Promise<string>;

test('a status and ticked points set on an activity page are kept after a reload, with no CSP violation', async ({
  page,
}) => {
  const violations = await watchCsp(page);
  await page.goto(ACTIVITY);
  await expect(control(page)).toBeVisible();
  await expect(control(page)).toContainText('none yet');
  await expect(radio(page, 'Not Selected')).toBeChecked();
  const count = await progress(page).locator('li[data-point]').count();
  await expect(boxes(page)).toHaveCount(count);

  await status(page, 'In Progress').click();
  await expect(control(page).locator('[aria-live]')).toContainText('Status In Progress, saved');
  await boxes(page).nth(0).check();
  await boxes(page).nth(2).check();
  await expect(control(page).locator('[aria-live]')).toContainText('Point ticked, saved');

  await page.reload();
  await expect(control(page)).toBeVisible();
  await expect(radio(page, 'In Progress')).toBeChecked();
  await expect(boxes(page).nth(0)).toBeChecked();
  await expect(boxes(page).nth(1)).not.toBeChecked();
  await expect(boxes(page).nth(2)).toBeChecked();

  await boxes(page).nth(0).uncheck();
  await status(page, 'Done').click();
  await page.reload();
  await expect(radio(page, 'Done')).toBeChecked();
  await expect(boxes(page).nth(0)).not.toBeChecked();
  await expect(boxes(page).nth(2)).toBeChecked();
  expect(violations).toEqual([]);
});

test('the control writes what the scorecard reads: the current scorecard, the activity, its point ids', async ({
  page,
}) => {
  await page.goto(ACTIVITY);
  await status(page, 'In Progress').click();
  await boxes(page).nth(1).check();
  const id = await activityId(page);
  const second = progress(page).locator('li[data-point]').nth(1);
  const pointId = (await second.getAttribute('data-point'))!;
  const doc = await storedDocument(page);
  expect(doc?.format).toBe('ospo-zone-scorecard');
  const current = doc!.scorecards.find((s) => s.id === doc!.current)!;
  await expect(control(page).locator('[data-scorecard-name]')).toHaveText(current.name);
  expect(current.activities[id].status).toBe('In Progress');
  expect(Object.keys(current.activities[id].points)).toEqual([pointId]);
  expect(current.activities[id].points[pointId]).toBe((await second.textContent())!.trim());
});

/** The scorecard page, once its script is ready. */
async function openScorecard(page: Page): Promise<void> {
  await page.goto('/ggi/scorecard/');
  await expect(page.locator('html[data-scorecard="ready"]')).toBeAttached();
}
/** An activity's card on the scorecard page. */
const card = (page: Page, id: string) => page.locator(`article[data-activity="${id}"]`);

test('the scorecard page shows what the activity page set, and the activity page what the scorecard page set', async ({
  page,
}) => {
  await page.goto(ACTIVITY);
  const id = await activityId(page);
  const pointIds = await progress(page)
    .locator('li[data-point]')
    .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-point')!));
  await status(page, 'Done').click();
  await boxes(page).nth(0).check();
  await boxes(page).nth(3).check();

  await openScorecard(page);
  await expect(card(page, id).getByRole('radio', { name: 'Done' })).toBeChecked();
  const ticked = await card(page, id)
    .locator('input[data-point]')
    .evaluateAll((inputs) => (inputs as HTMLInputElement[]).filter((i) => i.checked).map((i) => i.value));
  expect(ticked).toEqual([pointIds[0], pointIds[3]]);

  await card(page, id).getByText('In Progress', { exact: true }).click();
  await card(page, id).locator(`input[data-point][value="${pointIds[0]}"]`).uncheck();
  await card(page, id).locator(`input[data-point][value="${pointIds[5]}"]`).check();

  await page.goto(ACTIVITY);
  await expect(radio(page, 'In Progress')).toBeChecked();
  const shown = await boxes(page).evaluateAll((inputs) =>
    (inputs as HTMLInputElement[]).filter((i) => i.checked).map((i) => i.value),
  );
  expect(shown).toEqual([pointIds[3], pointIds[5]]);
});

test('the scorecard page open in another tab follows the activity page, and the other way round', async ({
  context,
}) => {
  const activity = await context.newPage();
  const scorecard = await context.newPage();
  await activity.goto(ACTIVITY);
  await openScorecard(scorecard);
  const id = await activityId(activity);
  await status(activity, 'In Progress').click();
  await boxes(activity).nth(1).check();
  await expect(card(scorecard, id).getByRole('radio', { name: 'In Progress' })).toBeChecked();
  await expect(card(scorecard, id).locator('input[data-point]').nth(1)).toBeChecked();
  await card(scorecard, id).getByText('Done', { exact: true }).click();
  await expect(radio(activity, 'Done')).toBeChecked();
});

test('a change in one tab shows in another tab of the same page at once', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(ACTIVITY);
  await second.goto(ACTIVITY);
  await expect(control(second)).toBeVisible();

  await status(first, 'Done').click();
  await boxes(first).nth(1).check();
  await expect(radio(second, 'Done')).toBeChecked();
  await expect(boxes(second).nth(1)).toBeChecked();
  await expect(control(second).locator('[aria-live]')).toContainText('Changed in another tab: Done, 1 of');
  await expect(control(second).locator('[data-scorecard-name]')).not.toContainText('none yet');

  await status(second, 'Not Selected').click();
  await expect(radio(first, 'Not Selected')).toBeChecked();
});

for (const scheme of ['light', 'dark'] as const)
  test(`axe finds nothing on an activity page with the control in use, ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(ACTIVITY);
    await status(page, 'In Progress').click();
    await boxes(page).nth(1).check();
    await expect(control(page).locator('[aria-live]')).toContainText('saved');
    expect(await axeViolations(page)).toEqual([]);
  });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the progress assessment stays a plain list, with no control and no checkbox', async ({ page }) => {
    await page.goto(ACTIVITY);
    const items = progress(page).locator('ul.checklist > li');
    expect(await items.count()).toBeGreaterThan(1);
    for (const li of await items.all()) {
      await expect(li).toBeVisible();
      expect((await li.textContent())!.trim().length).toBeGreaterThan(10);
    }
    await expect(progress(page).getByRole('checkbox')).toHaveCount(0);
    await expect(progress(page).getByRole('radio')).toHaveCount(0);
    await expect(progress(page).getByRole('group')).toHaveCount(0);
    await expect(control(page)).toBeHidden();
    await expect(progress(page).locator('ul.checklist[data-ticking]')).toHaveCount(0);
  });
});

test('a stored document the control cannot read is left exactly as it is', async ({ page }) => {
  await page.goto(ACTIVITY);
  const unreadable = '{"format":"ospo-zone-scorecard","version":2,"scorecards":[{"name":"trunc';
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, unreadable]);
  await page.reload();
  await expect(control(page)).toBeVisible();
  await expect(control(page)).toContainText('cannot be read');
  await expect(control(page).getByRole('link', { name: 'open the scorecard' })).toBeVisible();
  await expect(radio(page, 'In Progress')).toBeDisabled();
  await expect(boxes(page).first()).toBeDisabled();
  await status(page, 'In Progress').click({ force: true });
  await boxes(page).first().click({ force: true });
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(unreadable);
  expect(keys).toEqual([STORAGE_KEY]);
});

test('another tab that breaks the stored document turns the control read-only', async ({ context }) => {
  const page = await context.newPage();
  const other = await context.newPage();
  await page.goto(ACTIVITY);
  await other.goto(ACTIVITY);
  await status(page, 'In Progress').click();
  await other.evaluate((key) => localStorage.setItem(key, 'not json'), STORAGE_KEY);
  await expect(control(page)).toContainText('cannot be read');
  await expect(radio(page, 'Done')).toBeDisabled();
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe('not json');
});

test('where storage is refused, the control still works while the page is open and says nothing is kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(ACTIVITY);
  await expect(control(page)).toBeVisible();
  await status(page, 'In Progress').click();
  await expect(radio(page, 'In Progress')).toBeChecked();
  await expect(control(page).locator('[aria-live]')).toContainText('Not saved');
  await boxes(page).first().check();
  await expect(boxes(page).first()).toBeChecked();
});

test('what the control writes is valid by the published /api/scorecard.schema.json', async ({ page, request }) => {
  const response = await request.get('/api/scorecard.schema.json');
  const schema = (await response.json()) as Record<string, unknown>;
  expect(schema.$schema).toContain('2020-12');
  expect(schema.$id).toMatch(/\/api\/scorecard\.schema\.json$/);
  await page.goto(ACTIVITY);
  await status(page, 'Done').click();
  await boxes(page).nth(0).check();
  await boxes(page).nth(4).check();
  const validate = new Ajv2020({ strict: false, formats: { 'date-time': true } }).compile(schema);
  const doc = await storedDocument(page);
  expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
});

test('the footer links to the privacy page, which says what is kept and that nothing is sent', async ({ page }) => {
  await page.goto(ACTIVITY);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy' }).click();
  await expect(page).toHaveURL(/\/privacy\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
  const main = page.getByRole('main');
  await expect(main).toContainText('no cookies');
  await expect(main).toContainText('ospo-zone:scorecards');
  await expect(main).toContainText('clear the site data');
  await page.goto('/data/');
  await expect(page.getByRole('main').locator('a[href="/api/scorecard.schema.json"]')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('issue_id');
});

test('a ticked point the handbook no longer has is kept, and the control says the scorecard page shows it', async ({
  page,
}) => {
  await page.goto(ACTIVITY);
  await boxes(page).nth(0).check();
  const id = await activityId(page);
  const doc = (await storedDocument(page))!;
  const current = doc.scorecards.find((s) => s.id === doc.current)!;
  current.activities[id].points['v99'] = 'A point an earlier handbook had.';
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify(doc)]);
  await page.reload();
  await expect(control(page)).toContainText('One ticked point comes from an earlier version of the handbook');
  await boxes(page).nth(1).check();
  const after = (await storedDocument(page))!;
  expect(after.scorecards.find((s) => s.id === after.current)!.activities[id].points['v99']).toBe(
    'A point an earlier handbook had.',
  );
});

test('ticking a point of a Not Selected activity sets it In Progress and says so', async ({ page }) => {
  await page.goto(ACTIVITY);
  await expect(radio(page, 'Not Selected')).toBeChecked();
  const id = await activityId(page);
  await boxes(page).nth(0).check();
  await expect(radio(page, 'In Progress')).toBeChecked();
  await expect(control(page).locator('[data-scorecard-message]')).toHaveText(
    `Point ticked; ${id} is now In Progress, saved in “My scorecard”.`,
  );
  // Set back to Not Selected, the tick stays.
  await status(page, 'Not Selected').click();
  await page.reload();
  await expect(radio(page, 'Not Selected')).toBeChecked();
  await expect(boxes(page).nth(0)).toBeChecked();
});
