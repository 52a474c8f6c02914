/**
 * `npm run measure:lighthouse [-- <dir>]`: Lighthouse's four category scores (performance,
 * accessibility, best practices, SEO) on the five pages the gate checks (scripts/gates/lighthouse.ts:
 * home, the heaviest activity, the GGI overview, search, the scorecard), on the built site in
 * `<dir>` (default dist/; build first), served on localhost. Lighthouse's default settings: a
 * mobile device, simulated slow 4G and a 4× slower CPU. Prints a Markdown table for the README.
 * A measure, not a test: performance varies with the machine and its load; the gate
 * (`npm run gates`) holds the three other categories at 100.
 */
import { existsSync } from 'node:fs';
import { CATEGORIES, lighthousePages, runLighthouse, scoreTable } from './gates/lighthouse.ts';

const dir = process.argv[2] ?? 'dist';
if (!existsSync(`${dir}/index.html`)) {
  console.error(`No built site in ${dir}/: run npm run build first.`);
  process.exit(2);
}
const started = Date.now();
const results = await runLighthouse(dir, lighthousePages(dir), CATEGORIES);
console.log(scoreTable(results));
console.log(
  `\nLighthouse ${results[0]?.lhr.lighthouseVersion ?? '?'}, default settings (mobile, simulated throttling), ${results.length} pages in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);
