import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  budgetGate,
  bytes,
  frameHtml,
  gatesSummary,
  PAGE_TYPES,
  pageTypeOf,
  type PageType,
} from '../../../scripts/gates/gates.ts';

/** Text gzip cannot shrink much (a fixed pseudo-random sequence of letters), `n` words long. */
function noise(n: number, seed = 1): string {
  let x = seed;
  const word = () => {
    let w = '';
    for (let i = 0, len = 3 + (x % 7); i < len; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      w += String.fromCharCode(97 + ((x >> 16) % 26));
    }
    return w;
  };
  return Array.from({ length: n }, word).join(' ');
}

/**
 * A built activity page as the portal writes it, reduced: head tags, header, title and summary,
 * the marked content regions (body, verification points, "next" cards, "activities that lead
 * here", case studies) and a footer. `frameNoise` words of unmarked text grow the frame.
 */
function activityPage(o: { next?: number; studies?: number; bodyWords?: number; frameNoise?: number } = {}): string {
  const { next = 1, studies = 1, bodyWords = 200, frameNoise = 0 } = o;
  const card = (i: number) =>
    `<li><article class="flex h-full flex-col rounded-lg border border-border p-4"><p class="font-mono text-xs text-muted">GGI-A-${30 + i}</p><h3 class="mt-1 font-semibold leading-snug"><a href="/ggi/activities/a_${i}/">${noise(4, i + 100)}</a></h3><p class="mt-2 text-sm">${noise(22, i + 200)}</p></article></li>`;
  const study = (i: number) =>
    `<li><a href="/case-studies/s-${i}/">${noise(9, i + 300)}</a> <span class="text-sm text-muted">(${noise(2, i + 400)})</span></li>`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Manage legal compliance | OSPO.Zone</title><meta name="description" content="Put people, tools and routines in place."><link rel="stylesheet" href="/site.css"></head><body><header><a href="/">OSPO.Zone</a><nav aria-label="Main"><a href="/ggi/">GGI handbook</a></nav></header><main><h1>Manage legal compliance</h1><p>${noise(frameNoise, 7)}</p><nav aria-labelledby="toc"><h2 id="toc">On this page</h2><ul data-budget="content"><li><a href="#description">Description</a></li></ul></nav><div class="prose" data-budget="content"><h2 id="description">Description</h2><p>${noise(bodyWords, 11)}</p></div><section><h2>Progress assessment</h2><ul class="checklist" data-budget="content"><li>${noise(12, 13)}</li></ul></section><section><h2>Proposed next activities</h2><ul class="mt-4 grid gap-4" data-budget="content">${Array.from({ length: next }, (_, i) => card(i)).join('')}</ul></section><section><h2 id="case-studies">Case studies</h2><ul class="mt-3 list-disc" data-budget="content">${Array.from({ length: studies }, (_, i) => study(i)).join('')}</ul></section></main><footer><p>Published by the OSPO Alliance.</p></footer><script type="module" src="/site.js"></script></body></html>`;
}

/** Temporary folders the tests wrote, removed at the end. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A built site in a new temporary folder: file path in dist/ → its contents. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ospo-budget-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const ACTIVITY = 'ggi/activities/manage_legal_compliance/index.html';
const ASSETS = {
  'site.css': `body{margin:0}\n${noise(40, 5)}`,
  'site.js': `console.log(${JSON.stringify(noise(20, 6))});`,
};
/** Small limits for tests that read exact numbers: an activity frame ≤ 1,000 bytes, whole page ≤ 5,000. */
const SMALL: PageType[] = [
  {
    name: 'activity',
    pattern: /^ggi\/activities\/[^/]+\/index\.html$/,
    frame: 1_000,
    page: 5_000,
    css: 10_000,
    js: 10_000,
  },
];

describe('the frame of a page', () => {
  it('is the HTML with every element marked data-budget="content" cut out whole, nested marks included, and nothing else changed', () => {
    const html =
      '<head><meta name="keywords" content="a, b" data-budget="content"><title>T</title></head><body><ul data-budget="content"><li>a<ul data-budget="content"><li>b</li></ul></li></ul><p>kept</p><div data-budget=content>gone</div><p data-budget="other">kept too</p></body>';
    expect(frameHtml(html)).toBe(
      '<head><title>T</title></head><body><p>kept</p><p data-budget="other">kept too</p></body>',
    );
  });
  it('is the whole page when nothing is marked', () => {
    const html = activityPage().replaceAll(' data-budget="content"', '');
    expect(frameHtml(html)).toBe(html);
  });
});

describe('page types', () => {
  const type = (file: string, html = '<!DOCTYPE html><html lang="en"><title>x</title></html>') =>
    pageTypeOf(file, html)?.name;
  it('give every kind of page the portal builds a type, the one-page handbook, search, the lists and the 404 page included', () => {
    expect(type('index.html')).toBe('home');
    expect(type('404.html')).toBe('404');
    expect(type('search/index.html')).toBe('search');
    expect(type('ggi/index.html')).toBe('GGI overview');
    expect(type('ggi/handbook/index.html')).toBe('one-page handbook');
    expect(type('ggi/activities/index.html')).toBe('activity list');
    expect(type('ggi/activities/upstream_first/index.html')).toBe('activity');
    expect(type('ggi/goals/trust/index.html')).toBe('goal');
    expect(type('ggi/methodology/index.html')).toBe('page');
    expect(type('case-studies/index.html')).toBe('case study list');
    expect(type('case-studies/cern/index.html')).toBe('case study');
    expect(type('members/index.html')).toBe('members');
    expect(type('news/index.html')).toBe('news list');
    expect(type('news/2021-06-23-ospo-alliance-launched/index.html')).toBe('news');
    expect(type('onramp/index.html')).toBe('OnRamp list');
    expect(type('onramp/2025-10-17-open-source-strategy-geneva/index.html')).toBe('OnRamp session');
  });
  it('take a new file of content/pages/ and a page in another language as the type they are, without a code change', () => {
    expect(type('charter/index.html')).toBe('page');
    expect(type('fr/ggi/activities/upstream_first/index.html')).toBe('activity');
    expect(type('fr/index.html')).toBe('home');
  });
  it('tell redirect pages by their meta refresh, wherever they are', () => {
    const redirect =
      '<!doctype html><title>Redirecting to: /ggi/activities/x/</title><meta http-equiv="refresh" content="0;url=/ggi/activities/x/">';
    expect(type('ggi/GGI-A-17/index.html', redirect)).toBe('redirect');
    expect(type('ggi/activities/hr_perspective/index.html', redirect)).toBe('redirect');
    expect(type('ggi/GGI-A-17/index.html')).toBeUndefined();
  });
  it('give the scorecard page a type of its own, with its own script budget', () => {
    expect(type('ggi/scorecard/index.html')).toBe('scorecard');
    expect(PAGE_TYPES.find((t) => t.name === 'scorecard')?.js).toBe(15_000);
  });
  it('match no new section of the site, nor a page below an entry', () => {
    expect(type('ggi/tracker/index.html')).toBeUndefined();
    expect(type('ggi/activities/upstream_first/print/index.html')).toBeUndefined();
    expect(type('members/x/index.html')).toBeUndefined();
  });
  it('each have a frame limit, and CSS and JS limits', () => {
    for (const t of PAGE_TYPES) expect([t.name, t.frame > 0 && t.css > 0 && t.js > 0]).toEqual([t.name, true]);
  });
});

describe('the page-weight budget', () => {
  it('passes an activity page whose "next" cards and case studies grew far past the old 7 kB limit, since only its frame counts', () => {
    const dir = site({ ...ASSETS, [ACTIVITY]: activityPage({ next: 12, studies: 20, bodyWords: 1_200 }) });
    const { types, problems } = budgetGate(dir);
    expect(problems).toEqual([]);
    expect(types[0].heaviest.page.bytes).toBeGreaterThan(7 * 1024);
    expect(types[0].heaviest.frame.bytes).toBeLessThan(1_000);
  });
  it('measures the same frame for a page with one more "next" card and one more case study', () => {
    const before = budgetGate(site({ ...ASSETS, [ACTIVITY]: activityPage({ next: 1, studies: 1 }) }), SMALL).types[0]
      .heaviest;
    const after = budgetGate(site({ ...ASSETS, [ACTIVITY]: activityPage({ next: 2, studies: 2 }) }), SMALL).types[0]
      .heaviest;
    expect(after.frame.bytes).toBe(before.frame.bytes);
    expect(after.page.bytes).toBeGreaterThan(before.page.bytes);
  });
  it('fails a page whose frame is over its limit, in exact bytes, saying a code change must fix it', () => {
    const dir = site({ ...ASSETS, [ACTIVITY]: activityPage({ frameNoise: 300 }) });
    const { types, problems } = budgetGate(dir, SMALL);
    const frame = types[0].heaviest.frame.bytes;
    expect(frame).toBeGreaterThan(1_000);
    expect(problems).toEqual([
      `${ACTIVITY} (activity): frame HTML is ${bytes(frame)} bytes gzipped, ${bytes(frame - 1_000)} bytes over the 1,000-byte budget for activity pages: a code change must fix this (layout, head tags, header, footer or component chrome grew; regions marked data-budget="content" do not count)`,
    ]);
  });
  it('fails a page whose content outgrew the ceiling, saying a content change must fix it', () => {
    const dir = site({ ...ASSETS, [ACTIVITY]: activityPage({ bodyWords: 2_500 }) });
    const { types, problems } = budgetGate(dir, SMALL);
    const whole = types[0].heaviest.page.bytes;
    expect(whole).toBeGreaterThan(5_000);
    expect(problems).toEqual([
      `${ACTIVITY} (activity): whole page, content included, is ${bytes(whole)} bytes gzipped, ${bytes(whole - 5_000)} bytes over the 5,000-byte content ceiling for activity pages: a content change must fix this (shorten the page's text or lists, or split it into several pages)`,
    ]);
  });
  it('fails a page whose stylesheets or scripts are over their limits, saying a code change must fix it', () => {
    const dir = site({
      ...ASSETS,
      'site.js': `console.log(${JSON.stringify(noise(3_000, 9))});`,
      [ACTIVITY]: activityPage(),
    });
    const problems = budgetGate(dir, SMALL).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^ggi\/activities\/manage_legal_compliance\/index\.html \(activity\): JS is [\d,]+ bytes gzipped, [\d,]+ bytes over the 10,000-byte budget for activity pages: a code change must fix this$/,
    );
  });
  it('counts a JSON data block as HTML, not as script, and an inline script as script', () => {
    const data = `<script type="application/json" id="d">${JSON.stringify(noise(2_000, 3))}</script>`;
    const withData = activityPage().replace('</main>', `${data}</main>`);
    const withScript = activityPage().replace(
      '</main>',
      `<script>console.log(${JSON.stringify(noise(2_000, 3))})</script></main>`,
    );
    const plain = budgetGate(site({ ...ASSETS, [ACTIVITY]: activityPage() }), SMALL).types[0].heaviest;
    const dataPage = budgetGate(site({ ...ASSETS, [ACTIVITY]: withData }), SMALL).types[0].heaviest;
    const scriptPage = budgetGate(site({ ...ASSETS, [ACTIVITY]: withScript }), SMALL).types[0].heaviest;
    expect(dataPage.js.bytes).toBe(plain.js.bytes);
    expect(dataPage.page.bytes).toBeGreaterThan(plain.page.bytes + 3_000);
    expect(scriptPage.js.bytes).toBeGreaterThan(plain.js.bytes + 3_000);
  });
  it('fails a built page that matches no page type, so that a new kind of page cannot slip through', () => {
    const dir = site({ ...ASSETS, [ACTIVITY]: activityPage(), 'ggi/tracker/index.html': activityPage() });
    expect(budgetGate(dir).problems).toEqual([
      'ggi/tracker/index.html: matches no page type of the page-weight budget: a code change must add its type, with its limits, to PAGE_TYPES in scripts/gates/gates.ts',
    ]);
  });
});

