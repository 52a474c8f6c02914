/**
 * Helpers for the content fixtures in tests/fixtures/content: `good/` is a small valid tree;
 * each folder in `bad/` holds files that replace or join the good ones, plus `expected.txt`
 * with the exact lines the check must print.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
  return readFileSync(join(BAD, badCase, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
}

/** Writes the good tree with a bad case over it into a temporary folder; returns it and a clean-up. */
export function materialise(badCase?: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ospo-content-'));
  cpSync(GOOD, dir, { recursive: true });
  if (badCase) cpSync(join(BAD, badCase), dir, { recursive: true, filter: (src) => !src.endsWith('expected.txt') });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
