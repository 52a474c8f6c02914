import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as routes from '../../src/lib/routes.ts';
import { withBase } from '../../src/lib/site/urls.ts';

const {
  activitiesPath,
  activityIdPath,
  activityPath,
  caseStudiesPath,
  caseStudyPath,
  formerSitePath,
  ggiApiPath,
  ggiApiSchemaPath,
  ggiPath,
  goalPath,
  handbookPath,
  handbookPdfPath,
  innerSourcePath,
  homePath,
  membersPath,
  methodologyPath,
  newsListPath,
  newsPath,
  onrampPath,
  onrampSeriesIcsPath,
  onrampSessionIcsPath,
  onrampSessionPath,
  pagePath,
  rssPath,
  scorecardPath,
  scorecardSchemaPath,
  searchPath,
} = routes;

/** Every route function with an example argument list and the site path it must give in English. */
const ROUTES: [name: string, path: (lang?: string) => string, expected: string][] = [
  ['home', (l) => homePath(l), '/'],
  ['GGI overview', (l) => ggiPath(l), '/ggi/'],
  ['activity list', (l) => activitiesPath(l), '/ggi/activities/'],
  ['activity', (l) => activityPath('manage-open-source-skills', l), '/ggi/activities/manage-open-source-skills/'],
  ['activity by id (redirect)', (l) => activityIdPath('GGI-A-18', l), '/ggi/GGI-A-18/'],
  ['goal', (l) => goalPath('trust', l), '/ggi/goals/trust/'],
  ['methodology', (l) => methodologyPath(l), '/ggi/methodology/'],
  ['InnerSource', (l) => innerSourcePath(l), '/ggi/innersource/'],
  ['one-page handbook', (l) => handbookPath(l), '/ggi/handbook/'],
  ['handbook PDF', (l) => handbookPdfPath('1.3', l), '/ggi/ggi-handbook-1.3.pdf'],
  ['scorecard', (l) => scorecardPath(l), '/ggi/scorecard/'],
  ['case study list', (l) => caseStudiesPath(l), '/case-studies/'],
  ['case study', (l) => caseStudyPath('acme-ospo', l), '/case-studies/acme-ospo/'],
  ['members', (l) => membersPath(l), '/members/'],
  ['OnRamp list', (l) => onrampPath(l), '/onramp/'],
  [
    'OnRamp session',
    (l) => onrampSessionPath('2025-10-17-open-source-strategy-geneva', l),
    '/onramp/2025-10-17-open-source-strategy-geneva/',
  ],
  [
    'OnRamp session calendar',
    (l) => onrampSessionIcsPath('2025-10-17-open-source-strategy-geneva', l),
    '/onramp/2025-10-17-open-source-strategy-geneva.ics',
  ],
  ['OnRamp series calendar', (l) => onrampSeriesIcsPath(l), '/onramp/series.ics'],
  ['news list', (l) => newsListPath(l), '/news/'],
  ['news post', (l) => newsPath('2021-06-23-ospo-alliance-launched', l), '/news/2021-06-23-ospo-alliance-launched/'],
  ['search', (l) => searchPath(l), '/search/'],
  ['GGI data', (l) => ggiApiPath(l), '/api/ggi.json'],
  ['GGI data schema', (l) => ggiApiSchemaPath(l), '/api/ggi.schema.json'],
  ['scorecard document schema', (l) => scorecardSchemaPath(l), '/api/scorecard.schema.json'],
  ['RSS feed', (l) => rssPath(l), '/rss.xml'],
  ['translation status', (l) => routes.translationsPath(l), '/translations/'],
  ['stand-alone page', (l) => pagePath('governance', l), '/governance/'],
  [
    'former-site address',
    (l) => formerSitePath('news/20260112_quarterly_q4_update_recap', l),
    '/news/20260112_quarterly_q4_update_recap/',
  ],
];

const LANGUAGE_HELPERS = ['languageOfPath', 'pathInLanguage', 'langParam', 'languageOfParam'];

