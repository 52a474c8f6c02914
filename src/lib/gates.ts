/**
 * Quality gates over a built site (a `dist/` folder), run by `npm run gates` (and `npm test`):
 *   - html:   every page valid under the rule set in .htmlvalidate.json (html-validate);
 *   - links:  every internal link and #anchor resolves (linkinator, offline), links to the site's
 *             own origin included (unless the portal does not serve the path: former-site.ts);
 *             external links are listed, not fetched;
 *   - head:   every page in the sitemap has a title, description, canonical URL, OpenGraph and
 *             Twitter tags, and its JSON-LD parses and carries the properties its type requires;
 *   - budget: per page type, gzipped HTML, CSS and JS fetched before any interaction stay within
 *             limits (HTML ≤ 7 kB, CSS ≤ 12 kB, JS ≤ 5 kB on content pages; HTML ≤ 12 kB on
 *             index pages).
 * Each returns problems as lines `<page>: <what is wrong>`; an empty list passes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { LinkChecker, LinkState } from 'linkinator';
import { createServer } from 'node:net';
import { OFF_PORTAL_PATHS, ownOrigin, type OffPortalPath } from './former-site.ts';
import { DEFAULT_SITE_URL } from './routes.ts';

/** Every .html file below `dir`, relative paths with `/`. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** html-validate on every page, with the project's rule set (.htmlvalidate.json at `configRoot`). */
export async function htmlGate(dir: string, configRoot = '.'): Promise<string[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader({ root: true, ...JSON.parse(readFileSync(join(configRoot, '.htmlvalidate.json'), 'utf8')) }));
  const problems: string[] = [];
  for (const file of htmlFiles(dir)) {
    const report = await validator.validateFile(join(dir, file));
    for (const result of report.results) for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`);
  }
  return problems;
}

/** A TCP port free on 127.0.0.1 at the time of asking. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** What the link gate takes besides the folder; both have defaults. */
export interface LinkGateOptions {
  /** The site's public URL (default: SITE_URL, else DEFAULT_SITE_URL): links to its origin, with or without www, are internal. */
  site?: string;
  /** Paths of that origin the portal does not serve (default: OFF_PORTAL_PATHS): links to them are external. */
  offPortal?: readonly OffPortalPath[];
}

/**
 * Internal links and anchors (linkinator, serving `dir` itself, nothing fetched from outside).
 * Absolute links to the site's own origin (`https://ospo-alliance.org/governance`, also with
 * www or over http) are internal too: they are checked against `dir` like root-relative ones
 * (a page, a redirect page or a file must answer, an #anchor must exist), except those to an
 * off-portal path. Checks a build made for the base path `/`.
 * Returns the broken links, the external URLs met (for the report), and the same-origin URLs
 * met that are on the off-portal list.
 */
export async function linkGate(dir: string, options: LinkGateOptions = {}): Promise<{ problems: string[]; external: string[]; offPortal: string[] }> {
  const site = options.site ?? (process.env.SITE_URL || DEFAULT_SITE_URL);
  const offPaths = (options.offPortal ?? OFF_PORTAL_PATHS).map((o) => o.path);
  const internal = ownOrigin(site, offPaths);
  const port = await freePort();
  const external = new Set<string>();
  const offPortal = new Set<string>();
  const checker = new LinkChecker();
  const result = await checker.check({
    path: dir,
    port,
    recurse: true,
    checkFragments: true,
    concurrency: 20,
    // Same-origin URLs (not skipped below) become URLs of the local server when they are fetched.
    urlRewriteExpressions: [{ pattern: internal, replacement: `http://127.0.0.1:${port}` }],
    linksToSkip: async (link: string) => {
      if (/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link) || internal.test(link)) return false;
      if (/^(https?:|mailto:|tel:)/.test(link)) {
        (ownOrigin(site).test(link) ? offPortal : external).add(link);
        return true;
      }
      return false;
    },
  });
  const problems = result.links
    .filter((l) => l.state === LinkState.BROKEN)
    .map((l) => `${(l.parent ?? '').replace(/^https?:\/\/[^/]+/, '') || '(start)'}: broken link ${l.url.replace(/^https?:\/\/[^/]+/, '')} (${l.status ?? ''}${l.failureDetails?.length ? ` ${String((l.failureDetails[0] as { message?: string })?.message ?? '')}` : ''})`);
  return { problems, external: [...external].sort(), offPortal: [...offPortal].sort() };
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const metaTags = (html: string) => [...html.matchAll(/<meta\s[^>]*>/g)].map((m) => m[0]);
const meta = (html: string, key: 'name' | 'property', value: string) => metaTags(html).find((t) => attr(t, key) === value);

/** Properties a JSON-LD type must carry here (schema.org, as search engines require them). */
export const JSON_LD_REQUIRED: Record<string, string[]> = {
  Organization: ['name', 'url', 'logo'],
  Article: ['headline', 'url', 'publisher', 'inLanguage'],
  Event: ['name', 'startDate', 'endDate', 'location', 'eventAttendanceMode', 'organizer'],
};

/**
 * The head of one page: title, description, canonical URL, OpenGraph and Twitter tags, and
 * JSON-LD that parses, with the required properties of its type; `expectType` names the
 * JSON-LD type the page must have, if any.
 */
export function headProblems(page: string, html: string, expectType?: string): string[] {
  const out: string[] = [];
  const p = (s: string) => out.push(`${page}: ${s}`);
  if (!/<title>[^<]{3,}<\/title>/.test(html)) p('no <title>');
  if (!attr(meta(html, 'name', 'description') ?? '', 'content')) p('no meta description');
  const canonical = /<link\s[^>]*rel="canonical"[^>]*>/.exec(html)?.[0];
  if (!canonical || !/^https?:\/\//.test(attr(canonical, 'href') ?? '')) p('no absolute canonical URL');
  for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name']) if (!attr(meta(html, 'property', property) ?? '', 'content')) p(`no ${property}`);
  for (const name of ['twitter:card', 'twitter:title', 'twitter:description']) if (!attr(meta(html, 'name', name) ?? '', 'content')) p(`no ${name}`);
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const types: string[] = [];
  for (const block of blocks) {
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(block) as Record<string, unknown>;
    } catch (err) {
      p(`JSON-LD does not parse (${(err as Error).message})`);
      continue;
    }
    if (data['@context'] !== 'https://schema.org') p('JSON-LD without @context https://schema.org');
    const type = String(data['@type']);
    types.push(type);
    for (const key of JSON_LD_REQUIRED[type] ?? []) if (data[key] === undefined || data[key] === '') p(`JSON-LD ${type} lacks "${key}"`);
  }
  if (expectType && !types.includes(expectType)) p(`no JSON-LD ${expectType}`);
  return out;
}

/** The JSON-LD type a page must have, by its path (without base): home, activity, case study, session. */
export function expectedJsonLd(path: string): string | undefined {
  if (path === '/') return 'Organization';
  if (/^\/ggi\/activities\/[^/]+\/$/.test(path) || /^\/case-studies\/[^/]+\/$/.test(path)) return 'Article';
  if (/^\/onramp\/[^/]+\/$/.test(path)) return 'Event';
  return undefined;
}

/** Site paths of the sitemap's pages (the base path removed). */
export function sitemapPaths(dir: string, base = '/'): string[] {
  const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
  const paths: string[] = [];
  for (const m of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const file = join(dir, new URL(m[1]).pathname.slice(base.length - 1));
    for (const loc of readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(`/${new URL(loc[1]).pathname.slice(base.length)}`);
  }
  return paths;
}

/** The head gate over every page of the sitemap. */
export function headGate(dir: string, base = '/'): string[] {
  return sitemapPaths(dir, base).flatMap((path) => {
    const file = join(dir, path, 'index.html');
    return existsSync(file) ? headProblems(path, readFileSync(file, 'utf8'), expectedJsonLd(path)) : [`${path}: in the sitemap but not built`];
  });
}

/**
 * Limits in bytes, gzipped, of what a page fetches before any interaction. Content pages (one
 * activity, goal, case study, news post, session) have the issue's limits; index pages, which
 * list every entry of a section or draw the activity map, may carry more HTML.
 */
export const BUDGETS = {
  content: { html: 7 * 1024, css: 12 * 1024, js: 5 * 1024 },
  index: { html: 12 * 1024, css: 12 * 1024, js: 5 * 1024 },
} as const;

/** One page's weight: gzipped bytes of its HTML, its stylesheets and the scripts it runs at load. */
export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
}

const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

/**
 * Weighs a built page: the HTML; stylesheets it links; scripts it loads, with their static
 * imports (not dynamic ones, which wait for an interaction) and its inline scripts.
 */
export function pageWeight(dir: string, page: string): PageWeight {
  const html = readFileSync(join(dir, page));
  const text = html.toString('utf8');
  const local = (href: string) => join(dir, href.replace(/^https?:\/\/[^/]+/, '').replace(/^\/+/, ''));
  let css = 0;
  for (const tag of text.match(/<link\s[^>]*rel="stylesheet"[^>]*>/g) ?? []) {
    const href = attr(tag, 'href');
    if (href && existsSync(local(href))) css += gz(readFileSync(local(href)));
  }
  let js = 0;
  const seen = new Set<string>();
  const addModule = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    js += gz(code);
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) addModule(join(dirname(file), m[1]));
  };
  for (const tag of text.match(/<script\b[^>]*>/g) ?? []) {
    const src = attr(tag, 'src');
    if (src) addModule(local(src));
  }
  for (const m of text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)) js += m[1].trim() ? gz(m[1]) : 0;
  return { page, html: gz(html), css, js };
}

