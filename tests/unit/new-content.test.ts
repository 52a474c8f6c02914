import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { readContentTree } from '../../src/lib/content-files.ts';

const root = mkdtempSync(join(tmpdir(), 'ospo-new-'));
cpSync('content', root, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));
const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/new-content.ts', ...args, '--root', root], { encoding: 'utf8' });

describe('npm run new', () => {
  for (const kind of ['activity', 'case-study', 'member', 'news', 'onramp', 'page']) {
    it(`writes a valid ${kind} file from its template and prints its path`, () => {
      const r = run(kind, `A new ${kind} for the tests`);
      expect(r.status, r.stderr).toBe(0);
      const path = r.stdout.trim();
      expect(path.startsWith(root)).toBe(true);
      expect(readFileSync(path, 'utf8')).toContain(`"A new ${kind} for the tests"`);
    });
  }
  it('leaves the whole content tree valid, the new activity with the next free id', () => {
    const { problems, entries } = checkContent(readContentTree(root));
    expect(problems).toEqual([]);
    expect(entries.find((e) => e.data.title === 'A new activity for the tests')?.data.id).toBe('GGI-A-45');
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