describe("the route table's language helpers", () => {
  it('reads the language of a site path from its prefix, English where there is none', () => {
    expect(routes.languageOfPath('/fr/ggi/activities/x/')).toBe('fr');
    expect(routes.languageOfPath('/de/')).toBe('de');
    expect(routes.languageOfPath('/ggi/')).toBe('en');
    expect(routes.languageOfPath('/french-page/')).toBe('en');
  });
  it('gives the same page in another language and back', () => {
    expect(routes.pathInLanguage('/ggi/goals/trust/', 'fr')).toBe('/fr/ggi/goals/trust/');
    expect(routes.pathInLanguage('/fr/ggi/goals/trust/', 'en')).toBe('/ggi/goals/trust/');
    expect(routes.pathInLanguage('/fr/ggi/goals/trust/', 'de')).toBe('/de/ggi/goals/trust/');
    expect(routes.pathInLanguage('/', 'fr')).toBe('/fr/');
  });
  it('gives the default language no route parameter and another its name', () => {
    expect(routes.langParam('en')).toBeUndefined();
    expect(routes.langParam('fr')).toBe('fr');
    expect(routes.languageOfParam(undefined)).toBe('en');
    expect(routes.languageOfParam('de')).toBe('de');
  });
});

describe('the route table', () => {
  it.each(ROUTES)('gives the site path of the %s page, without base', (_name, path, expected) => {
    expect(path()).toBe(expected);
  });
  it.each(ROUTES)('gives the %s page in English without a language prefix', (_name, path, expected) => {
    expect(path('en')).toBe(expected);
  });
  it.each(ROUTES)('puts /<lang> in front of the %s page in another language', (_name, path, expected) => {
    expect(path('fr')).toBe(`/fr${expected}`);
    expect(path('de')).toBe(`/de${expected}`);
  });
  it.each(ROUTES)('gives the %s page under the base path through withBase', (_name, path, expected) => {
    expect(withBase('/ospo-zone/', path())).toBe(`/ospo-zone${expected}`);
    expect(withBase('/', path('fr'))).toBe(`/fr${expected}`);
  });
  it('has a test row for every route function it exports', () => {
    // The language helpers (LANGUAGE_HELPERS) take or give a language, not a page's path.
    const functions = Object.entries(routes).filter(
      ([name, v]) => typeof v === 'function' && !LANGUAGE_HELPERS.includes(name),
    ).length;
    expect(ROUTES.length).toBe(functions);
  });
  it('publishes the methodology page under the handbook and any other stand-alone page at the top', () => {
    expect(pagePath('methodology')).toBe('/ggi/methodology/');
    expect(pagePath('join', 'fr')).toBe('/fr/join/');
  });
  it('takes a former-site address with or without its slashes', () => {
    expect(formerSitePath('/news/20251017_onramp_ocsin_open_source_strategy/')).toBe(
      '/news/20251017_onramp_ocsin_open_source_strategy/',
    );
  });
});

/**
 * The rule the source-tree test enforces: outside src/lib/routes.ts, no code in src/ or
 * astro.config.mjs (.ts, .astro, .mjs, .js, .css) spells a site path, i.e. a path under one of the site's
 * sections (SECTIONS below) or the RSS feed's `rss.xml`. Spelled means: a string (quotes,
 * backticks, an attribute value) that starts with the section, with or without a leading slash
 * (`'ggi/'`, `"/news/"`, `` `onramp/${id}.ics` ``), a section right after an interpolation
 * (`${base}search/`, `${base}/search/`), a `/<section>/` after a space (`the old address /ggi/activities/…`),
 * a string that is `/<section>` without its slash, or a section in a regular expression literal
 * (`\\/ggi\\/`, except in the importer, UPSTREAM_READERS). CSS counts too (`a[href*='/ggi/']`).
 * Allowed: comments (`/* … *\/`, `/** … *\/`, `// …` after a space or at a line's start, `<!-- … -->`),
 * which may mention paths; `#anchors`, `/_astro/`, files of public/ and content folders
 * (`content/news/`) are not site paths; URLs of other sites (`https://host/news/`); and the
 * argument of `formerSitePath(…)`, an address of the site this portal replaces (a fact about
 * that site, not a route of this one). Tests (tests/) may spell paths: they state what the
 * routes must give.
 */
