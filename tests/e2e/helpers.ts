import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

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

/** Collects CSP violations reported by the page (securitypolicyviolation events and console). */
export async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
  await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation(
        `${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  return violations;
}

/**
 * Serves the build under the base path, `dist-base/` (`npm run build:base`: made as the deploy
 * makes it, with the PDF), under `/ospo-zone/`. Throws when it is missing.
 */
export async function serveBaseBuild(): Promise<StaticServer> {
  if (!existsSync('dist-base/index.html'))
    throw new Error('dist-base/ is missing: run npm run build:base (npm test does)');
  return serveStatic('dist-base', '/ospo-zone/');
}
