/**
 * `npm run gates [-- <dir>]`: runs the quality gates of scripts/gates/gates.ts and
 * scripts/gates/lighthouse.ts over a built site (default dist/): page-weight budget, HTML validity
 * (html-validate, and the W3C's Nu HTML Checker, which needs Java), internal links and anchors,
 * head tags and JSON-LD, and Lighthouse's accessibility, best practices and SEO at 100 on five
 * pages (which needs Chromium). Prints each gate's result page by page, writes the external links
 * it met to test-results/external-links.md (listed, not fetched; the links to the site's own
 * origin that the portal does not serve apart, with their reasons), and exits 1 when a gate fails.
 * `npm run budget` runs only the page-weight budget and prints its table.
 * Where GITHUB_STEP_SUMMARY names a file (GitHub Actions), appends a Markdown summary of the gates
 * that ran to it.
 */
import { bytes, gatesSummary, htmlFiles, type GateResult, type TypeWeight } from './gates/gates.ts';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { budgetGate, headGate, htmlGate, linkGate, nuGate } from './gates/gates.ts';
import { parseArgs } from 'node:util';
import { lighthouseGate, scoreTable } from './gates/lighthouse.ts';
import { OFF_PORTAL_PATHS } from '../src/lib/site/former-site.ts';

let parsed: ReturnType<typeof parseGateArgs>;
/** `[--budget] [<dir>]`; throws on an unknown option or a second folder. */
function parseGateArgs() {
  const { values, positionals } = parseArgs({
    options: { budget: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length > 1) throw new Error(`one folder at most, not ${positionals.length}`);
  return { budget: values.budget, dir: positionals[0] ?? 'dist' };
}
try {
  parsed = parseGateArgs();
} catch (err) {
  console.error(`${(err as Error).message}: npm run gates -- [<dir>], or npm run budget -- [<dir>]`);
  process.exit(2);
}
const only = parsed.budget ? 'budget' : undefined;
const dir = parsed.dir;
let failed = 0;
const results: GateResult[] = [];

function report(name: string, problems: string[], more: Omit<GateResult, 'name' | 'problems'> = {}): void {
  console.log(`\n${name}: ${problems.length ? `${problems.length} problem(s)` : 'passed'}`);
  for (const p of problems.slice(0, 200)) console.log(`  ${p}`);
  if (problems.length > 200) console.log(`  … and ${problems.length - 200} more`);
  if (problems.length) failed++;
  results.push({ name, problems, ...more });
}

/** The budget's table: per page type, its heaviest frame and whole page against their limits (bytes gzipped). */
function budgetTable(types: TypeWeight[]): string[] {
  const limit = (n?: number) => (n === undefined ? '–' : bytes(n));
  return [
    '| page type (pages) | heaviest frame | frame | limit | margin | heaviest whole page | whole | ceiling | CSS | JS |',
    '| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |',
    ...types.map((t) => {
      const { frame, page, css, js } = t.heaviest;
      return `| ${t.type} (${t.count}) | ${frame.page} | ${bytes(frame.bytes)} | ${limit(frame.limit)} | ${bytes(frame.limit! - frame.bytes)} | ${page.page} | ${bytes(page.bytes)} | ${limit(page.limit)} | ${bytes(css.bytes)} | ${bytes(js.bytes)} |`;
    }),
  ];
}

const budget = budgetGate(dir);
for (const line of budgetTable(budget.types)) console.log(line);
report(
  'page-weight budget (frame without content regions, whole page, CSS, JS per page type; bytes gzipped)',
  budget.problems,
  {
    checked: `${htmlFiles(dir).length} pages`,
    budget: budget.types,
  },
);

if (!only) {
  report('HTML validity (html-validate, .htmlvalidate.json)', await htmlGate(dir), {
    checked: `${htmlFiles(dir).length} pages`,
  });
  const nuStarted = Date.now();
  const nu = nuGate(dir);
  console.log(`\n  (the Nu HTML Checker took ${((Date.now() - nuStarted) / 1000).toFixed(0)} s)`);
  report('HTML validity (W3C Nu HTML Checker, vnu-jar)', nu, { checked: `${htmlFiles(dir).length} pages` });
  const links = await linkGate(dir);
  report('internal links and anchors (linkinator)', links.problems);
  mkdirSync('test-results', { recursive: true });
  const reasonOf = (url: string) => OFF_PORTAL_PATHS.find((o) => new URL(url).pathname === o.path)?.reason ?? '';
  const offPortal = links.offPortal.map((u) => `- ${u}: ${reasonOf(u)}`).join('\n');
  writeFileSync(
    'test-results/external-links.md',
    `# External links in ${dir}/ (listed, not fetched)\n\n${links.external.map((u) => `- ${u}`).join('\n')}\n\n## Links to the site's own origin that the portal does not serve (src/lib/site/former-site.ts)\n\n${offPortal}\n`,
  );
  console.log(`  ${links.external.length} external links listed in test-results/external-links.md`);
  console.log(
    `  ${links.offPortal.length} links to the site's own origin that the portal does not serve (copy the files before it takes over the origin):`,
  );
  for (const u of links.offPortal) console.log(`    ${u}: ${reasonOf(u)}`);
  report('head tags and JSON-LD', headGate(dir));
  const started = Date.now();
  let lighthouse: Awaited<ReturnType<typeof lighthouseGate>>;
  try {
    lighthouse = await lighthouseGate(dir);
  } catch (err) {
    const problem = `Lighthouse could not run: ${(err as Error).message}`;
    lighthouse = { problems: [problem], results: [] };
  }
  console.log(`\n${scoreTable(lighthouse.results)}`);
  console.log(
    `  (performance is measured by npm run measure:lighthouse, not gated; ${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
  report('Lighthouse: accessibility, best practices and SEO at 100', lighthouse.problems, {
    checked: lighthouse.results.map((r) => r.page.path).join(', '),
  });
}
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, gatesSummary(results));
process.exit(failed ? 1 : 0);
