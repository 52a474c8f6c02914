/**
 * `npm test`: the whole suite, in order, as CI runs it:
 *   1. content check and type check (`npm run check`),
 *   2. unit tests (vitest),
 *   3. a production build with the search index (`npm run build`), one under the base path
 *      /ospo-zone/ into dist-base/ (`npm run build:base`) for the base-path tests, and, where
 *      ../shared/ggi-upstream exists, builds from the official handbook 1.2 and 1.3
 *      (`npm run build:imported`) for the importer's acceptance tests,
 *   4. the quality gates over dist/ (`npm run gates`: page-weight budget, HTML validity, links
 *      and anchors, head tags and JSON-LD), counted as one test;
 *   5. end-to-end tests against those builds (Playwright, Chromium); the whole suite runs on the
 *      build from handbook 1.3 too.
 * Every step runs even when an earlier one failed (a failed build skips only the e2e tests), and
 * the last line adds up the tests: `N passed, N failed` and, when some were skipped (the tests
 * that need ../shared/ggi-upstream skip without it), `, N skipped`. A failed check or build counts
 * as one failure. Exits 1 when anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
const problems: string[] = [];

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  if (!ok) problems.push(`${label} failed (exit code ${r.status ?? r.signal})`);
  return ok;
}

function readJson<T>(path: string): T | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

mkdirSync('test-results', { recursive: true });
rmSync('test-results/unit.json', { force: true });
rmSync('test-results/e2e.json', { force: true });

if (!run('check', 'npm', ['run', '--silent', 'check'])) tally.failed += 1;

const unitOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
const unit = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>('test-results/unit.json');
if (unit) {
  tally.passed += unit.numPassedTests;
  tally.failed += unit.numFailedTests;
  tally.skipped += unit.numPendingTests + unit.numTodoTests;
}
if (!unitOk && !unit?.numFailedTests) tally.failed += 1;

if (
  run('build', 'npm', ['run', '--silent', 'build']) &&
  run('build under a base path', 'npm', ['run', '--silent', 'build:base']) &&
  run('builds from the official handbook', 'npm', ['run', '--silent', 'build:imported'])
) {
  if (run('quality gates on dist/ (budget, HTML, links, head)', 'npm', ['run', '--silent', 'gates'])) tally.passed += 1;
  else tally.failed += 1;
  const e2eOk = run('end-to-end tests', 'npx', ['playwright', 'test']);
  const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>('test-results/e2e.json');
  if (e2e) {
    tally.passed += e2e.stats.expected + e2e.stats.flaky;
    tally.failed += e2e.stats.unexpected;
    tally.skipped += e2e.stats.skipped;
  }
  if (!e2eOk && !e2e?.stats.unexpected) tally.failed += 1;
} else {
  tally.failed += 1;
  problems.push('end-to-end tests skipped: the build failed');
}

console.log('');
for (const p of problems) console.log(`- ${p}`);
console.log(`${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`);
process.exit(problems.length || tally.failed ? 1 : 0);
