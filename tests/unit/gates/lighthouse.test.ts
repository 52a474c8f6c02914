import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  lighthousePages,
  lighthouseProblems,
  runLighthouse,
  scoreTable,
  scores,
  type LighthouseResult,
} from '../../../scripts/gates/lighthouse.ts';

/** A Lighthouse result with the given category scores (0–1) and audits. */
function lhr(
  categories: Record<string, number | null>,
  audits: { id: string; title: string; score: number | null; mode?: string; weight?: number; category: string }[] = [],
): LighthouseResult {
  return {
    categories: Object.fromEntries(
      Object.entries(categories).map(([id, score]) => [
        id,
        {
          title: id,
          score,
          auditRefs: audits.filter((a) => a.category === id).map((a) => ({ id: a.id, weight: a.weight ?? 1 })),
        },
      ]),
    ),
    audits: Object.fromEntries(
      audits.map((a) => [a.id, { id: a.id, title: a.title, score: a.score, scoreDisplayMode: a.mode ?? 'binary' }]),
    ),
  };
}

describe('the Lighthouse gate on one page', () => {
  it('passes when accessibility, best practices and SEO are 100, whatever performance is', () => {
    expect(lighthouseProblems('/', lhr({ performance: 0.42, accessibility: 1, 'best-practices': 1, seo: 1 }))).toEqual(
      [],
    );
  });

  it('names each audit that costs a category points, by id and title', () => {
    const result = lhr({ accessibility: 0.93, 'best-practices': 1, seo: 0.92 }, [
      {
        id: 'color-contrast',
        title: 'Background and foreground colors have a sufficient contrast ratio',
        score: 0,
        category: 'accessibility',
      },
      { id: 'image-alt', title: 'Image elements have [alt] attributes', score: 1, category: 'accessibility' },
      { id: 'link-text', title: 'Links have descriptive text', score: 0, category: 'seo' },
    ]);
    expect(lighthouseProblems('/ggi/', result)).toEqual([
      '/ggi/: accessibility 93: color-contrast (Background and foreground colors have a sufficient contrast ratio)',
      '/ggi/: seo 92: link-text (Links have descriptive text)',
    ]);
  });

  it('does not blame audits without weight or without a score (informative, manual, not applicable)', () => {
    const result = lhr({ accessibility: 0.98, 'best-practices': 1, seo: 1 }, [
      { id: 'label', title: 'Form elements have associated labels', score: 0, category: 'accessibility' },
      {
        id: 'focus-traps',
        title: 'User focus is not accidentally trapped',
        score: null,
        mode: 'manual',
        category: 'accessibility',
      },
      { id: 'td-has-header', title: 'Cells have headers', score: 0, weight: 0, category: 'accessibility' },
    ]);
    expect(lighthouseProblems('/', result)).toEqual([
      '/: accessibility 98: label (Form elements have associated labels)',
    ]);
  });

  it('says so when a category has no score, or when Lighthouse could not run', () => {
    expect(lighthouseProblems('/', lhr({ accessibility: 1, 'best-practices': null }))).toEqual([
      '/: best-practices has no score',
      '/: seo has no score',
    ]);
    const failed = { ...lhr({}), runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' } };
    expect(lighthouseProblems('/search/', failed)).toEqual([
      '/search/: Lighthouse could not run (NO_FCP: The page did not paint any content.)',
    ]);
  });
});

describe('the Lighthouse scores', () => {
  it('are 0–100 per category, and a Markdown table with a row per page and "–" where there is none', () => {
    const result = lhr({ performance: 0.987, accessibility: 1, 'best-practices': 1 });
    expect(scores(result)).toEqual({ performance: 99, accessibility: 100, 'best-practices': 100, seo: undefined });
    expect(scoreTable([{ page: { name: 'home', path: '/' }, lhr: result }]).split('\n')).toEqual([
      '| page | performance | accessibility | best-practices | seo |',
      '| --- | ---: | ---: | ---: | ---: |',
      '| home (`/`) | 99 | 100 | 100 | – |',
    ]);
  });
});

describe('the pages Lighthouse runs on', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ospo-lighthouse-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, html: string) => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), html);
  };

  it('are home, the activity page with the most HTML (not a redirect), the GGI overview, search and the scorecard', () => {
    write('ggi/activities/index.html', '<html>the list of all activities, not an activity</html>'.repeat(50));
    write('ggi/activities/short/index.html', '<html><p>short</p></html>');
    write('ggi/activities/long/index.html', `<html><p>${'long '.repeat(100)}</p></html>`);
    write('ggi/activities/former/index.html', `<meta http-equiv="refresh" content="0; url=/x/">${'x'.repeat(2000)}`);
    expect(lighthousePages(dir)).toEqual([
      { name: 'home', path: '/' },
      { name: 'activity', path: '/ggi/activities/long/' },
      { name: 'GGI overview', path: '/ggi/' },
      { name: 'search', path: '/search/' },
      { name: 'scorecard', path: '/ggi/scorecard/' },
    ]);
  });

  it('cannot be chosen from a build without activity pages', () => {
    expect(() => lighthousePages('tests/fixtures/site/own-origin/good')).toThrow(/no activity page/);
  });
});

describe('a Lighthouse run', () => {
  it('without a browser at CHROMIUM_PATH, fails saying to install Chromium, before it starts anything', async () => {
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nowhere/chromium';
    try {
      await expect(runLighthouse('tests/fixtures/site/good', [{ name: 'home', path: '/' }], ['seo'])).rejects.toThrow(
        'no browser at /nowhere/chromium: install Chromium (Debian: chromium), or set CHROMIUM_PATH',
      );
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
  });
});
