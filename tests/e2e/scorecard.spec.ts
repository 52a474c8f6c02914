/**
 * The scorecard page (/ggi/scorecard/) in a real browser: work kept across reloads, export and
 * import, refused imports, two tabs, My GGI Board's CSV, share links, storage unavailable or
 * holding unreadable data, text from users and files shown as text under the strict CSP, the
 * page without JavaScript, and axe in both themes with data in it.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { axeViolations, watchCsp } from './helpers.ts';

const PATH = '/ggi/scorecard/';
const KEY = 'ospo-zone:scorecards';
const card = (page: Page, id: string) => page.locator(`article[data-activity="${id}"]`);
const overall = (page: Page) => page.locator('[data-tally="overall"]');

/** Opens the scorecard page and waits for its script. */
async function open(page: Page, path = PATH): Promise<void> {
  await page.goto(path);
  await expect(page.locator('html[data-scorecard="ready"]')).toBeAttached();
}

/** The stored document, as text (exactly as kept). */
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);

/** The status the stored document gives an activity in its current scorecard (undefined: no record). */
const storedStatus = (page: Page, id: string) =>
  page.evaluate(
    ([k, activity]) => {
      const doc = JSON.parse(localStorage.getItem(k) ?? 'null') as {
        current: string;
        scorecards: { id: string; activities: Record<string, { status: string }> }[];
      } | null;
      return doc?.scorecards.find((s) => s.id === doc.current)?.activities[activity]?.status;
    },
    [KEY, id],
  );

/**
 * Sets an activity's status by clicking its label, as a user does, and waits until it is saved
 * (the first edit loads the page's edit code, so saving follows the click by a few milliseconds);
 * `saved: false` where the test makes storage refuse it.
 */
async function setStatus(
  page: Page,
  id: string,
  status: 'Not Selected' | 'In Progress' | 'Done',
  { saved = true } = {},
): Promise<void> {
  await card(page, id).getByText(status, { exact: true }).click();
  await expect(card(page, id).getByRole('radio', { name: status, exact: true })).toBeChecked();
  if (saved) await expect.poll(() => storedStatus(page, id)).toBe(status);
}

/** Picks a file for the import field from text. */
async function importText(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Import a file').setInputFiles({
    name,
    mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
    buffer: Buffer.from(text),
  });
}

