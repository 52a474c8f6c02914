import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * The built site the "portal" project tests: E2E_DIST (npm test builds its own, `dist-test/`, so
 * that it can run while `npm start` serves `dist/`), else `dist/`.
 */
export const SITE_DIR = process.env.E2E_DIST || 'dist';

/** WCAG 2.2 A/AA and best-practice violations on the page, one line each (rule: targets). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
