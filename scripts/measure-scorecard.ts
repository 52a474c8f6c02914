/**
 * `npm run measure:scorecard [-- --runs <n>] [--port <port>]`: how fast the scorecard page
 * answers, measured on the built site served on localhost (build first). In Chromium, it clicks
 * status labels and verification-point checkboxes of the scorecard page (`runs` of each, 40 by
 * default) and times, inside the page, from the click to the dashboard's figures updated (the
 * change handled, saved to localStorage and the dashboard redrawn) and to the next frame painted
 * after it. The very first click is also shown on its own: it loads the cards' edit code
 * (src/scripts/scorecard/edit.ts) before it is handled, and a script's click has no pointerdown
 * to start that load early as a user's has, so it is the slowest case. Prints a Markdown table of
 * the medians and 90th percentiles.
 * A benchmark, not a test: the numbers vary with the machine; they go into the README.
 */
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { scorecardPath } from '../src/lib/routes.ts';
import { startPreview } from './lib/preview.ts';

let options: { runs: string; port: string };
try {
  options = parseArgs({
    options: { runs: { type: 'string', default: '40' }, port: { type: 'string', default: '4397' } },
  }).values;
} catch (err) {
  console.error(`${(err as Error).message}: npm run measure:scorecard -- [--runs <n>] [--port <port>]`);
  process.exit(2);
}
const RUNS = Number(options.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`--runs ${options.runs}: give a whole number of runs, at least 1`);
  process.exit(2);
}

/** Times, in ms, of one click: to the dashboard updated, and to the next frame after it. */
interface Timing {
  updated: number;
  painted: number;
}

/**
 * Clicks `selector` (a label or checkbox of the page) in the page and times it. The dashboard
 * counts as updated once the overall row's figures differ from before the click.
 */
async function timeClick(page: Page, selector: string): Promise<Timing> {
  return page.evaluate(async (sel) => {
    const target = document.querySelector<HTMLElement>(sel);
    const row = document.querySelector('[data-tally="overall"]');
    if (!target || !row) throw new Error(`no ${sel} or no dashboard`);
    const before = row.textContent;
    const start = performance.now();
    let updated = NaN;
    const observer = new MutationObserver(() => {
      if (Number.isNaN(updated) && row.textContent !== before) updated = performance.now() - start;
    });
    observer.observe(row, { subtree: true, characterData: true, childList: true, attributes: true });
    target.click();
    // Mutation records of the click's own work arrive in a microtask after it; the first click
    // waits for the edit code to load (at most 2 s).
    await Promise.resolve();
    for (let waited = 0; Number.isNaN(updated) && waited < 2000; waited += 5)
      await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const painted = performance.now() - start;
    observer.disconnect();
    return { updated, painted };
  }, selector);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.9) - 1)];
const ms = (n: number) => `${n.toFixed(1)} ms`;

const preview = await startPreview(Number(options.port));
try {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ serviceWorkers: 'block' });
  await page.goto(preview.origin + scorecardPath());
  await page.locator('html[data-scorecard="ready"]').waitFor({ state: 'attached' });
  const ids = await page.locator('[data-activity]').evaluateAll((cards) => cards.map((c) => c.id));
  const statuses: Timing[] = [];
  const points: Timing[] = [];
  for (let i = 0; i < RUNS; i++) {
    const card = `#${ids[i % ids.length]}`;
    // In Progress, then Done on the next round, and so on: every click changes the figures, and
    // the activity stays selected, so that its points count.
    const label = Math.floor(i / ids.length) % 2 === 0 ? 'in-progress' : 'done';
    statuses.push(await timeClick(page, `${card} .sc-pill[data-value="${label}"]`));
    points.push(await timeClick(page, `${card} input[data-point]`));
  }
  await browser.close();
  const failed = [...statuses, ...points].filter((t) => Number.isNaN(t.updated)).length;
  if (failed) throw new Error(`${failed} clicks left the dashboard as it was`);
  const row = (what: string, ts: Timing[]) =>
    `| ${what} (${ts.length} clicks) | ${ms(median(ts.map((t) => t.updated)))} | ${ms(p90(ts.map((t) => t.updated)))} | ${ms(median(ts.map((t) => t.painted)))} |`;
  console.log('| click on the scorecard page | median to dashboard updated | 90th percentile | median to next frame |');
  console.log('| --- | --- | --- | --- |');
  console.log(row('status', statuses));
  console.log(row('verification point', points));
  console.log(row('both', [...statuses, ...points]));
  console.log(row('the first one, loading the edit code', statuses.slice(0, 1)));
} finally {
  preview.stop();
}