/** Clicks a download button of the page's tools and returns the downloaded file's name and text. */
async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
  const tool = page.getByRole('button', { name: button }).and(page.locator('[data-action]'));
  const [download] = await Promise.all([page.waitForEvent('download'), tool.click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

/** A fresh browser context (no storage) with one page on the scorecard. */
async function freshPage(browser: Browser, url = PATH): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await open(page, url);
  return page;
}

test('the first change creates the scorecard, and statuses, ticks and text are kept across a reload', async ({
  page,
}) => {
  await open(page);
  await expect(page.getByText('No scorecard yet in this browser')).toBeVisible();
  expect(await stored(page)).toBeNull();
  await setStatus(page, 'GGI-A-17', 'In Progress');
  await setStatus(page, 'GGI-A-18', 'Done');
  const points = card(page, 'GGI-A-17').getByRole('checkbox');
  await points.nth(0).check();
  await points.nth(2).check();
  await card(page, 'GGI-A-17').getByText('Scorecard: description').click();
  await card(page, 'GGI-A-17').getByLabel('Objectives').fill('Register every component by March.');
  await card(page, 'GGI-A-17').getByLabel('Owner').fill('Ana');
  await card(page, 'GGI-A-17').getByLabel('Target date').fill('2026-03-31');
  await expect(page.getByText('No scorecard yet in this browser')).toBeHidden();
  await expect(overall(page).locator('[data-t="selected"]')).toHaveText('2 of 25');
  await expect(overall(page).locator('[data-t="done"]')).toHaveText('1');
  await page.getByLabel('Owner').first().blur();

  await page.reload();
  await expect(page.locator('html[data-scorecard="ready"]')).toBeAttached();
  await expect(card(page, 'GGI-A-17').getByRole('radio', { name: 'In Progress' })).toBeChecked();
  await expect(card(page, 'GGI-A-18').getByRole('radio', { name: 'Done' })).toBeChecked();
  await expect(points.nth(0)).toBeChecked();
  await expect(points.nth(1)).not.toBeChecked();
  await expect(points.nth(2)).toBeChecked();
  await expect(card(page, 'GGI-A-17').getByLabel('Objectives')).toHaveValue('Register every component by March.');
  await expect(card(page, 'GGI-A-17').getByLabel('Owner')).toHaveValue('Ana');
  await expect(card(page, 'GGI-A-17').getByLabel('Target date')).toHaveValue('2026-03-31');
  await expect(overall(page).locator('[data-t="selected"]')).toHaveText('2 of 25');
  const doc = JSON.parse((await stored(page))!);
  expect(doc.scorecards[0].activities['GGI-A-17'].points).toEqual(
    expect.objectContaining({ v1: expect.any(String), v3: expect.any(String) }),
  );
});

test("a card's scorecard fields come in when its disclosure opens, each card's labelled by its own ids", async ({
  page,
}) => {
  await open(page);
  // One copy of the fields in the page, in its template; none in the cards until asked for.
  await expect(page.locator('article[data-activity] textarea')).toHaveCount(0);
  for (const id of ['GGI-A-17', 'GGI-A-18']) {
    await card(page, id).getByText('Scorecard: description').click();
    await card(page, id).getByLabel('Objectives').fill(`Objectives of ${id}`);
  }
  await expect(page.locator('article[data-activity] textarea')).toHaveCount(10);
  const ids = await page.locator('article[data-activity] [id]').evaluateAll((es) => es.map((e) => e.id));
  expect(new Set(ids).size).toBe(ids.length);
  await expect(card(page, 'GGI-A-17').getByLabel('Objectives')).toHaveAccessibleDescription(
    'What you aim to achieve in this iteration.',
  );
  await card(page, 'GGI-A-18').getByLabel('Owner').focus(); // leaving the field saves it
  await page.reload();
  await expect(page.locator('html[data-scorecard="ready"]')).toBeAttached();
  // A card with something written has its fields (for print too) with the disclosure closed.
  await expect(card(page, 'GGI-A-18').getByLabel('Objectives')).toHaveValue('Objectives of GGI-A-18');
  await expect(card(page, 'GGI-A-18').locator('details')).not.toHaveAttribute('open');
  await expect(card(page, 'GGI-A-01').locator('textarea')).toHaveCount(0);
});

test("a returning reader's page never paints the first visit's notice", async ({ page }) => {
  await open(page);
  await expect(page.getByText('No scorecard yet in this browser')).toBeVisible();
  await setStatus(page, 'GGI-A-17', 'In Progress');
  await page.route('**/_astro/*.js', (route) => route.abort()); // the page's script never runs
  await page.reload();
  await expect(page.getByText('No scorecard yet in this browser')).toBeHidden();
});

test('a status change is announced, and the dashboard shows the goal and overall figures as text', async ({ page }) => {
  await open(page);
  await setStatus(page, 'GGI-A-17', 'In Progress');
  await expect(page.locator('[data-announce]')).toContainText(
    'Inventory of open source skills and resources: In Progress.',
  );
  const usage = page.locator('[data-tally="usage"]');
  await expect(usage.locator('[data-t="selected"]')).toHaveText('1 of 5');
  await expect(usage.locator('[data-t="inProgress"]')).toHaveText('1');
  await expect(usage.locator('[data-t="points"]')).toHaveText(/^0 of \d+$/);
  await expect(usage.locator('[data-bar="selected"]')).toHaveAttribute('width', '20%');
});

test('an export imported in a fresh browser gives back exactly the same document', async ({ page, browser }) => {
  await open(page);
  await setStatus(page, 'GGI-A-20', 'Done');
  await card(page, 'GGI-A-20').getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('Procurement department');
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await setStatus(page, 'GGI-A-21', 'In Progress');
  const file = await downloaded(page, 'Download (JSON)');
  expect(file.name).toMatch(/^ggi-scorecards-\d{4}-\d{2}-\d{2}\.json$/);
  const original = JSON.parse((await stored(page))!);

  const other = await freshPage(browser);
  await importText(other, file.name, file.text);
  const dialog = other.getByRole('dialog');
  await expect(dialog).toContainText('Procurement department');
  await expect(dialog).toContainText('Nothing is stored in this browser yet: they become its scorecards.');
  await expect(dialog).not.toContainText('They replace');
  await dialog.getByRole('button', { name: 'Replace' }).click();
  await expect(other.getByLabel('Scorecard', { exact: true })).toHaveValue(original.current);
  expect(JSON.parse((await stored(other))!)).toEqual(original);
  await expect(card(other, 'GGI-A-21').getByRole('radio', { name: 'In Progress' })).toBeChecked();
  await expect(other.getByLabel('Import a file')).toBeFocused();
  await other.context().close();
});

test('malformed or oversized imports are refused with a message and leave the saved data exactly as it was', async ({
  page,
}) => {
  await open(page);
  await setStatus(page, 'GGI-A-17', 'Done');
  const before = await stored(page);
  const valid = JSON.parse(before!);
  const cases: [string, string, RegExp][] = [
    ['truncated.json', before!.slice(0, 40), /JSON/i],
    ['version.json', JSON.stringify({ ...valid, version: 9 }), /version/i],
    ['other.json', JSON.stringify({ format: 'another-tool', version: 2, scorecards: [] }), /format/i],
    [
      'unknown.json',
      JSON.stringify({
        ...valid,
        scorecards: [
          { ...valid.scorecards[0], activities: { 'GGI-A-99': valid.scorecards[0].activities['GGI-A-17'] } },
        ],
      }),
      /GGI-A-99/,
    ],
    ['huge.json', `{"pad":"${'x'.repeat(1_100_000)}"}`, /1 MB|1,048,576/],
    ['board.csv', 'issue_id,activity_id,state,title\r\n,GGI-A-17,open,x\r\n', /labels|column/i],
  ];
  const field = page.getByLabel('Import a file');
  const refusal = page.locator('[data-import-problem]');
  for (const [name, text, why] of cases) {
    await importText(page, name, text);
    await expect(refusal).toContainText(`Not imported: ${name}`);
    await expect(refusal).toContainText(why);
    // Told where the user is: beside the file field, which keeps focus, and on screen.
    await expect(refusal).toHaveAttribute('role', 'alert');
    await expect(field).toBeFocused();
    await expect(refusal).toBeInViewport();
    await expect(page.locator('[data-notice="import"]')).toHaveCount(0);
    await expect(page.getByRole('dialog')).toBeHidden();
    expect(await stored(page)).toBe(before);
  }
  await expect(refusal).toContainText(/^Not imported: board\.csv/);
  await expect(refusal).not.toContainText('huge.json');
  // The over-1 MB refusal is a sentence with its full stop.
  await importText(page, 'huge.json', `{"pad":"${'x'.repeat(1_100_000)}"}`);
  await expect(refusal.getByRole('listitem')).toHaveText(/bytes \(1 MB\) a scorecard may be\.$/);
  // The next attempt clears the stale refusal: a valid file goes to its confirmation.
  await importText(page, 'valid.json', before!);
  await expect(refusal).toBeHidden();
  await expect(page.getByRole('dialog')).toContainText('They replace the 1 scorecard of this browser.');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  expect(await stored(page)).toBe(before);
  await expect(card(page, 'GGI-A-17').getByRole('radio', { name: 'Done' })).toBeChecked();
});

test('two tabs of the same browser stay in sync', async ({ page, context }) => {
  await open(page);
  const second = await context.newPage();
  await open(second);
  await setStatus(page, 'GGI-A-19', 'In Progress');
  await expect(card(second, 'GGI-A-19').getByRole('radio', { name: 'In Progress' })).toBeChecked();
  await card(second, 'GGI-A-19').getByRole('checkbox').first().check();
  await expect(card(page, 'GGI-A-19').getByRole('checkbox').first()).toBeChecked();
  await expect(overall(page).locator('[data-t="points"]')).toHaveText(/^1 of /);
});

test("My GGI Board's issues.csv sets the statuses, matching rows by id, by title and by former title", async ({
  page,
}) => {
  await open(page);
  const csv = [
    'issue_id,activity_id,state,title,labels,updated_at,url,tasks_total,tasks_done',
    '12,GGI-A-17,open,Inventory of open source skills and resources,"Team Leader,In Progress,Usage Goal",2026-01-05 14:46:11+00:00,https://example.org/1,4,1',
    '13,,closed,HR perspective,"Decision Maker,Done,Culture Goal",2026-01-06 09:00:00+00:00,https://example.org/2,3,3',
    '14,,open,Upstream first,"Developer,In Progress,Culture Goal",2026-01-02 09:00:00+00:00,https://example.org/3,2,0',
    '15,GGI-A-17,closed,Inventory of open source skills and resources,"Team Leader,Done,Usage Goal",2026-01-07 10:00:00+00:00,https://example.org/4,4,4',
  ].join('\r\n');
  await importText(page, 'issues.csv', `${csv}\r\n`);
  await page.getByRole('dialog').getByRole('button', { name: 'Import' }).click();
  await expect(card(page, 'GGI-A-17').getByRole('radio', { name: 'Done' })).toBeChecked();
  await expect(card(page, 'GGI-A-28').getByRole('radio', { name: 'Done' })).toBeChecked();
  await expect(page.locator('article[data-status="in-progress"]')).toHaveCount(1);
  await expect(card(page, 'GGI-A-17').locator('[data-board]')).toContainText('4 of 4');
  const doc = JSON.parse((await stored(page))!);
  expect(doc.scorecards[0].activities['GGI-A-17'].points).toEqual({});
});

test('the board CSV download has the board columns and one row per activity', async ({ page }) => {
  await open(page);
  await setStatus(page, 'GGI-A-17', 'Done');
  const file = await downloaded(page, 'Download for My GGI Board (CSV)');
  const lines = file.text.split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('issue_id,activity_id,state,title,labels,updated_at,url,tasks_total,tasks_done');
  expect(lines).toHaveLength(26);
  expect(lines.find((l) => l.includes('GGI-A-17'))).toMatch(/^,GGI-A-17,closed,/);
});

test('a share link opens read-only in a fresh browser, and its copy can be imported', async ({ page, browser }) => {
  await open(page);
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('Shared team card');
  await page.getByRole('dialog').getByRole('button', { name: 'Rename' }).click();
  await setStatus(page, 'GGI-A-22', 'In Progress');
  await page.getByRole('button', { name: 'Make a share link' }).click();
  await expect(page.getByLabel('Share link')).toHaveValue(/#share=/);
  const url = await page.getByLabel('Share link').inputValue();

  const other = await freshPage(browser, new URL(url).pathname + new URL(url).hash);
  await expect(other.getByText('Read-only copy: Shared team card')).toBeVisible();
  await expect(card(other, 'GGI-A-22').getByRole('radio', { name: 'In Progress' })).toBeChecked();
  await expect(card(other, 'GGI-A-22').getByRole('radio', { name: 'Done' })).toBeDisabled();
  await expect(other.getByRole('button', { name: 'Delete' })).toBeDisabled();
  expect(await stored(other)).toBeNull();
  await other.getByRole('button', { name: 'Import this copy' }).click();
  await expect(other.getByText('Read-only copy: Shared team card')).toBeHidden();
  await expect(card(other, 'GGI-A-22').getByRole('radio', { name: 'Done' })).toBeEnabled();
  const doc = JSON.parse((await stored(other))!);
  expect(doc.scorecards.map((s: { name: string }) => s.name)).toEqual(['Shared team card']);
  await other.context().close();
});

test('where storage is unavailable the page says so and keeps working, export included', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await open(page);
  await expect(page.getByRole('alert').filter({ hasText: 'does not let the page store data' })).toBeVisible();
  await setStatus(page, 'GGI-A-17', 'In Progress', { saved: false });
  await card(page, 'GGI-A-17').getByRole('checkbox').first().check();
  await expect(overall(page).locator('[data-t="points"]')).toHaveText(/^1 of /);
  await expect(page.locator('[data-save-state]')).toHaveText('Not saved in this browser');
  const file = await downloaded(page, 'Download (JSON)');
  expect(JSON.parse(file.text).scorecards[0].activities['GGI-A-17'].status).toBe('In Progress');
});

test('when storage is full the page says the change is not saved', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'ospo-zone:scorecards') throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await open(page);
  await setStatus(page, 'GGI-A-17', 'Done', { saved: false });
  await expect(page.getByRole('alert').filter({ hasText: 'storage for this site is full' })).toBeVisible();
  await expect(card(page, 'GGI-A-17').getByRole('radio', { name: 'Done' })).toBeChecked();
});

