import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedLines, materialise } from './fixtures.ts';

/** Runs `node scripts/check-content.ts --root <dir>` the way `npm run check:content` does. */
function runCheck(dir: string) {
  const r = spawnSync(process.execPath, ['scripts/check-content.ts', '--root', dir], { encoding: 'utf8' });
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

  it('exits 2 with a one-line explanation when the folder does not exist', () => {
    const r = runCheck('/nonexistent-ospo-content');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
