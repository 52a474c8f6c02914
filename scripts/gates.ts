/**
 * `npm run gates [-- <dir>]`: runs the quality gates of src/lib/gates.ts over a built site
 * (default dist/): HTML validity, internal links and anchors, head tags and JSON-LD, page-weight
 * budget. Prints each gate's result page by page, writes the external links it met to
 * test-results/external-links.md (listed, not fetched; the links to the site's own origin that
 * the portal does not serve apart, with their reasons), and exits 1 when a gate fails.
 * `npm run budget` runs only the page-weight budget and prints its table.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { budgetGate, headGate, htmlGate, linkGate } from '../src/lib/gates.ts';
import { OFF_PORTAL_PATHS } from '../src/lib/former-site.ts';

const args = process.argv.slice(2);
const only = args.includes('--budget') ? 'budget' : undefined;
const dir = args.find((a) => !a.startsWith('--')) ?? 'dist';
let failed = 0;

function report(name: string, problems: string[]): void {
  console.log(`\n${name}: ${problems.length ? `${problems.length} problem(s)` : 'passed'}`);
  for (const p of problems.slice(0, 200)) console.log(`  ${p}`);
  if (problems.length > 200) console.log(`  … and ${problems.length - 200} more`);
  if (problems.length) failed++;
}

const budget = budgetGate(dir);
console.log('| page type (pages) | budget | heaviest page | HTML (gzip) | CSS (gzip) | JS (gzip) |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const w of budget.weights) console.log(`| ${w.type} (${w.count}) | ${w.budget} | ${w.page} | ${(w.html / 1024).toFixed(1)} kB | ${(w.css / 1024).toFixed(1)} kB | ${(w.js / 1024).toFixed(1)} kB |`);
report('page-weight budget (content pages: HTML ≤ 7 kB, CSS ≤ 12 kB, JS ≤ 5 kB; index pages: HTML ≤ 12 kB; gzipped)', budget.problems);

if (!only) {
  report('HTML validity (html-validate, .htmlvalidate.json)', await htmlGate(dir));
  const links = await linkGate(dir);
  report('internal links and anchors (linkinator)', links.problems);
  mkdirSync('test-results', { recursive: true });
  const reasonOf = (url: string) => OFF_PORTAL_PATHS.find((o) => new URL(url).pathname === o.path)?.reason ?? '';
  const offPortal = links.offPortal.map((u) => `- ${u}: ${reasonOf(u)}`).join('\n');
  writeFileSync(
    'test-results/external-links.md',
    `# External links in ${dir}/ (listed, not fetched)\n\n${links.external.map((u) => `- ${u}`).join('\n')}\n\n## Links to the site's own origin that the portal does not serve (src/lib/former-site.ts)\n\n${offPortal}\n`,
  );
  console.log(`  ${links.external.length} external links listed in test-results/external-links.md`);
  console.log(`  ${links.offPortal.length} links to the site's own origin that the portal does not serve (copy the files before it takes over the origin):`);
  for (const u of links.offPortal) console.log(`    ${u}: ${reasonOf(u)}`);
  report('head tags and JSON-LD', headGate(dir));
}
process.exit(failed ? 1 : 0);