const SECTIONS = ['ggi', 'case-studies', 'members', 'onramp', 'news', 'search', 'api'];
const SECTION = `(?:${SECTIONS.join('|')})/`;
const BARE_SECTION = `(?:${SECTIONS.join('|')})`;
const OFFENDING = [
  // A string that starts with a section or with rss.xml, with or without its leading slash.
  new RegExp(`(?<!formerSitePath\\()(['"\`])/?(?:${SECTION}|rss\\.xml)`),
  // A string that is a section without its trailing slash (`'/search'`, `"/api?x"`).
  new RegExp(`(?<!formerSitePath\\()(['"\`])/${BARE_SECTION}(?=['"\`?#])`),
  // A section after an interpolation (`${base}search/`, `${base}/search/`), or `/<section>/` after a space.
  new RegExp(`(?:\\}/?|\\s/)${SECTION}`),
  // A section in a regular expression literal (`/\\/ggi\\/activities\\//`).
  new RegExp(`\\\\/${BARE_SECTION}\\\\/`),
];
/**
 * Files that may match site paths in regular expressions: the importer reads the addresses in the
 * upstream handbook's text, which point at the handbook's own site (facts about another site).
 */
const UPSTREAM_READERS = [join('src', 'lib', 'importer')];

/** `text` with its comments blanked (same line numbers): block, HTML and `//` comments. */
function withoutComments(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return text
    .replace(/(^|\s)\/\*[\s\S]*?\*\//g, (m, lead: string) => lead + blank(m.slice(lead.length)))
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/(^|\s)\/\/.*$/gm, (m, lead: string) => lead + blank(m.slice(lead.length)));
}

/** The `line: code` of each line of `text` that spells a site path by hand. */
function handWrittenPaths(text: string, file = ''): string[] {
  const original = text.split('\n');
  const patterns = UPSTREAM_READERS.some((dir) => file.startsWith(dir)) ? OFFENDING.slice(0, -1) : OFFENDING;
  return withoutComments(text)
    .split('\n')
    .flatMap((line, i) => (patterns.some((p) => p.test(line)) ? [`${i + 1}: ${original[i].trim()}`] : []));
}

/** Files of the source tree the rule covers, relative to the repository root. */
function sourceFiles(): string[] {
  const out = ['astro.config.mjs'];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|astro|mjs|js|css)$/.test(e.name) && p !== join('src', 'lib', 'routes.ts')) out.push(p);
    }
  };
  walk('src');
  return out;
}

describe('site paths in the source tree', () => {
  it('finds a path written in a string, an attribute or a template, and not one in a comment', () => {
    expect(handWrittenPaths("const a = href('ggi/');")).toHaveLength(1);
    expect(handWrittenPaths('<a href="/members/">Members</a>')).toHaveLength(1);
    expect(handWrittenPaths('const b = `onramp/${id}.ics`;')).toHaveLength(1);
    expect(handWrittenPaths("link('rss.xml')")).toHaveLength(1);
    expect(handWrittenPaths('const c = `${base}/search/`;')).toHaveLength(1);
    expect(handWrittenPaths('const c = `${import.meta.env.BASE_URL}search/`;')).toHaveLength(1);
    expect(handWrittenPaths('lines.push(`the old address /ggi/activities/${slug}/ should redirect`);')).toHaveLength(1);
    expect(
      handWrittenPaths('/** Lives at `/ggi/activities/<slug>/`. */\nconst d = 1; // see /news/\n<!-- /search/ -->'),
    ).toEqual([]);
    expect(
      handWrittenPaths("folder=\"content/news/\" url='https://example.org/news/' import './search/trigger.ts';"),
    ).toEqual([]);
    expect(handWrittenPaths("{ from: formerSitePath('/news/20260112_recap/') }")).toEqual([]);
    expect(handWrittenPaths('if (path.startsWith(\'/api\')) go(href("/search?q=x"));')).toHaveLength(1);
    expect(handWrittenPaths('const slug = /\\/ggi\\/activities\\/([^/]+)/.exec(url);')).toHaveLength(1);
    expect(
      handWrittenPaths('const slug = /\\/ggi\\/activities\\/([^/]+)/.exec(url);', 'src/lib/importer/upstream.ts'),
    ).toEqual([]);
    expect(handWrittenPaths(".prose a[href*='/ggi/activities/'] { white-space: nowrap; }")).toHaveLength(1);
    expect(handWrittenPaths("const kind = 'news'; type('search');")).toEqual([]);
  });
  it('has no site path written by hand outside src/lib/routes.ts (use its functions)', () => {
    const offenders = sourceFiles().flatMap((file) =>
      handWrittenPaths(readFileSync(file, 'utf8'), file).map((hit) => `${file}:${hit}`),
    );
    expect(offenders, `site paths written by hand; take them from src/lib/routes.ts:\n${offenders.join('\n')}`).toEqual(
      [],
    );
  });
});
