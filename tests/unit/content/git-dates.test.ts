import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasHistory, lastCommitDate } from '../../../src/lib/content/git-dates.ts';

const root = mkdtempSync(join(tmpdir(), 'ospo-git-'));
const full = join(root, 'full');
const shallow = join(root, 'shallow');
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    env: { ...process.env, GIT_AUTHOR_DATE: '2025-03-04T05:06:07Z', GIT_COMMITTER_DATE: '2025-03-04T05:06:07Z' },
    stdio: 'ignore',
  });

execFileSync('git', ['init', '-q', full]);
git(full, 'config', 'user.email', 'test@example.org');
git(full, 'config', 'user.name', 'Test');
writeFileSync(join(full, 'a.md'), 'a');
git(full, 'add', 'a.md');
git(full, 'commit', '-q', '-m', 'first');
writeFileSync(join(full, 'b.md'), 'b');
git(full, 'add', 'b.md');
git(full, 'commit', '-q', '-m', 'second');
execFileSync('git', ['clone', '-q', '--depth', '1', `file://${full}`, shallow]);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('lastCommitDate', () => {
  it('gives the date of the last commit that changed the file', () => {
    expect(hasHistory(full)).toBe(true);
    expect(lastCommitDate('a.md', full)?.toISOString()).toBe('2025-03-04T05:06:07.000Z');
  });
  it('gives nothing for a file without commits', () => {
    writeFileSync(join(full, 'new.md'), 'n');
    expect(lastCommitDate('new.md', full)).toBeUndefined();
  });
  it('gives nothing in a shallow clone, where every file would seem changed by its one commit', () => {
    expect(hasHistory(shallow)).toBe(false);
    expect(lastCommitDate('a.md', shallow)).toBeUndefined();
  });
  it('gives nothing outside a git repository', () => {
    expect(lastCommitDate('x.md', tmpdir())).toBeUndefined();
  });
});
