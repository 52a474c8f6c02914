import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  githubAnnotation,
  problemReport,
  summaryLine,
  type Problem,
} from '../../../src/lib/content/problems.ts';

const problem: Problem = {
  file: 'members/x.md',
  field: 'website',
  problem: 'is not a web address: 50% off',
  fix: 'write https://…, e.g. https://ow2.org',
  line: 7,
};

describe('problem lines', () => {
  it("reads file: field: what is wrong: how to fix, under the content folder's label", () => {
    expect(formatProblem(problem)).toBe(
      'content/members/x.md: website: is not a web address: 50% off: write https://…, e.g. https://ow2.org',
    );
    expect(formatProblem(problem, 'ggi-import')).toMatch(/^ggi-import\/members\/x\.md: /);
  });

  it("becomes a GitHub annotation on the problem's line, with the command's special characters escaped", () => {
    expect(githubAnnotation(problem)).toBe(
      '::error file=content/members/x.md,line=7,title=website%3A is not a web address%3A 50%25 off::website: is not a web address: 50%25 off: write https://…, e.g. https://ow2.org',
    );
    expect(githubAnnotation({ ...problem, line: undefined })).not.toContain('line=');
  });

  it('adds the annotations after the lines only on GitHub Actions', () => {
    expect(problemReport([problem])).toEqual([formatProblem(problem)]);
    expect(problemReport([problem], 'content', true)).toEqual([formatProblem(problem), githubAnnotation(problem)]);
  });

  it('closes with the count of problems, singular or plural, and what happens next', () => {
    expect(summaryLine(1)).toBe('1 problem in content/. Each line reads file: field: what is wrong: how to fix.');
    expect(summaryLine(3, 'content', ': astro build stops here')).toBe(
      '3 problems in content/: astro build stops here. Each line reads file: field: what is wrong: how to fix.',
    );
  });
});
