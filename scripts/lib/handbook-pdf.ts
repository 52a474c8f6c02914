/**
 * Prints the one-page handbook (/ggi/handbook/) to PDF with Chromium, as `npm run build:pdf` and
 * the book's end-to-end test both do: A4 pages as the page's print styles set them, a document
 * outline (PDF bookmarks) from its headings and a tagged PDF (its structure, for screen readers).
 */
import type { Page } from '@playwright/test';

/** The attribute of the handbook's cover that holds the PDF's site path (src/pages/ggi/handbook.astro). */
export const PDF_PATH_ATTRIBUTE = 'data-pdf-path';

/**
 * Opens the one-page handbook at `url` in `page` and prints it. Returns the PDF's bytes and the
 * site path (no base) the cover names for it, e.g. `/ggi/ggi-handbook-1.3.pdf`. Throws when the
 * page has no cover with that path (not the one-page handbook).
 */
export async function printHandbook(page: Page, url: string): Promise<{ pdf: Buffer; path: string }> {
  await page.goto(url, { waitUntil: 'networkidle' });
  const path = await page
    .locator(`[${PDF_PATH_ATTRIBUTE}]`)
    .first()
    .getAttribute(PDF_PATH_ATTRIBUTE, { timeout: 5000 });
  if (!path) throw new Error(`${url} is not the one-page handbook: it has no [${PDF_PATH_ATTRIBUTE}] cover`);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, outline: true, tagged: true });
  return { pdf, path };
}
