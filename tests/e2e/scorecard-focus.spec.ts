/**
 * WCAG 2.4.11 (focus not obscured) on the scorecard page: from the md breakpoint up its bar sticks
 * to the top of the window, and a control reached with the keyboard, backwards too, must scroll
 * clear of it (scroll-padding-top, scorecard.css). At 1280×800, each control is first put under
 * the bar, then reached with Shift+Tab from the control after it.
 */
import { expect, test, type Locator } from '@playwright/test';

// Reduced motion: no smooth scrolling (global.css), so every scroll is done when it returns.
test.use({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });

/** Scrolls the window so that the bottom of `target` is 2 px above the bar's bottom: under it. */
async function hideUnderBar(target: Locator): Promise<void> {
  await target.evaluate((el) => {
    const barBottom = document.querySelector('.sc-bar')!.getBoundingClientRect().bottom;
    window.scrollBy({ top: el.getBoundingClientRect().bottom - barBottom + 2, behavior: 'instant' });
  });
}

test('a control reached with Shift+Tab deep in the cards is below the sticky bar, not under it', async ({ page }) => {
  await page.goto('/ggi/scorecard/');
  await expect(page.locator('html[data-scorecard="ready"]')).toBeAttached();
  const bar = page.locator('.sc-bar');
  await expect(bar).toHaveCSS('position', 'sticky');
  const card = page.locator('article[data-activity]:has([data-point])').nth(12);
  const boxes = card.locator('[data-point]');
  const status = card.locator('[data-status-input]:checked');
  const cases: { name: string; from: Locator; target: Locator; shown: Locator }[] = [
    { name: 'activity link', from: status, target: card.locator('h3 a'), shown: card.locator('h3 a') },
    { name: 'status button', from: boxes.first(), target: status, shown: card.locator('.sc-pill:has(:checked)') },
    { name: 'checkbox', from: card.locator('summary'), target: boxes.last(), shown: boxes.last() },
  ];
  for (const c of cases) {
    await c.from.focus();
    await hideUnderBar(c.shown);
    const barBottom = (await bar.boundingBox())!.y + (await bar.boundingBox())!.height;
    expect((await c.shown.boundingBox())!.y, `${c.name} starts under the bar`).toBeLessThan(barBottom);
    await page.keyboard.press('Shift+Tab');
    await expect(c.target, c.name).toBeFocused();
    expect((await c.shown.boundingBox())!.y, `${c.name} is below the bar`).toBeGreaterThanOrEqual(barBottom);
  }
});
