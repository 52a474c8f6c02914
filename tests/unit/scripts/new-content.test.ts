import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { readContentTree } from '../../../src/lib/content/files.ts';
import { entriesIn } from '../../../src/lib/content/entries.ts';

const root = mkdtempSync(join(tmpdir(), 'ospo-new-'));
cpSync('content', root, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/new-content.ts', ...args, '--root', root], { encoding: 'utf8' });

describe('npm run new', () => {
  for (const kind of ['activity', 'case-study', 'member', 'news', 'onramp', 'page']) {
    it(`writes a new ${kind} entry from its template, prints its path and lists the example values still to replace`, () => {
      const r = run(kind, `A new ${kind} for the tests`, ...(kind === 'onramp' ? ['--start', '2026-03-20 10:30'] : []));
      expect(r.status, r.stderr).toBe(0);
      const path = r.stdout.trim();
      expect(path.startsWith(root)).toBe(true);
      expect(readFileSync(path, 'utf8')).toContain(`"A new ${kind} for the tests"`);
      expect(r.stderr).toMatch(
        /^Still to write \(the content check refuses the template's examples\): .*(summary|description)/m,
      );
    });
  }
  it('names a case study after its organisation, as the template says', () => {
    expect(readFileSync(join(root, 'case-studies', 'a-new-case-study-for-the-tests.md'), 'utf8')).toMatch(
      /^organisation: "A new case-study for the tests"$/m,
    );
  });
  it('gives an OnRamp session its start in Brussels time with the offset, and its date in the file name', () => {
    const text = readFileSync(join(root, 'onramp', '2026-03-20-a-new-onramp-for-the-tests.md'), 'utf8');
    expect(text).toMatch(/^start: "2026-03-20T10:30:00\+01:00"$/m);
    const summer = run('onramp', 'A summer session', '--start', '2026-07-17 10:30');
    expect(readFileSync(summer.stdout.trim(), 'utf8')).toMatch(/^start: "2026-07-17T10:30:00\+02:00"$/m);
  });
  it('refuses an OnRamp session without a start, or with a start that is no date and time, with one line', () => {
    expect(run('onramp', 'No start').stderr).toMatch(/^npm run new -- onramp needs the session's date and time/);
    const bad = run('onramp', 'Bad start', '--start', '2026-02-30 10:30');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/is not a day of the calendar/);
    // 02:30 does not exist in Brussels on 29 March 2026: the clocks go from 02:00 to 03:00.
    const skipped = run('onramp', 'Skipped hour', '--start', '2026-03-29 02:30');
    expect(skipped.status).toBe(2);
    expect(skipped.stderr).toMatch(/the clocks skip that hour/);
  });
  it('leaves the content tree with no problem but the example values of the new files, the new activity with the next free id', () => {
    const { problems, entries } = checkContent(readContentTree(root));
    expect(problems.filter((p) => !/is still the example text|is an example address/.test(p.problem))).toEqual([]);
    expect(new Set(problems.map((p) => p.file.split('/')[0]))).toEqual(
      new Set(['activities', 'case-studies', 'members', 'news', 'onramp', 'pages']),
    );
    expect(entriesIn(entries, 'activities').find((e) => e.data.title === 'A new activity for the tests')?.data.id).toBe(
      'GGI-A-45',
    );
  });
  it('refuses an unknown kind, and a file that exists, with one line', () => {
    const unknown = run('podcast', 'X');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^usage: npm run new -- <activity\|case-study/);
    const twice = run('page', 'A new page for the tests');
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain('exists already');
  });
});
