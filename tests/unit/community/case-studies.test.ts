import { describe, expect, it } from 'vitest';
import { citationProblems, footnotes, sourceList } from '../../../src/lib/community/case-studies.ts';
import { checkContent, checkFile } from '../../../src/lib/content/check.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { entriesIn } from '../../../src/lib/content/entries.ts';
import { readContentTree } from '../../../src/lib/content/files.ts';
import { COLLECTIONS } from '../../../src/schemas/collections.ts';

const schema = COLLECTIONS.caseStudies.schema;
const study = {
  title: 'T',
  organisation: 'O',
  sector: 'public',
  country: 'FR',
  size: 'large',
  published: '2025-06-16',
  activities: ['GGI-A-17'],
  summary: 'S',
};
const report = { url: 'https://example.org/report', title: 'Report', date: '2025-06-16', main: true };
const news = { url: 'https://example.org/news', title: 'News' };
/** The content-check lines for a study with these sources (and `published`). */
const lines = (sources: unknown[], published = study.published) => {
  const front = JSON.stringify({ ...study, published, sources });
  return checkFile({ path: 'case-studies/x.md', text: `---\n${front}\n---\n\nText.\n` }).problems.map((p) =>
    formatProblem(p),
  );
};

describe("a case study's sources", () => {
  it("are accepted with one main source whose date is the study's published date", () => {
    const r = schema.safeParse({ ...study, sources: [report, news] });
    expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
  });
  it('must mark a main source', () => {
    expect(lines([{ ...report, main: undefined }, news])).toEqual([
      'content/case-studies/x.md: sources: marks no main source: add main: true to the source the study chiefly draws on',
    ]);
  });
  it('must mark only one main source', () => {
    expect(lines([report, { ...news, main: true }])).toEqual([
      'content/case-studies/x.md: sources: marks 2 main sources (sources[0], sources[1]): keep main: true on one of them only',
    ]);
  });
  it('need a date on the main source', () => {
    expect(lines([{ ...report, date: undefined }, news])).toEqual([
      'content/case-studies/x.md: sources[0].date: is missing on the main source: add the date the main source was published (YYYY-MM-DD); published must equal it',
    ]);
  });
  it("date the study: published must equal the main source's date", () => {
    expect(lines([report, news], '2026-11-29')).toEqual([
      'content/case-studies/x.md: published: is 2026-11-29, not the date of the main source (2025-06-16): set published to 2025-06-16',
    ]);
  });
  it('accept main: true only, and refuse a bare URL or a missing title', () => {
    expect(lines([report, { ...news, main: false }])).toEqual([
      'content/case-studies/x.md: sources[1].main: "false" is not an allowed value: use one of: true',
    ]);
    expect(lines([report, 'https://example.org/news'])).toHaveLength(1);
    expect(lines([report, { url: news.url }])).toEqual([
      'content/case-studies/x.md: sources[1].title: is missing: add "title:" with a value, as content/case-studies/_template.md shows',
    ]);
  });
});

describe('the sources a study page lists', () => {
  it('put the main source first, with its date for readers, and keep the others in order', () => {
    const list = sourceList([
      { url: 'https://a.org/', title: 'A' },
      { url: 'https://b.org/', title: 'B', date: new Date('2025-06-16T00:00:00Z'), main: true },
      { url: 'https://c.org/', title: 'C', date: new Date('2019-01-29T00:00:00Z') },
    ]);
    expect(list).toEqual([
      { url: 'https://b.org/', title: 'B', main: true, date: '16 June 2025', isoDate: '2025-06-16' },
      { url: 'https://a.org/', title: 'A', main: false },
      { url: 'https://c.org/', title: 'C', main: false, date: '29 January 2019', isoDate: '2019-01-29' },
    ]);
  });
});

describe('footnote citations', () => {
  const sources = [{ url: 'https://a.org/x' }, { url: 'https://b.org/y' }];
  const body =
    'One claim.[^a] Another,[^b] and the first again.[^a]\n\n[^a]: [A](https://a.org/x), 2025.\n[^b]: [B](https://b.org/y)\n';
  it('are read as the labels cited and the links each definition gives', () => {
    const { references, definitions } = footnotes(body);
    expect(references).toEqual(['a', 'b']);
    expect(Object.fromEntries(definitions)).toEqual({ a: ['https://a.org/x'], b: ['https://b.org/y'] });
  });
  it('pass when every footnote links to a listed source and every source is cited', () => {
    expect(citationProblems(body, sources)).toEqual([]);
  });
  it('name each fault: undefined or unused footnotes, links outside the sources, uncited sources, no citation at all', () => {
    expect(
      citationProblems(
        'Claim.[^a][^c]\n\n[^a]: [A](https://a.org/x)\n[^d]: [D](https://d.org/)\n[^e]: no link\n',
        sources,
      ),
    ).toEqual([
      '[^c] is cited but not defined',
      '[^d] is defined but no claim cites it',
      '[^d] links to https://d.org/, which is not in sources',
      '[^e] is defined but no claim cites it',
      '[^e] links to no source',
      'the source https://b.org/y is cited by no footnote',
    ]);
    expect(citationProblems('No footnotes here.', sources)).toContain(
      'no claim cites a source: add footnotes such as [^1]',
    );
  });
});

describe("the portal's case studies", () => {
  const files = readContentTree('content').filter((f) => /^case-studies\/[^_][^/]*\.md$/.test(f.path));
  const { entries } = checkContent(readContentTree('content'));
  it('are all there (five)', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });
  for (const f of files) {
    it(`${f.path} cites its sources per claim with footnotes, each linking to one of its sources, and cites every source`, () => {
      const entry = entriesIn(entries, 'caseStudies').find((e) => e.path === f.path)!;
      const body = f.text.replace(/^---[\s\S]*?\n---\n/, '');
      expect(citationProblems(body, entry.data.sources)).toEqual([]);
      expect(footnotes(body).references.length).toBeGreaterThanOrEqual(5);
    });
  }
});
