/**
 * `npm test`: the whole suite, in order, as CI runs it:
 *   1. lint (`npm run lint`: ESLint, zero warnings allowed) and the format check
 *      (`npm run format:check`: Prettier), each counted as one test,
 *   2. content check and type check (`npm run check`),
 *   3. unit tests (vitest),
 *   4. a production build with the search index into dist-test/ (not dist/, so that `npm test` can
 *      run while `npm start` serves dist/; with a content cache of its own), one under the base path
 *      /ospo-zone/ into dist-base/ (`npm run build:base`) for the base-path tests, and, where
 *      ../shared/ggi-upstream exists, builds from the official handbook 1.2 and 1.3
 *      (`npm run build:imported`) for the importer's acceptance tests,
 *   5. the quality gates over dist-test/ (`npm run gates`: page-weight budget, HTML validity by
 *      html-validate and the Nu HTML Checker, links and anchors, head tags and JSON-LD,
 *      Lighthouse), counted as one test;
 *   6. end-to-end tests against those builds (Playwright, Chromium); the whole suite runs on the
 *      build from handbook 1.3 too.
 * Every step runs even when an earlier one failed (a failed build skips only the e2e tests), and
 * the last line adds up the tests: `N passed, N failed` and, when some were skipped (the tests
 * that need ../shared/ggi-upstream skip without it), `, N skipped`. A failed check or build counts
 * as one failure. Exits 1 when anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

/** The parts of Playwright's JSON report the skip lines need. */
interface E2eSuite {
  title: string;
  suites?: E2eSuite[];
  specs?: {
    title: string;
    tests: { projectName: string; status: string; annotations: { type: string; description?: string }[] }[];
  }[];
}

/** Skipped end-to-end tests, one line each: project, title and the reason given to test.skip. */
function e2eSkipped(suites: readonly E2eSuite[], path: string[] = []): string[] {
  return suites.flatMap((s) => [
    ...(s.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((t) => t.status === 'skipped')
        .map(
          (t) =>
            `e2e [${t.projectName}]: ${[...path, s.title, spec.title].filter(Boolean).join(' › ')}${t.annotations.find((a) => a.type === 'skip')?.description ? ` (${t.annotations.find((a) => a.type === 'skip')!.description})` : ''}`,
        ),
    ),
    ...e2eSkipped(s.suites ?? [], [...path, s.title]),
  ]);
}

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

/** The tests' own build folder and content cache, apart from those of `npm start` and `npm run build`. */
const SITE_DIR = 'dist-test';
process.env.E2E_DIST = SITE_DIR;
process.env.PORTAL_CACHE_DIR = 'node_modules/.astro-test';

mkdirSync('test-results', { recursive: true });
rmSync('test-results/unit.json', { force: true });
rmSync('test-results/e2e.json', { force: true });

for (const [label, script] of [
  ['lint', 'lint'],
  ['format check', 'format:check'],
]) {
  if (run(label, 'npm', ['run', '--silent', script])) tally.passed += 1;
  else tally.failed += 1;
}
if (!run('check', 'npm', ['run', '--silent', 'check'])) tally.failed += 1;

const unitOk = run('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
]);
const unit = readJson<{
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { assertionResults: { fullName: string; status: string }[] }[];
}>('test-results/unit.json');
/** Skipped tests, one line each with the reason their name or skip note gives. */
const skippedLines: string[] = [];
for (const file of unit?.testResults ?? [])
  for (const t of file.assertionResults)
    if (t.status === 'pending' || t.status === 'skipped') skippedLines.push(`unit: ${t.fullName}`);
if (unit) {
  tally.passed += unit.numPassedTests;
  tally.failed += unit.numFailedTests;
  tally.skipped += unit.numPendingTests + unit.numTodoTests;
}
if (!unitOk && !unit?.numFailedTests) tally.failed += 1;

if (
  run('build', 'npx', ['astro', 'build', '--outDir', SITE_DIR]) &&
  run('build under a base path', 'npm', ['run', '--silent', 'build:base']) &&
  run('builds from the official handbook', 'npm', ['run', '--silent', 'build:imported'])
) {
  if (
    run(`quality gates on ${SITE_DIR}/ (budget, HTML, Nu checker, links, head, Lighthouse)`, 'npm', [
      'run',
      '--silent',
      'gates',
      '--',
      SITE_DIR,
    ])
  )
    tally.passed += 1;
  else tally.failed += 1;
  const e2eOk = run('end-to-end tests', 'npx', ['playwright', 'test']);
  const e2e = readJson<{
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    suites: E2eSuite[];
  }>('test-results/e2e.json');
  for (const line of e2eSkipped(e2e?.suites ?? [])) skippedLines.push(line);
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
if (skippedLines.length) {
  console.log('Skipped:');
  for (const line of skippedLines) console.log(`- ${line}`);
}
for (const p of problems) console.log(`- ${p}`);
console.log(`${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`);
process.exit(problems.length || tally.failed ? 1 : 0);