/** Page types: the built pages of each (a pattern on their path in dist/), and their budget. */
export const BUDGET_PAGES: Record<string, { pattern: RegExp; budget: keyof typeof BUDGETS }> = {
  home: { pattern: /^index\.html$/, budget: 'index' },
  'GGI overview': { pattern: /^ggi\/index\.html$/, budget: 'index' },
  'activity list': { pattern: /^ggi\/activities\/index\.html$/, budget: 'index' },
  members: { pattern: /^members\/index\.html$/, budget: 'index' },
  goal: { pattern: /^ggi\/goals\/[^/]+\/index\.html$/, budget: 'content' },
  activity: { pattern: /^ggi\/activities\/[^/]+\/index\.html$/, budget: 'content' },
  'case study': { pattern: /^case-studies\/[^/]+\/index\.html$/, budget: 'content' },
  'OnRamp session': { pattern: /^onramp\/[^/]+\/index\.html$/, budget: 'content' },
  news: { pattern: /^news\/[^/]+\/index\.html$/, budget: 'content' },
  page: { pattern: /^(about|join|data|ggi\/methodology)\/index\.html$/, budget: 'content' },
};

/**
 * The budget gate: for each page type, the heaviest of its pages (by its largest part against
 * its limit), and a problem for each limit any page exceeds.
 */