test('stored data that cannot be read is kept aside, never overwritten, and can be downloaded', async ({ page }) => {
  const broken = '{"format":"ospo-zone-scorecard","version":2,"scorecards":[{"oops":true}]}';
  await page.addInitScript(
    ([k, v]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k, v);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, broken],
  );
  await open(page);
  const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(alert).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('link', { name: 'Download the unreadable data' }).click(),
  ]);
  expect(readFileSync((await download.path())!, 'utf8')).toBe(broken);
  await setStatus(page, 'GGI-A-17', 'In Progress');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('ospo-zone:scorecards:unreadable:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual([broken]);
  expect(JSON.parse((await stored(page))!).scorecards[0].activities['GGI-A-17'].status).toBe('In Progress');
});

test('an unreadable stored value kept aside is replaced at once by a new scorecard, which unlocks the activity pages', async ({
  page,
}) => {
  const broken = '{"format":"ospo-zone-scorecard","version":2,"scorecards":[{"name":"trunc \u00e9\ud83d\ude00  ';
  await page.goto('/ggi/activities/manage_legal_compliance/');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, broken]);
  await open(page);
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toContainText(
    'a new scorecard starts here',
  );
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('ospo-zone:scorecards:unreadable:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual([broken]);
  // Stored at once, before any change: a new, valid, empty document.
  const fresh = JSON.parse((await stored(page))!);
  expect(fresh.scorecards).toHaveLength(1);
  expect(fresh.scorecards[0].activities).toEqual({});
  await expect(page.getByText('Saved in this browser')).toBeVisible();

  await page.goto('/ggi/activities/manage_legal_compliance/');
  const control = page.locator('[data-scorecard-control]');
  await expect(control).toBeVisible();
  await expect(control).not.toContainText('cannot be read');
  await expect(control.getByRole('radio', { name: 'In Progress' })).toBeEnabled();
  await control.locator('label', { hasText: 'In Progress' }).click();
  await expect(control.getByRole('radio', { name: 'In Progress' })).toBeChecked();
  const id = (await control.getAttribute('data-activity'))!;
  expect(JSON.parse((await stored(page))!).scorecards[0].activities[id].status).toBe('In Progress');
  expect(
    await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('ospo-zone:scorecards:unreadable:'))
        .map((k) => localStorage.getItem(k)),
    ),
  ).toEqual([broken]);
});

