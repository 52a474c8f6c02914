/**
 * The one-page handbook as a book: on screen, a way back to the contents from every section; in
 * print (Chromium's PDF, made as `npm run build:pdf` makes it), a cover page, the contents on a
 * page of their own, each goal and each activity starting a page, page numbers, no blank page.
 * The PDF's text is read page by page with pdfjs-dist.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, test } from '@playwright/test';
import { printHandbook } from '../../scripts/lib/handbook-pdf.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';
import { serveBaseBuild } from './helpers.ts';

/** A PDF bookmark: its title and the bookmarks under it. */
interface Bookmark {
  title: string;
  items: Bookmark[];
}

/**
 * What the tests read of a PDF: the text of each page, spaces collapsed (index 0 is page 1), the
 * text in each page's bottom margin (below 45 pt from the edge: the page number), and its bookmarks.
 */
async function readPdf(pdf: Buffer): Promise<{ pages: string[]; margins: string[]; outline: Bookmark[] }> {
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  const margins: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const items = (await (await doc.getPage(i)).getTextContent()).items.flatMap((item) =>
      'str' in item ? [{ str: item.str, y: item.transform[5] as number }] : [],
    );
    const text = (list: typeof items) =>
      list
        .map((item) => item.str)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
    pages.push(text(items));
    margins.push(text(items.filter((item) => item.y < 45)));
  }
  const tree = (list: Awaited<ReturnType<typeof doc.getOutline>>): Bookmark[] =>
    (list ?? []).map((o) => ({ title: o.title.replace(/\s+/g, ' ').trim(), items: tree(o.items as typeof list) }));
  return { pages, margins, outline: tree(await doc.getOutline()) };
}

/** Every bookmark of a tree, depth first. */
const allBookmarks = (list: Bookmark[]): Bookmark[] => list.flatMap((b) => [b, ...allBookmarks(b.items)]);

test.describe('the printed handbook', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  let pages: string[] = [];
  let margins: string[] = [];
  let outline: Bookmark[] = [];
  let ids: string[] = [];
  let goals: { title: string; activities: string[] }[] = [];

  test.beforeAll(async ({ browser, baseURL }) => {
    const page = await browser.newPage();
    await page.goto(`${baseURL}/ggi/handbook/`);
    ids = await page.locator('article.handbook-activity').evaluateAll((els) => els.map((e) => e.dataset.activity!));
    goals = await page.locator('section.handbook-goal').evaluateAll((sections) =>
      sections.map((g) => ({
        title: g.querySelector('h2')!.textContent!.replace(/\s+/g, ' ').trim(),
        activities: [...g.querySelectorAll('article.handbook-activity h3')].map((h) =>
          h.textContent!.replace(/\s+/g, ' ').trim(),
        ),
      })),
    );
    const { pdf, path } = await printHandbook(page, `${baseURL}/ggi/handbook/`);
    expect(path).toMatch(/^\/ggi\/ggi-handbook-\d+(\.\d+)*\.pdf$/);
    ({ pages, margins, outline } = await readPdf(pdf));
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
        starts.filter((t) => t.startsWith(goal.title)),
        goal.title,
      ).toHaveLength(1);
    for (const id of ids)
      expect(
        starts.filter((t) => t.startsWith(`${id} ·`)),
        id,
      ).toHaveLength(1);
  });

  test('numbers every page but the cover in its bottom margin, and ends without a blank page', () => {
    expect(margins[0]).toBe('');
    for (let i = 1; i < pages.length; i++) expect(margins[i], `page ${i + 1}`).toBe(String(i + 1));
    expect(pages.at(-1)!.replace(/\d+/g, '').trim().length).toBeGreaterThan(50);
  });

  test('has bookmarks with each goal holding its activities', () => {
    const marks = allBookmarks(outline);
    for (const goal of goals) {
      // Chromium drops the space where a heading wraps: compare without spaces.
      const bare = (t: string) => t.replace(/\s+/g, '');
      const mark = marks.find((b) => bare(b.title) === bare(goal.title));
      expect(mark, goal.title).toBeDefined();
      expect(mark!.items.map((b) => bare(b.title))).toEqual(goal.activities.map(bare));
    }
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
  test.beforeAll(async () => (server = await serveBaseBuild()));
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