describe('the job summary of the gates', () => {
  const dir = site({ ...ASSETS, [ACTIVITY]: activityPage({ frameNoise: 300 }) });
  const budget = budgetGate(dir, SMALL);
  const markdown = gatesSummary([
    { name: 'page-weight budget', problems: budget.problems, checked: '1 pages', budget: budget.types },
    { name: 'HTML validity', problems: [], checked: '84 pages' },
    {
      name: 'internal links and anchors',
      problems: Array.from({ length: 25 }, (_, i) => `/p${i}/: broken link /missing/ (404)`),
    },
    { name: 'head tags and JSON-LD', problems: [], checked: '52 pages of the sitemap' },
  ]);
  const lines = markdown.split('\n');
  it('opens with the verdict, then a section per gate that says whether it passed', () => {
    expect(lines[0]).toBe('## Quality gates: 2 of 4 failed');
    expect(lines.filter((l) => l.startsWith('### '))).toEqual([
      '### page-weight budget: failed',
      '### HTML validity: passed',
      '### internal links and anchors: failed',
      '### head tags and JSON-LD: passed',
    ]);
  });
  it('gives the budget a row per page type: heaviest frame page, frame bytes, limit, margin (bold when negative), whole page and ceiling', () => {
    const t = budget.types[0].heaviest;
    expect(lines).toContain(
      `| activity (1) | ${ACTIVITY} | ${bytes(t.frame.bytes)} | 1,000 | **−${bytes(t.frame.bytes - 1_000)}** | ${bytes(t.page.bytes)} | 5,000 | ${bytes(t.css.bytes)} | ${bytes(t.js.bytes)} |`,
    );
  });
  it('gives the other gates pass or fail with what they checked and how many problems, and lists the first 20 problems', () => {
    expect(lines).toContain('| ✅ passed | 84 pages | 0 |');
    expect(lines).toContain('| ❌ failed | – | 25 |');
    expect(lines).toContain('/p19/: broken link /missing/ (404)');
    expect(lines).not.toContain('/p20/: broken link /missing/ (404)');
    expect(lines).toContain('… and 5 more (see the job log).');
  });
  it('says all passed when none failed', () => {
    expect(gatesSummary([{ name: 'HTML validity', problems: [] }]).split('\n')[0]).toBe(
      '## Quality gates: all 1 passed',
    );
  });
});