test('markup typed in a note or brought by an import stays text, and nothing breaks the CSP', async ({ page }) => {
  const violations = await watchCsp(page);
  await open(page);
  const markup = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script><b>bold</b>';
  await setStatus(page, 'GGI-A-17', 'In Progress');
  await card(page, 'GGI-A-17').getByText('Scorecard: description').click();
  await card(page, 'GGI-A-17').getByLabel('Operational Notes').fill(markup);
  await card(page, 'GGI-A-17').getByLabel('Operational Notes').blur();
  const doc = JSON.parse((await stored(page))!);
  doc.scorecards[0].name = markup.slice(0, 100);
  await importText(page, 'markup.json', JSON.stringify(doc));
  await expect(page.getByRole('dialog')).toContainText('<img src=x');
  await page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click();
  await page.reload();
  await expect(page.locator('html[data-scorecard="ready"]')).toBeAttached();
  await expect(card(page, 'GGI-A-17').getByLabel('Operational Notes')).toHaveValue(markup);
  await expect(page.locator('[data-dashboard-scope]')).toContainText('<img src=x');
  expect(await page.locator('main img, main b').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(violations).toEqual([]);
});

test('scorecards are created, renamed, switched and deleted after confirmation, focus staying where the user is', async ({
  page,
}) => {
  await open(page);
  await setStatus(page, 'GGI-A-17', 'Done');
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('Legal');
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('button', { name: 'New', exact: true })).toBeFocused();
  await expect(card(page, 'GGI-A-17').getByRole('radio', { name: 'Not Selected' })).toBeChecked();
  const switcher = page.getByLabel('Scorecard', { exact: true });
  await switcher.focus();
  await switcher.selectOption({ label: 'My scorecard' });
  await expect(switcher).toBeFocused();
  await expect(card(page, 'GGI-A-17').getByRole('radio', { name: 'Done' })).toBeChecked();
  // The first Delete is pressed from the keyboard: on CI's slower run a mouse click just after the
  // switch once opened no dialog (not reproduced in 40 local runs; the cards are redrawn then).
  const deleteButton = page.getByRole('button', { name: 'Delete' });
  await deleteButton.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(deleteButton).toBeFocused();
  await expect(switcher.locator('option')).toHaveCount(2);
  await deleteButton.click();
  await expect(page.getByRole('dialog')).toContainText('Delete “My scorecard”?');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('button', { name: 'Delete' })).toBeFocused();
  await expect(switcher.locator('option')).toHaveText(['Legal']);
  await expect(page.locator('[data-announce]')).toContainText('Showing Legal');
});

