import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedLines, materialise } from '../fixtures.ts';

/** Runs `node scripts/check-content.ts --root <dir>` the way `npm run check:content` does. */
function runCheck(dir: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['scripts/check-content.ts', '--root', dir], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr.replaceAll(dir, 'content') };
}

describe('npm run check:content', () => {
  const made: (() => void)[] = [];
  afterAll(() => made.forEach((remove) => remove()));

  it('exits 0 and says so when the content is valid', () => {
    const { dir, remove } = materialise();
    made.push(remove);
    const r = runCheck(dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('15 files checked, no problems');
  });

  for (const badCase of ['missing-field', 'malformed-yaml', 'date-like-title', 'case-only-slugs']) {
    it(`exits 1 on the ${badCase} fixture, printing its lines and no stack trace`, () => {
      const { dir, remove } = materialise(badCase);
      made.push(remove);
      const r = runCheck(dir);
      expect(r.code).toBe(1);
      for (const line of expectedLines(badCase)) expect(r.err).toContain(line);
      expect(r.err).not.toMatch(/\n\s+at /);
    });
  }

  it('on GitHub Actions, also prints each problem as an annotation on its file and line', () => {
    const { dir, remove } = materialise('impossible-date');
    made.push(remove);
    const plain = runCheck(dir);
    expect(plain.err).not.toContain('::error');
    const r = runCheck(dir, { GITHUB_ACTIONS: 'true' });
    expect(r.code).toBe(1);
    // The date is on line 3 of the file, after "---" and the title.
    expect(r.err).toContain(
      '::error file=content/news/2025-12-01-fixture.md,line=3,title=date%3A is not a day of the calendar ("2024-02-30"%2C February 2024 has 29 days)::date: is not a day of the calendar ("2024-02-30", February 2024 has 29 days): correct the day, in YYYY-MM-DD order',
    );
  });

  it('reports every problem of every file in one run, the rules between files included', () => {
    const { dir, remove } = materialise('every-problem-at-once');
    made.push(remove);
    const r = runCheck(dir);
    expect(r.code).toBe(1);
    for (const line of expectedLines('every-problem-at-once')) expect(r.err).toContain(line);
    expect(r.err).toContain('3 problems in content/');
  });

  it('exits 2 with a one-line explanation when the folder does not exist', () => {
    const r = runCheck('/nonexistent-ospo-content');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
