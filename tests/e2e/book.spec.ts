/**
 * The one-page handbook as a book: on screen, a way back to the contents from every section; in
 * print (Chromium's PDF, made as `npm run build:pdf` makes it), a cover page, the contents on a
 * page of their own, each goal and each activity starting a page, page numbers, no blank page.
 * The PDF's text is read page by page with pdfjs-dist.
 */
import { existsSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, test } from '@playwright/test';
import { printHandbook } from '../../scripts/lib/handbook-pdf.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

/** The text of each page of a PDF, spaces collapsed (index 0 is page 1). */
async function pageTexts(pdf: Buffer): Promise<{ pages: string[]; outline: number }> {
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
  const outline = await doc.getOutline();
  const count = (items: typeof outline): number =>
    (items ?? []).reduce((n, o) => n + 1 + count(o.items as typeof outline), 0);
  return { pages, outline: count(outline) };
}

test.describe('the printed handbook', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  let pages: string[] = [];
  let outline = 0;
  let ids: string[] = [];
  let goals: string[] = [];

  test.beforeAll(async ({ browser, baseURL }) => {
    const page = await browser.newPage();
    await page.goto(`${baseURL}/ggi/handbook/`);
    ids = await page.locator('article.handbook-activity').evaluateAll((els) => els.map((e) => e.dataset.activity!));
    goals = await page.locator('section.handbook-goal > h2').allInnerTexts();
    const { pdf, path } = await printHandbook(page, `${baseURL}/ggi/handbook/`);
    expect(path).toMatch(/^\/ggi\/ggi-handbook-\d+(\.\d+)*\.pdf$/);
    ({ pages, outline } = await pageTexts(pdf));
    await page.close();
  });

  test('has a cover page of its own with the title, handbook version, licence and date', () => {
    const cover = pages[0];
    expect(cover).toContain('The Good Governance Initiative handbook');
    expect(cover).toMatch(/GGI handbook \d+\.\d+/);
    expect(cover).toContain('CC BY 4.0');
    expect(cover).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(cover).not.toContain('Contents');
    expect(ids.some((id) => cover.includes(id))).toBe(false);
  });

  test('has the contents on the second page, alone', () => {
    expect(pages[1]).toMatch(/^(\d+ )?Contents/);
    for (const id of ids) expect(pages[1]).toContain(id);
    // The first goal's own text starts on the next page, not here.
    expect(pages[2]).toMatch(/^(\d+ )?Goal 1:/);
  });

  test('starts every goal and every activity on a page of its own', () => {
    // A page number may come first in the text, from the bottom margin.
    const starts = pages.map((t) => t.replace(/^\d+ /, ''));
    for (const goal of goals)
      expect(
        starts.filter((t) => t.startsWith(goal)),
        goal,
      ).toHaveLength(1);
    for (const id of ids)
      expect(
        starts.filter((t) => t.startsWith(`${id} ·`)),
        id,
      ).toHaveLength(1);
  });

  test('numbers its pages after the cover, has bookmarks, and ends without a blank page', () => {
    for (let i = 1; i < pages.length; i++) expect(pages[i], `page ${i + 1}`).toMatch(new RegExp(`(^| )${i + 1}( |$)`));
    expect(pages.at(-1)!.replace(/\d+/g, '').trim().length).toBeGreaterThan(50);
    expect(outline).toBeGreaterThan(ids.length);
  });
});

test('every goal and activity section of the one-page handbook links back to the contents', async ({ page }) => {
  await page.goto('/ggi/handbook/');
  const sections = page.locator('section.handbook-goal, article.handbook-activity');
  const count = await sections.count();
  expect(count).toBeGreaterThan(25);
  await expect(sections.locator(':scope > a.to-contents')).toHaveCount(count);
  const last = sections.last().locator(':scope > a.to-contents');
  await last.click();
  await expect(page).toHaveURL(/#handbook-contents$/);
  await expect(page.locator('#handbook-contents')).toBeInViewport();
});

test('a plain build offers no PDF, so it has no link to a file it lacks', async ({ page }) => {
  await page.goto('/ggi/');
  await expect(page.getByRole('link', { name: 'The handbook as PDF' })).toHaveCount(0);
  await page.goto('/ggi/handbook/');
  await expect(page.getByRole('link', { name: 'download the PDF' })).toHaveCount(0);
});

test.describe('a build made as the deploy makes it (HANDBOOK_PDF=1, then npm run build:pdf)', () => {
  let server: StaticServer;
  test.beforeAll(async () => {
    if (!existsSync('dist-base/index.html'))
      throw new Error('dist-base/ is missing: run npm run build:base (npm test does)');
    server = await serveStatic('dist-base', '/ospo-zone/');
  });
  test.afterAll(async () => server?.close());

  test('links to the PDF from /ggi/ and the one-page handbook, and the link opens the PDF', async ({
    page,
    request,
  }) => {
    await page.goto(`${server.origin}/ospo-zone/ggi/`);
    const link = page.getByRole('link', { name: 'The handbook as PDF' });
    const target = new URL((await link.getAttribute('href'))!, page.url()).href;
    expect(target).toMatch(/\/ospo-zone\/ggi\/ggi-handbook-\d+(\.\d+)*\.pdf$/);
    const pdf = await request.get(target);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.goto(`${server.origin}/ospo-zone/ggi/handbook/`);
    expect(
      new URL((await page.getByRole('link', { name: 'download the PDF' }).getAttribute('href'))!, page.url()).href,
    ).toBe(target);
  });
});