test("Enter does each dialog's main action, a blank or taken name is refused in the dialog, Cancel and Esc cancel", async ({
  page,
}) => {
  await open(page);
  await setStatus(page, 'GGI-A-17', 'Done');
  const switcher = page.getByLabel('Scorecard', { exact: true });
  const dialog = page.getByRole('dialog');
  const field = dialog.getByRole('textbox');

  await page.locator('[data-action="create"]').click();
  await field.fill('   ');
  await field.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('cannot be empty or only spaces');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();
  await field.fill(' my scorecard ');
  await field.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Another scorecard is already called “My scorecard”');
  await field.fill('Legal');
  await expect(dialog).not.toContainText('already called');
  await field.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(switcher.locator('option')).toHaveText(['My scorecard', 'Legal']);
  await expect(switcher.locator('option:checked')).toHaveText('Legal');

  await page.locator('[data-action="rename"]').click();
  await field.fill('My scorecard');
  await field.press('Enter');
  await expect(dialog).toContainText('already called');
  await field.press('Escape');
  await expect(dialog).toBeHidden();
  await page.locator('[data-action="rename"]').click();
  await field.fill('Legal 2026');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(switcher.locator('option')).toHaveText(['My scorecard', 'Legal']);
  await page.locator('[data-action="rename"]').click();
  await field.fill('Legal 2026');
  await field.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(switcher.locator('option')).toHaveText(['My scorecard', 'Legal 2026']);
  expect(JSON.parse((await stored(page))!).scorecards.map((s: { name: string }) => s.name)).toEqual([
    'My scorecard',
    'Legal 2026',
  ]);

  await page.getByRole('button', { name: 'Close the iteration…' }).click();
  await field.fill('Spring');
  await field.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Spring');
  expect(JSON.parse((await stored(page))!).scorecards[1].snapshots).toHaveLength(1);

  // Delete: focus starts on Cancel, the confirm button is red.
  await page.locator('[data-action="delete"]').click();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  const remove = dialog.getByRole('button', { name: 'Delete' });
  await expect(remove).toHaveClass(/sc-danger/);
  await expect(remove).toHaveCSS('background-color', 'rgb(180, 35, 24)');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(switcher.locator('option')).toHaveCount(2);
});

