import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { readContentTree } from '../../../src/lib/content/files.ts';
import { badCases, expectedLines, GOOD, treeWith } from '../fixtures.ts';

const LINE = /^content\/[^:]+: [^:]+: .+: .+$/;

describe('the content check', () => {
  it('finds no problem in the good fixture tree', () => {
    const { problems, entries } = checkContent(readContentTree(GOOD));
    expect(problems).toEqual([]);
    expect(entries.length).toBe(15);
  });

  it('covers at least fifteen kinds of mistake with fixtures', () => {
    expect(badCases().length).toBeGreaterThanOrEqual(15);
  });

  for (const badCase of badCases()) {
    it(`reports the ${badCase} fixture with exactly the expected file: field: problem: fix lines`, () => {
      const lines = checkContent(treeWith(badCase), { logos: [] }).problems.map((p) => formatProblem(p));
      expect(lines).toEqual(expectedLines(badCase));
      for (const line of lines) expect(line).toMatch(LINE);
    });
  }

  it('accepts the real content of the portal', () => {
    const { problems } = checkContent(readContentTree('content'));
    expect(problems.map((p) => formatProblem(p))).toEqual([]);
  });
});