export function budgetGate(dir: string, pages = BUDGET_PAGES): { weights: (PageWeight & { type: string; budget: keyof typeof BUDGETS; count: number })[]; problems: string[] } {
  const files = htmlFiles(dir).filter((f) => !readFileSync(join(dir, f), 'utf8').includes('http-equiv="refresh"'));
  const all = Object.entries(pages).flatMap(([type, { pattern, budget }]) => files.filter((f) => pattern.test(f)).map((f) => ({ type, budget, ...pageWeight(dir, f) })));
  const problems = all.flatMap((w) =>
    (['html', 'css', 'js'] as const)
      .filter((k) => w[k] > BUDGETS[w.budget][k])
      .map((k) => `${w.page} (${w.type}): ${k.toUpperCase()} is ${(w[k] / 1024).toFixed(1)} kB gzipped, over the ${(BUDGETS[w.budget][k] / 1024).toFixed(0)} kB budget of ${w.budget} pages`),
  );
  const load = (w: (typeof all)[number]) => Math.max(w.html / BUDGETS[w.budget].html, w.css / BUDGETS[w.budget].css, w.js / BUDGETS[w.budget].js);
  const weights = Object.keys(pages).flatMap((type) => {
    const mine = all.filter((w) => w.type === type);
    if (!mine.length) return [];
    return [{ ...mine.reduce((a, b) => (load(b) > load(a) ? b : a)), count: mine.length }];
  });
  return { weights, problems };
}
