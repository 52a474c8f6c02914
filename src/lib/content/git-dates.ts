/**
 * "Last updated" dates from git history, read at build time.
 * In a shallow clone (CI checkouts often are) every file would seem changed by the one commit
 * there is, so no date is given; pages then fall back to the entry's `updated` field or say nothing.
 */
import { execFileSync } from 'node:child_process';

/** Whether each working directory's repository has usable history, asked once per directory. */
const usable = new Map<string, boolean>();

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** True when history is usable in `cwd`: git answers, and the repository is not a shallow clone. */
export function hasHistory(cwd: string = process.cwd()): boolean {
  if (!usable.has(cwd)) usable.set(cwd, git(cwd, ['rev-parse', '--is-shallow-repository']) === 'false');
  return usable.get(cwd)!;
}

/**
 * Last commit date of every file, per working directory, read with one `git log` (not one per
 * file). A pure rename (git's R100: same content, new name, as when the activities went from .mdx
 * to .md) is no editorial change: the renamed file keeps the date of its last change under its
 * former name.
 */
const dates = new Map<string, Map<string, Date>>();
function allDates(cwd: string): Map<string, Date> {
  let map = dates.get(cwd);
  if (map) return map;
  map = new Map();
  const log = git(cwd, ['log', '--format=%x00%cI', '--name-status', '-M']) ?? '';
  /** Former name → the name it was renamed to (unchanged), for the older commits. */
  const renamedTo = new Map<string, string>();
  const current = (path: string) => {
    let p = path;
    for (let i = 0; i < 100 && renamedTo.has(p); i++) p = renamedTo.get(p)!;
    return p;
  };
  let date: Date | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) {
      date = new Date(line.slice(1));
      continue;
    }
    const [status, ...paths] = line.split('\t');
    if (!date || !status || !paths.length) continue;
    if (status === 'R100') renamedTo.set(paths[0], paths[1]);
    else {
      const file = current(paths.at(-1)!);
      if (!map.has(file)) map.set(file, date); // newest commit first
    }
  }
  dates.set(cwd, map);
  return map;
}

/**
 * Date of the last commit that changed `file` (a path relative to `cwd`, by default the project
 * root), or undefined when there is no usable history or the file has no commit yet.
 */
export function lastCommitDate(file: string, cwd: string = process.cwd()): Date | undefined {
  if (!hasHistory(cwd)) return undefined;
  return allDates(cwd).get(file.replace(/^\.\//, ''));
}
