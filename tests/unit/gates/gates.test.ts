import { describe, expect, it } from 'vitest';
import { budgetGate, headGate, headProblems, htmlGate, linkGate } from '../../../scripts/gates/gates.ts';
import { ownOrigin } from '../../../src/lib/site/former-site.ts';

const GOOD = 'tests/fixtures/site/good';
const BROKEN = 'tests/fixtures/site/broken';
const OWN = 'tests/fixtures/site/own-origin';

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

describe("the link gate on links to the site's own origin", () => {
  const site = 'https://example.org';
  const offPortal = [{ path: '/files/kept-elsewhere.pdf', reason: 'a file the fixture site does not serve' }];
  it('checks them in the built site like internal links, with or without www and over http, and passes when they resolve', async () => {
    const r = await linkGate(`${OWN}/good`, { site, offPortal });
    expect(r.problems).toEqual([]);
    expect(r.external).toEqual(['https://example.org.other.test/page/']);
    expect(r.offPortal).toEqual(['https://example.org/files/kept-elsewhere.pdf']);
  });
  it('fails on a link to a path of the off-portal list once the path is off the list', async () => {
    const r = await linkGate(`${OWN}/good`, { site, offPortal: [] });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/broken link \S*\/files\/kept-elsewhere\.pdf \(404/);
  });
  it('fails on an absolute link to an old address with nothing behind it, and on a missing anchor behind such a link', async () => {
    const r = await linkGate(`${OWN}/broken`, { site, offPortal });
    expect(r.problems).toHaveLength(2);
    expect(r.problems.some((p) => /broken link \S*\/gone\/ \(404/.test(p))).toBe(true);
    expect(r.problems.some((p) => p.includes('/page/#nowhere'))).toBe(true);
  });
  it('leaves the same links alone when the site has another origin', async () => {
    const r = await linkGate(`${OWN}/broken`, { site: 'https://portal.example.net', offPortal });
    expect(r.problems).toEqual([]);
    expect(r.external).toContain('https://example.org/gone/');
  });
});

describe('ownOrigin', () => {
  const own = ownOrigin('https://ospo-alliance.org', ['/docs/a.pdf']);
  it('matches the origin with and without www, over http or https, with a port', () => {
    for (const url of [
      'https://ospo-alliance.org/governance',
      'http://www.ospo-alliance.org/',
      'https://OSPO-Alliance.org:443/x',
      'https://ospo-alliance.org',
    ])
      expect(own.test(url), url).toBe(true);
  });
  it('does not match other hosts, even look-alikes', () => {
    for (const url of [
      'https://ospo-alliance.org.example/x',
      'https://new.ospo-alliance.org/x',
      'https://example.org/ospo-alliance.org/',
    ])
      expect(own.test(url), url).toBe(false);
  });
  it('leaves out the excepted paths exactly, with a query or fragment, and not the paths that only start like them', () => {
    expect(own.test('https://ospo-alliance.org/docs/a.pdf')).toBe(false);
    expect(own.test('https://www.ospo-alliance.org/docs/a.pdf#page=2')).toBe(false);
    expect(own.test('https://ospo-alliance.org/docs/a.pdf.old')).toBe(true);
  });
});

describe('the head gate', () => {
  it('passes pages with every tag and valid JSON-LD', () => {
    expect(headGate(GOOD)).toEqual([]);
  });
  it('fails on a missing description and on JSON-LD without a required property', () => {
    expect(headGate(BROKEN)).toEqual([
      '/: no meta description',
      '/ggi/activities/x/: JSON-LD Article lacks "headline"',
    ]);
  });
  it('fails on JSON-LD that does not parse, and on a page without the JSON-LD its type needs', () => {
    expect(headProblems('/x/', '<title>Title</title><script type="application/ld+json">{oops</script>')).toContainEqual(
      expect.stringMatching(/^\/x\/: JSON-LD does not parse/),
    );
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
    expect(problems[0]).toMatch(
      /^ggi\/activities\/x\/index\.html \(activity\): frame HTML is [\d,]+ bytes gzipped, [\d,]+ bytes over the 7,000-byte budget for activity pages: a code change must fix this/,
    );
  });
});
