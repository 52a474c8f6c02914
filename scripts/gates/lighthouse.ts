/**
 * Lighthouse (12.2.3) over five pages of a built site: home, the heaviest activity page, the GGI
 * overview, search and the scorecard. The gate (`npm run gates`) requires accessibility, best
 * practices and SEO at 100 on each and names every audit that keeps a score below; performance
 * is a figure, not a test (`npm run measure:lighthouse`, scripts/measure-lighthouse.ts).
 * The site is served from its folder on a free loopback port (scripts/lib/static-server.ts), and one
 * headless Chromium (CHROMIUM_PATH or CHROME_PATH, else /usr/bin/chromium) runs every page, with
 * Lighthouse's default settings (a mobile device, simulated throttling; the gate with shorter
 * waits, QUICK_SETTINGS), nothing fetched from outside.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { activitiesPath, ggiPath, homePath, scorecardPath, searchPath } from '../../src/lib/routes.ts';
import { serveStatic } from '../lib/static-server.ts';
import { htmlFiles } from './gates.ts';

/** Lighthouse's categories by id, in the order its report shows them. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** One of Lighthouse's four categories. */
export type Category = (typeof CATEGORIES)[number];
/** The categories the gate holds at 100; performance is measured, not gated. */
export const GATED: readonly Category[] = ['accessibility', 'best-practices', 'seo'];

/** One page Lighthouse runs on: a name for reports and its site path (no base). */
export interface LighthousePage {
  name: string;
  path: string;
}

/** The parts of a Lighthouse result (LHR) the gate and the measure read. */
export interface LighthouseResult {
  categories: Partial<
    Record<string, { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }>
  >;
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string }>;
  runtimeError?: { code: string; message: string };
  lighthouseVersion?: string;
}

/**
 * The five pages, from the built site in `dir`: home, the activity page with the most HTML (the
 * heaviest, so the worst case of its type), the GGI overview, search and the scorecard. Throws
 * when `dir` has no activity page.
 */
export function lighthousePages(dir: string): LighthousePage[] {
  const prefix = activitiesPath().slice(1);
  const activities = htmlFiles(dir)
    .filter((f) => f.startsWith(prefix) && f.split('/').length === prefix.split('/').length + 1)
    .map((f) => ({ f, html: readFileSync(join(dir, f), 'utf8') }))
    .filter(({ html }) => !/<meta\s[^>]*http-equiv="refresh"/i.test(html));
  if (!activities.length) throw new Error(`no activity page in ${dir}/${prefix}`);
  const heaviest = activities.reduce((a, b) => (b.html.length > a.html.length ? b : a));
  return [
    { name: 'home', path: homePath() },
    { name: 'activity', path: `/${heaviest.f.replace(/index\.html$/, '')}` },
    { name: 'GGI overview', path: ggiPath() },
    { name: 'search', path: searchPath() },
    { name: 'scorecard', path: scorecardPath() },
  ];
}

/** Score modes that count towards a category (the others: informative, manual, not applicable, error). */
const SCORED = new Set(['binary', 'numeric', 'metricSavings']);

/**
 * The problems of one page's result: for each category of `categories` scored below 100, a line
 * `<path>: <category> <score>` and a line per audit that costs it points (weight above 0, score
 * below 1), `<path>: <category> <score>: <audit id> (<audit title>)`; a missing category or a
 * runtime error is a problem too. Scores are Lighthouse's 0–1 times 100, rounded.
 */
export function lighthouseProblems(
  path: string,
  lhr: LighthouseResult,
  categories: readonly Category[] = GATED,
): string[] {
  if (lhr.runtimeError)
    return [`${path}: Lighthouse could not run (${lhr.runtimeError.code}: ${lhr.runtimeError.message})`];
  const out: string[] = [];
  for (const id of categories) {
    const category = lhr.categories[id];
    if (!category || category.score === null) {
      out.push(`${path}: ${id} has no score`);
      continue;
    }
    const score = Math.round(category.score * 100);
    if (score >= 100) continue;
    const failing = category.auditRefs
      .filter((r) => r.weight > 0)
      .map((r) => lhr.audits[r.id])
      .filter((a) => a && SCORED.has(a.scoreDisplayMode) && a.score !== null && a.score < 1);
    if (!failing.length) out.push(`${path}: ${id} ${score}`);
    for (const a of failing) out.push(`${path}: ${id} ${score}: ${a.id} (${a.title})`);
  }
  return out;
}

