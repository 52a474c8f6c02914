/**
 * Helpers for the content fixtures in tests/fixtures/content: `good/` is a small valid tree;
 * each folder in `bad/` holds files that replace or join the good ones, plus `expected.txt`
 * with the exact lines the check must print.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContentTree, type ContentFile } from '../../src/lib/content/files.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'content');
export const GOOD = join(FIXTURES, 'good');
export const BAD = join(FIXTURES, 'bad');

/** Names of the bad cases. */
export function badCases(): string[] {
  return readdirSync(BAD).sort();
}

/** The good tree with a bad case's files laid over it. */
export function treeWith(badCase: string): ContentFile[] {
  const byPath = new Map(readContentTree(GOOD).map((f) => [f.path, f]));
  for (const f of readContentTree(join(BAD, badCase))) byPath.set(f.path, f);
  return [...byPath.values()];
}

/** The lines a bad case expects. */
export function expectedLines(badCase: string): string[] {
  return readFileSync(join(BAD, badCase, 'expected.txt'), 'utf8')
    .split('\n')
    .filter(Boolean);
}

/** Writes the good tree with a bad case over it into a temporary folder; returns it and a clean-up. */
export function materialise(badCase?: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ospo-content-'));
  cpSync(GOOD, dir, { recursive: true });
  if (badCase) cpSync(join(BAD, badCase), dir, { recursive: true, filter: (src) => !src.endsWith('expected.txt') });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The project's root folder. */
export const PROJECT = join(import.meta.dirname, '..', '..');

/**
 * A temporary copy of the project to build in (src, public, content, config; node_modules linked),
 * with Astro's caches of its own, so a test never touches the project's content/, dist/ or caches.
 * `prefix` names the folder; returns it, `build(outDir, env)` (throws with Astro's output when the
 * build fails) and a clean-up.
 */
export function tempProject(prefix: string): {
  dir: string;
  build: (outDir: string, env?: Record<string, string>) => void;
  remove: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(PROJECT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(
    join(dir, 'astro.test.mjs'),
    "import config from './astro.config.mjs';\nexport default { ...config, cacheDir: './.astro-cache' };\n",
  );
  const build = (outDir: string, env: Record<string, string> = {}) => {
    const r = spawnSync('npx', ['astro', 'build', '--config', 'astro.test.mjs', '--outDir', outDir], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    if (r.status !== 0) throw new Error(`astro build failed in ${dir}:\n${r.stdout}\n${r.stderr}`);
  };
  return { dir, build, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
