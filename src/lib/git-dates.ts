/**
 * "Last updated" dates from git history, read at build time.
 * In a shallow clone (CI checkouts often are) every file would seem changed by the one commit
 * there is, so no date is given; pages then fall back to the entry's `updated` field or say nothing.
 */
import { execFileSync } from 'node:child_process';

let shallow: boolean | undefined;

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** True when history is usable: git answers, and the repository is not a shallow clone. */
export function hasHistory(): boolean {
  if (shallow === undefined) {
    const answer = git(['rev-parse', '--is-shallow-repository']);
    shallow = answer !== 'false';
  }
  return !shallow;
}

/**
 * Date of the last commit that changed `file` (a path relative to the project root), or
 * undefined when there is no usable history or the file has no commit yet.
 */
export function lastCommitDate(file: string): Date | undefined {
  if (!hasHistory()) return undefined;
  const iso = git(['log', '-1', '--format=%cI', '--', file]);
  return iso ? new Date(iso) : undefined;
}