test('closing an iteration keeps a snapshot, and the review lists what changed since', async ({ page }) => {
  await open(page);
  await setStatus(page, 'GGI-A-17', 'In Progress');
  await setStatus(page, 'GGI-A-18', 'In Progress');
  await page.getByRole('button', { name: 'Close the iteration…' }).click();
  await page.getByRole('dialog').getByLabel('Name of the next iteration').fill('Spring');
  await page.getByRole('dialog').getByRole('button', { name: 'Close and start the next' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Spring');
  await setStatus(page, 'GGI-A-17', 'Done');
  await expect(page.locator('[data-history-list] > li')).toHaveCount(2);
  await page.getByText('Review:').click();
  const review = page.locator('[data-review-lists]');
  await expect(review.getByRole('heading', { name: 'Done (1)' })).toBeVisible();
  await expect(review.getByRole('heading', { name: 'Stalled (1)' })).toBeVisible();
  await expect(review.getByRole('link', { name: 'Inventory of open source skills and resources' })).toBeVisible();
});

test('the status filter narrows the cards as statuses change, and the goal filter works without JavaScript', async ({
  page,
  browser,
}) => {
  await open(page);
  await setStatus(page, 'GGI-A-17', 'In Progress');
  await page.getByRole('group', { name: 'Status', exact: true }).getByText('In Progress').click();
  await expect(page.locator('article[data-activity]').filter({ visible: true })).toHaveCount(1);
  await expect(page.locator('#sc-goal-trust')).toBeHidden();
  await expect(page).toHaveURL(/\?status=in-progress$/);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto(`${PATH}`);
  // Chromium parses <noscript> as text even with scripting turned off for the page: read its markup.
  expect(await noJs.locator('noscript').innerHTML()).toContain('The scorecard needs JavaScript');
  await expect(card(noJs, 'GGI-A-17').getByRole('radio', { name: 'Done' })).toBeDisabled();
  await noJs.getByRole('group', { name: 'Goal' }).getByText('Trust').click();
  await expect(noJs.locator('article[data-activity]').filter({ visible: true })).toHaveCount(5);
  await context.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the scorecard page with data in it (${scheme})`, async ({ page }) => {
    test.setTimeout(60_000); // two axe runs over the 25 cards: 16 s on CI, 32 s on the official text under load
    await page.emulateMedia({ colorScheme: scheme });
    await open(page);
    await setStatus(page, 'GGI-A-17', 'In Progress');
    await setStatus(page, 'GGI-A-18', 'Done');
    await card(page, 'GGI-A-17').getByRole('checkbox').first().check();
    await card(page, 'GGI-A-17').getByText('Scorecard: description').click();
    await page.getByRole('button', { name: 'Close the iteration…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Close and start the next' }).click();
    await page.getByText('Review:').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Delete' }).click();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('ticking a point of a Not Selected activity sets it In Progress; set back, its ticks are kept but not counted', async ({
  page,
}) => {
  await open(page);
  const usage = page.locator('[data-tally="usage"]');
  await card(page, 'GGI-A-17').getByRole('checkbox').first().check();
  await expect(card(page, 'GGI-A-17').getByRole('radio', { name: 'In Progress' })).toBeChecked();
  await expect(page.locator('[data-announce]')).toHaveText(
    'Point met, 1 of 5 for Inventory of open source skills and resources, which is now In Progress.',
  );
  await expect(usage.locator('[data-t="selected"]')).toHaveText('1 of 5');
  await expect(usage.locator('[data-t="points"]')).toHaveText(/^1 of \d+$/);
  await setStatus(page, 'GGI-A-17', 'Not Selected');
  await expect(card(page, 'GGI-A-17').getByRole('checkbox').first()).toBeChecked();
  await expect(card(page, 'GGI-A-17').locator('[data-points-count]')).toHaveText(
    '1 of 5 met, not counted while Not Selected',
  );
  await expect(usage.locator('[data-t="points"]')).toHaveText('none');
});