/** Scores of one page's result, 0–100 per category, undefined where it has none. */
export function scores(lhr: LighthouseResult): Record<Category, number | undefined> {
  return Object.fromEntries(
    CATEGORIES.map((c) => {
      const s = lhr.categories[c]?.score;
      return [c, s === null || s === undefined ? undefined : Math.round(s * 100)];
    }),
  ) as Record<Category, number | undefined>;
}

/** The Markdown table of `scores` per page: one row a page, one column a category ("–" where none). */
export function scoreTable(rows: readonly { page: LighthousePage; lhr: LighthouseResult }[]): string {
  const cell = (n: number | undefined) => (n === undefined ? '–' : String(n));
  return [
    `| page | ${CATEGORIES.join(' | ')} |`,
    `| --- | ${CATEGORIES.map(() => '---:').join(' | ')} |`,
    ...rows.map(({ page, lhr }) => {
      const s = scores(lhr);
      return `| ${page.name} (\`${page.path}\`) | ${CATEGORIES.map((c) => cell(s[c])).join(' | ')} |`;
    }),
  ].join('\n');
}

/** Chromium's flags here: headless, no sandbox (CI runs as root), nothing fetched from outside. */
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The browser: CHROMIUM_PATH (as the e2e tests), else CHROME_PATH (as chrome-launcher), else Debian's Chromium. */
export const chromePath = () => process.env.CHROMIUM_PATH || process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * Lighthouse's settings for a run without performance: it waits 1 s after the first paint, 1 s
 * after load and for 1 s of network and CPU quiet by default, for the performance metrics; a local
 * static page has settled long before, and the other categories read the page as loaded.
 */
export const QUICK_SETTINGS = {
  pauseAfterFcpMs: 0,
  pauseAfterLoadMs: 250,
  networkQuietThresholdMs: 250,
  cpuQuietThresholdMs: 250,
  skipAboutBlank: true,
} as const;

/**
 * Runs Lighthouse on `pages` of the site in `dir`, one after the other in one Chromium, with only
 * `categories` (fewer categories, a faster run: without performance no trace is recorded), and
 * `QUICK_SETTINGS` when performance is not among them. Serves `dir` for the time of the run.
 * Returns each page with its result; throws when there is no browser at `chromePath()`.
 */
export async function runLighthouse(
  dir: string,
  pages: readonly LighthousePage[],
  categories: readonly Category[],
): Promise<{ page: LighthousePage; lhr: LighthouseResult }[]> {
  const settings = categories.includes('performance') ? {} : QUICK_SETTINGS;
  const browser = chromePath();
  // chrome-launcher would die on an unhandled spawn error: say what is missing instead.
  if (!existsSync(browser))
    throw new Error(`no browser at ${browser}: install Chromium (Debian: chromium), or set CHROMIUM_PATH`);
  const [{ default: lighthouse }, { launch }] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
  const server = await serveStatic(dir);
  const chrome = await launch({ chromePath: browser, chromeFlags: CHROME_FLAGS, logLevel: 'error' });
  try {
    const out: { page: LighthousePage; lhr: LighthouseResult }[] = [];
    for (const page of pages) {
      const result = await lighthouse(
        `${server.origin}${page.path}`,
        { port: chrome.port, onlyCategories: [...categories], logLevel: 'error', output: 'json' },
        { extends: 'lighthouse:default', settings: { ...settings, disableFullPageScreenshot: true } },
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      out.push({ page, lhr: result.lhr as unknown as LighthouseResult });
    }
    return out;
  } finally {
    chrome.kill();
    await server.close();
  }
}

/**
 * The gate: Lighthouse on the five pages of `dir` (`lighthousePages`), the problems of each
 * (`lighthouseProblems` for accessibility, best practices and SEO). Also returns the results,
 * for the scores the log prints.
 */
export async function lighthouseGate(
  dir: string,
): Promise<{ problems: string[]; results: { page: LighthousePage; lhr: LighthouseResult }[] }> {
  const results = await runLighthouse(dir, lighthousePages(dir), GATED);
  return { problems: results.flatMap(({ page, lhr }) => lighthouseProblems(page.path, lhr)), results };
}
