import { describe, expect, it } from 'vitest';
import { budgetGate, headGate, headProblems, htmlGate, linkGate } from '../../src/lib/gates.ts';

const GOOD = 'tests/fixtures/site/good';
const BROKEN = 'tests/fixtures/site/broken';

describe('the HTML validity gate', () => {
  it('passes valid pages', async () => {
    expect(await htmlGate(GOOD)).toEqual([]);
  });
  it('fails on a duplicate id and a block element inside a paragraph', async () => {
    const problems = await htmlGate(BROKEN);
    expect(problems.some((p) => p.startsWith('index.html:') && p.includes('no-dup-id'))).toBe(true);
    expect(problems.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the link gate', () => {
  it('passes when every internal link and anchor resolves, and lists external links without fetching them', async () => {
    const r = await linkGate(GOOD);
    expect(r.problems).toEqual([]);
    expect(r.external).toContain('https://example.org/elsewhere');
  });
  it('fails on a missing page and on a missing anchor', async () => {
    const r = await linkGate(BROKEN);
    expect(r.problems.some((p) => p.includes('/missing/'))).toBe(true);
    expect(r.problems.some((p) => p.includes('#nowhere'))).toBe(true);
  });
});

describe('the head gate', () => {
  it('passes pages with every tag and valid JSON-LD', () => {
    expect(headGate(GOOD)).toEqual([]);
  });
  it('fails on a missing description and on JSON-LD without a required property', () => {
    expect(headGate(BROKEN)).toEqual(['/: no meta description', '/ggi/activities/x/: JSON-LD Article lacks "headline"']);
  });
  it('fails on JSON-LD that does not parse, and on a page without the JSON-LD its type needs', () => {
    expect(headProblems('/x/', '<title>Title</title><script type="application/ld+json">{oops</script>')).toContainEqual(expect.stringMatching(/^\/x\/: JSON-LD does not parse/));
    expect(headProblems('/onramp/a/', '<title>Title</title>', 'Event')).toContain('/onramp/a/: no JSON-LD Event');
  });
});

describe('the page-weight budget', () => {
  it('passes light pages', () => {
    expect(budgetGate(GOOD).problems).toEqual([]);
  });
  it('fails an activity page whose frame (the text outside its content regions) is over the activity budget', () => {
    const { problems } = budgetGate(BROKEN);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^ggi\/activities\/x\/index\.html \(activity\): frame HTML is [\d,]+ bytes gzipped, [\d,]+ bytes over the 5,500-byte budget for activity pages: a code change must fix this/);
  });
});
