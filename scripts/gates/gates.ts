/**
 * Quality gates over a built site (a `dist/` folder), run by `npm run gates` (and `npm test`):
 *   - html:   every page valid under the rule set in .htmlvalidate.json (html-validate);
 *   - nu:     every page valid for the W3C's Nu HTML Checker (npm's vnu-jar, run with Java), which
 *             parses as browsers do and so finds what html-validate does not (a script after
 *             `</html>`, a malformed meta refresh);
 *   - links:  every internal link and #anchor resolves (linkinator, offline), links to the site's
 *             own origin included (unless the portal does not serve the path: former-site.ts);
 *             external links are listed, not fetched;
 *   - head:   every page in the sitemap has a title, description, canonical URL, OpenGraph and
 *             Twitter tags, and its JSON-LD parses and carries the properties its type requires;
 *   - budget: every built page has a page type (PAGE_TYPES), and within its limits, gzipped:
 *             the frame (the HTML without the regions marked data-budget="content", which grow
 *             with content), the whole HTML (a generous content ceiling), and the CSS and JS
 *             fetched before any interaction.
 * Each returns problems as lines `<page>: <what is wrong>`; an empty list passes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DomUtils, parseDocument } from 'htmlparser2';
import { cspHash } from '../../src/lib/site/csp.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../src/schemas/vocabularies.ts';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { LinkChecker, LinkState } from 'linkinator';
import { createServer } from 'node:net';
import { OFF_PORTAL_PATHS, ownOrigin, type OffPortalPath } from '../../src/lib/site/former-site.ts';
import {
  activitiesPath,
  activityPath,
  caseStudiesPath,
  caseStudyPath,
  DEFAULT_SITE_URL,
  ggiPath,
  goalPath,
  handbookPath,
  homePath,
  membersPath,
  newsListPath,
  newsPath,
  onrampPath,
  onrampSessionPath,
  pagePath,
  PAGES_ROUTED_ELSEWHERE,
  RESERVED_PAGE_NAMES,
  scorecardPath,
  searchPath,
  translationsPath,
} from '../../src/lib/routes.ts';

/** Every .html file below `dir`, relative paths with `/`. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** html-validate on every page, with the project's rule set (.htmlvalidate.json at `configRoot`). */
export async function htmlGate(dir: string, configRoot = '.'): Promise<string[]> {
  const validator = new HtmlValidate(
    new FileSystemConfigLoader({
      root: true,
      ...JSON.parse(readFileSync(join(configRoot, '.htmlvalidate.json'), 'utf8')),
    }),
  );
  const problems: string[] = [];
  for (const file of htmlFiles(dir)) {
    const report = await validator.validateFile(join(dir, file));
    for (const result of report.results)
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`);
  }
  return problems;
}

/** The Nu HTML Checker's jar, as npm's vnu-jar installs it. */
export const VNU_JAR = 'node_modules/vnu-jar/build/dist/vnu.jar';

/** One message of the Nu HTML Checker's `--format json` report (the fields the gate reads). */
export interface VnuMessage {
  /** "error", "info" (with `subType` "warning" for warnings) or "non-document-error" (e.g. a file it cannot read). */
  type: string;
  subType?: string;
  /** The checked file, as a `file:` URL. */
  url?: string;
  /** Line and column (1-based) of the end of the offending text; `firstLine` only when it starts on another line. */
  lastLine?: number;
  lastColumn?: number;
  firstLine?: number;
  message: string;
}

/** The CSP hash source of a text as a policy spells it: `'sha256-<base64>'` (src/lib/site/csp.ts). */
const sha256Source = (text: string) => `'${cspHash(text)}'`;

/**
 * Why the gate leaves out a CSP note of the Nu HTML Checker, or undefined when the note stands.
 * The checker reads a page's CSP `<meta>` as applying to the whole document and reports what it
 * would block; three kinds of its notes are not so:
 *   - an external script or stylesheet at a root-relative path (`/_astro/…`): it reads the pages
 *     from `file:` URLs, where `'self'` matches nothing; served, they are same-origin;
 *   - a data block (`<script type="application/json">`, JSON-LD): browsers never run it, and
 *     script-src does not govern it;
 *   - an inline script or style whose hash the page's policy lists: the checker misses the hash of
 *     a style that ends with a newline (as Astro's bundled inline styles do; Chromium accepts
 *     it); the gate computes the hash itself.
 * Any other inline script or style the note points at (`line`, `column`: the end of its start tag,
 * 1-based) is unlisted, and the note stands. tests/e2e/csp.spec.ts checks the policy in Chromium.
 */
export function cspNoteExcuse(message: string, html: string, line: number, column: number): string | undefined {
  if (/^Resource violates Content Security Policy \(meta tag\): external (script|stylesheet) “\/[^/]/.test(message))
    return "same-origin file: 'self' matches nothing on the file: URLs the checker reads";
  if (!/^Inline (script|style) violates Content Security Policy \(meta tag\)/.test(message)) return undefined;
  const lines = html.split('\n');
  const at = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column;
  const tagStart = Math.max(html.lastIndexOf('<script', at - 1), html.lastIndexOf('<style', at - 1));
  if (tagStart < 0 || html[at - 1] !== '>') return undefined;
  const tag = html.slice(tagStart, at);
  const name = tag.startsWith('<script') ? 'script' : 'style';
  if (name === 'script' && /\stype="application\/(ld\+)?json"/.test(tag)) return 'a data block, which never runs';
  const end = html.indexOf(`</${name}>`, at);
  const meta = html.match(/<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i)?.[0];
  const policy = meta ? (attr(meta, 'content') ?? '') : '';
  if (end >= 0 && policy.includes(sha256Source(html.slice(at, end))))
    return 'its hash is in the policy (the checker misses the hash of a style that ends with a newline)';
  return undefined;
}

/**
 * The problems of a Nu HTML Checker report (`--format json`), as lines `<file>:<line>: <message>`,
 * files relative to `dir`: every error and every warning, except the CSP notes `cspNoteExcuse`
 * excuses (`readPage` gives a page's HTML by its path relative to `dir`); plain information notes
 * (type "info" without subType "warning") are not problems. A message without a file (the checker
 * could not run) keeps its text. Throws when `json` does not parse.
 */
export function vnuProblems(
  json: string,
  dir: string,
  readPage: (file: string) => string = (file) => readFileSync(join(dir, file), 'utf8'),
): string[] {
  const { messages } = JSON.parse(json) as { messages: VnuMessage[] };
  const root = resolve(dir);
  const out: string[] = [];
  for (const m of messages) {
    if (m.type === 'info' && m.subType !== 'warning') continue;
    const file = m.url?.startsWith('file:') ? relative(root, fileURLToPath(m.url)).split(sep).join('/') : m.url;
    if (!file) {
      out.push(`(Nu HTML Checker) ${m.message}`);
      continue;
    }
    const line = m.lastLine ?? 0;
    if (m.type === 'info' && m.lastColumn && cspNoteExcuse(m.message, readPage(file), line, m.lastColumn)) continue;
    out.push(`${file}:${m.firstLine ?? line}: ${m.type === 'info' ? 'warning: ' : ''}${m.message}`);
  }
  return out;
}

/** What the Nu checker gate takes besides the folder; both have defaults. */
export interface NuGateOptions {
  /** The Java program (default: `java` on PATH). */
  java?: string;
  /** The checker's jar (default: VNU_JAR). */
  jar?: string;
}

/**
 * The W3C's Nu HTML Checker (vnu-jar) over every page of `dir`, in one Java run (about 16 s of
 * CPU for the 91 pages here): `vnuProblems` of its report. Without a Java runtime, one problem
 * line that says to install one; when the checker fails or writes no report, one line with its
 * first words.
 */
export function nuGate(dir: string, options: NuGateOptions = {}): string[] {
  const java = options.java ?? 'java';
  const jar = options.jar ?? VNU_JAR;
  if (spawnSync(java, ['-version'], { stdio: 'ignore' }).error)
    return [
      `no Java runtime (${java} not found): the Nu HTML Checker needs one; install a Java runtime (Debian: apt-get install default-jre-headless) and put java on PATH`,
    ];
  if (!existsSync(jar)) return [`${jar} is missing: run npm ci (the vnu-jar package brings it)`];
  const r = spawnSync(
    java,
    ['-jar', jar, '--format', 'json', '--stdout', '--exit-zero-always', '--skip-non-html', dir],
    {
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    },
  );
  if (r.status !== 0 || !r.stdout.trim())
    return [`the Nu HTML Checker failed (exit code ${r.status ?? r.signal}): ${r.stderr.trim().split('\n')[0] ?? ''}`];
  try {
    return vnuProblems(r.stdout, dir);
  } catch {
    return [`the Nu HTML Checker wrote no report: ${(r.stdout.trim() || r.stderr.trim()).split('\n')[0]}`];
  }
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
export async function linkGate(
  dir: string,
  options: LinkGateOptions = {},
): Promise<{ problems: string[]; external: string[]; offPortal: string[] }> {
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
    .map(
      (l) =>
        `${(l.parent ?? '').replace(/^https?:\/\/[^/]+/, '') || '(start)'}: broken link ${l.url.replace(/^https?:\/\/[^/]+/, '')} (${l.status ?? ''}${l.failureDetails?.length ? ` ${String((l.failureDetails[0] as { message?: string })?.message ?? '')}` : ''})`,
    );
  return { problems, external: [...external].sort(), offPortal: [...offPortal].sort() };
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const metaTags = (html: string) => [...html.matchAll(/<meta\s[^>]*>/g)].map((m) => m[0]);
const meta = (html: string, key: 'name' | 'property', value: string) =>
  metaTags(html).find((t) => attr(t, key) === value);

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
  for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name'])
    if (!attr(meta(html, 'property', property) ?? '', 'content')) p(`no ${property}`);
  for (const name of ['twitter:card', 'twitter:title', 'twitter:description'])
    if (!attr(meta(html, 'name', name) ?? '', 'content')) p(`no ${name}`);
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
    for (const key of JSON_LD_REQUIRED[type] ?? [])
      if (data[key] === undefined || data[key] === '') p(`JSON-LD ${type} lacks "${key}"`);
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
    for (const loc of readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g))
      paths.push(`/${new URL(loc[1]).pathname.slice(base.length)}`);
  }
  return paths;
}

/** The head gate over every page of the sitemap. */
export function headGate(dir: string, base = '/'): string[] {
  return sitemapPaths(dir, base).flatMap((path) => {
    const file = join(dir, path, 'index.html');
    return existsSync(file)
      ? headProblems(path, readFileSync(file, 'utf8'), expectedJsonLd(path))
      : [`${path}: in the sitemap but not built`];
  });
}

/**
 * The attribute, with its value, that marks a region of a page whose size grows with content:
 * a rendered Markdown body, a list of entries or items (cards, links, verification points, a
 * table of contents), filter options or CSS drawn from the entries. The page-weight budget cuts
 * these regions out before it measures a page's frame.
 */
export const CONTENT_REGION = { attribute: 'data-budget', value: 'content' } as const;

/**
 * A page's frame: its HTML with every element marked `data-budget="content"` cut out, start tag
 * to end tag with all it holds (the outermost of nested marks). What is left (head tags, CSP,
 * header, footer, layout, headings and the chrome of components) only a code change can grow.
 */
export function frameHtml(html: string): string {
  const doc = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const marked = DomUtils.findAll((e) => e.attribs[CONTENT_REGION.attribute] === CONTENT_REGION.value, doc.children);
  let out = '';
  let at = 0;
  for (const e of marked.sort((a, b) => a.startIndex! - b.startIndex!)) {
    if (e.startIndex! < at) continue; // inside a region already cut
    out += html.slice(at, e.startIndex!);
    at = e.endIndex! + 1;
  }
  return out + html.slice(at);
}

/**
 * A kind of page and its limits, in bytes gzipped (level 9): `frame`, the HTML without its
 * content regions (a code change must fix an excess); `page`, the whole HTML with its content,
 * a generous ceiling (a content change must fix an excess: shorten or split the page), absent
 * where the page exists to hold everything (the one-page handbook); `css` and `js`, what the page
 * fetches before any interaction (code). Why each number is what it is: the README's
 * "Page weight" section.
 */
export interface PageType {
  /** Name in reports and messages, e.g. "activity" ("… for activity pages"). */
  name: string;
  /** The page's file in dist/, e.g. `ggi/activities/<slug>/index.html`. */
  pattern: RegExp;
  /** Matches redirect pages (`<meta http-equiv="refresh">`) only; other types never match them. */
  redirect?: boolean;
  /** Limit of the frame: the HTML without its content regions. */
  frame: number;
  /** Content ceiling: the whole HTML; none where the page is meant to hold everything. */
  page?: number;
  /** Limit of the stylesheets it links. */
  css: number;
  /** Limit of the scripts it runs at load. */
  js: number;
}

const otherLanguages = LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE).join('|');
/** A pattern on a page's file in dist/, in the default language or under a `<lang>/` folder. */
const route = (path: string) => new RegExp(`^(?:(?:${otherLanguages})/)?${path}$`);
/** Any one path segment, as a route function's slug or id: the pattern of every page of that kind. */
const ANY = '[^/]+';
/** The pattern of the file in dist/ of the page at a site path (src/lib/routes.ts): `/ggi/` → `ggi/index\\.html`. */
const page = (sitePath: string) => route(`${sitePath.slice(1).replaceAll('.', '\\.')}index\\.html`);
/** Stand-alone pages of content/pages/: one folder at the top that no section of the site takes. */
const contentPage = `(?:${PAGES_ROUTED_ELSEWHERE.map((id) => pagePath(id).slice(1, -1).replaceAll('.', '\\.')).join('|')}|(?!(?:${RESERVED_PAGE_NAMES.join('|')})/)[^/]+)/index\\.html`;

/** CSS and JS limits, the same on every page: one stylesheet, the site script, a page's island. */
const CODE = { css: 12_000, js: 5_000 } as const;
/** Content ceilings (whole HTML): a page about one entry, and a page that lists entries. */
const ENTRY_CEILING = 15_000;
const LIST_CEILING = 30_000;

/**
 * Every kind of page the site builds, first match wins. A built page that matches none fails the
 * budget gate: a new kind of page needs its own entry here. Frame limits follow one rule (README,
 * "Page weight"): today's heaviest frame of the type, plus the measured cost of what the next
 * issues add to it (language switcher on every page; handbook sidebar and scorecard control on
 * activity pages), plus 800 bytes, rounded up to a multiple of 500. Pages without content
 * regions (redirect, 404, search) need no ceiling: their frame is the whole page.
 */
export const PAGE_TYPES: readonly PageType[] = [
  { name: 'redirect', pattern: /\.html$/, redirect: true, frame: 1_500, ...CODE },
  // Issue 14 measured the language switcher, the hreflang alternates and the longer French and
  // German chrome at up to 230 bytes over their estimate: home, overview and activity limits are
  // today's heaviest frame (5,050, 5,121 and 5,728 bytes, in French) plus issue 15's head tags
  // (about 100 bytes) plus 800, rounded up to 500.
  { name: 'home', pattern: page(homePath()), frame: 6_000, page: LIST_CEILING, ...CODE },
  { name: '404', pattern: route('404\\.html'), frame: 4_000, ...CODE },
  { name: 'GGI overview', pattern: page(ggiPath()), frame: 6_500, page: LIST_CEILING, ...CODE },
  { name: 'one-page handbook', pattern: page(handbookPath()), frame: 4_000, ...CODE },
  // The scorecard is an application: its own script and the catalogue it renders, every activity
  // with its form, as content. Issue 12 asks for 15 kB of script, and the page loads 14.9 kB (was
  // 20.5): zod/mini and the document schema, which must check the stored document before anyone
  // edits it, are about 6.5 kB of it (src/lib/scorecard/README.md), the site's script 1.4 kB; what
  // only an edit, a tool, a notice or a share link needs loads then.
  { name: 'scorecard', pattern: page(scorecardPath()), frame: 9_000, page: LIST_CEILING, css: CODE.css, js: 15_000 },
  { name: 'activity list', pattern: page(activitiesPath()), frame: 4_500, page: LIST_CEILING, ...CODE },
  { name: 'activity', pattern: page(activityPath(ANY)), frame: 7_000, page: ENTRY_CEILING, ...CODE },
  { name: 'goal', pattern: page(goalPath(ANY)), frame: 4_500, page: ENTRY_CEILING, ...CODE },
  { name: 'case study list', pattern: page(caseStudiesPath()), frame: 4_500, page: LIST_CEILING, ...CODE },
  { name: 'case study', pattern: page(caseStudyPath(ANY)), frame: 4_500, page: ENTRY_CEILING, ...CODE },
  { name: 'members', pattern: page(membersPath()), frame: 4_500, page: LIST_CEILING, ...CODE },
  { name: 'news list', pattern: page(newsListPath()), frame: 4_000, page: LIST_CEILING, ...CODE },
  { name: 'news', pattern: page(newsPath(ANY)), frame: 4_000, page: ENTRY_CEILING, ...CODE },
  { name: 'OnRamp list', pattern: page(onrampPath()), frame: 4_500, page: LIST_CEILING, ...CODE },
  { name: 'OnRamp session', pattern: page(onrampSessionPath(ANY)), frame: 4_500, page: ENTRY_CEILING, ...CODE },
  { name: 'search', pattern: page(searchPath()), frame: 5_000, ...CODE },
  // The status tables grow with the handbook: content; the frame is a list page's.
  { name: 'translation status', pattern: page(translationsPath()), frame: 4_500, page: LIST_CEILING, ...CODE },
  { name: 'page', pattern: route(contentPage), frame: 4_500, page: ENTRY_CEILING, ...CODE },
];

/** Whether a page is a redirect (Astro's redirect pages: a `<meta http-equiv="refresh">`). */
const isRedirect = (html: string) => /<meta\s[^>]*http-equiv="refresh"/i.test(html);

/** The type of a built page (its file in dist/ and its HTML), or undefined when none matches. */
export function pageTypeOf(file: string, html: string, types: readonly PageType[] = PAGE_TYPES): PageType | undefined {
  const redirect = isRedirect(html);
  return types.find((t) => !!t.redirect === redirect && t.pattern.test(file));
}

/** One page's weight, in bytes gzipped: its HTML, its frame, its stylesheets and the scripts it runs at load. */
export interface PageWeight {
  /** The page's file in dist/. */
  page: string;
  /** The whole HTML. */
  html: number;
  /** The HTML without its content regions (`frameHtml`). */
  frame: number;
  /** The stylesheets it links. */
  css: number;
  /** The scripts it loads with their static imports, and its inline scripts. */
  js: number;
}

const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

/**
 * Weighs a built page: the HTML, whole and as frame (`frameHtml`); stylesheets it links; scripts
 * it loads, with their static imports (not dynamic ones, which wait for an interaction) and its
 * inline scripts (not its data blocks, `application/json` or JSON-LD, which count as HTML only).
 */
export function pageWeight(dir: string, page: string): PageWeight {
  const text = readFileSync(join(dir, page), 'utf8');
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
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g))
      addModule(join(dirname(file), m[1]));
  };
  for (const tag of text.match(/<script\b[^>]*>/g) ?? []) {
    const src = attr(tag, 'src');
    if (src) addModule(local(src));
  }
  // Inline scripts, but not data blocks (JSON, JSON-LD), which never run.
  for (const m of text.matchAll(
    /<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
  ))
    js += m[1].trim() ? gz(m[1]) : 0;
  return { page, html: gz(text), frame: gz(frameHtml(text)), css, js };
}

/** What the budget measures, with the name messages and tables give it. */
export const MEASURES = ['frame', 'page', 'css', 'js'] as const;
export type Measure = (typeof MEASURES)[number];
const weightOf = (w: PageWeight, m: Measure) => (m === 'page' ? w.html : w[m]);

/** A byte count with thousands separators: 7342 → "7,342". */
export const bytes = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** One page type's result: how many pages, and per measure the heaviest page and the limit. */
export interface TypeWeight {
  /** The page type's name. */
  type: string;
  /** How many built pages have it. */
  count: number;
  /** Per measure, the heaviest of them: its file, its bytes and the type's limit. */
  heaviest: Record<Measure, { page: string; bytes: number; limit?: number }>;
}

/** The problem line for one measure of one page over its limit: exact bytes, and who must fix it. */
export function budgetProblem(type: PageType, w: PageWeight, m: Measure): string | undefined {
  const limit = type[m];
  const size = weightOf(w, m);
  if (limit === undefined || size <= limit) return undefined;
  const over = `${bytes(size)} bytes gzipped, ${bytes(size - limit)} bytes over the ${bytes(limit)}-byte`;
  const where = `${w.page} (${type.name})`;
  if (m === 'frame')
    return `${where}: frame HTML is ${over} budget for ${type.name} pages: a code change must fix this (layout, head tags, header, footer or component chrome grew; regions marked data-budget="content" do not count)`;
  if (m === 'page')
    return `${where}: whole page, content included, is ${over} content ceiling for ${type.name} pages: a content change must fix this (shorten the page's text or lists, or split it into several pages)`;
  return `${where}: ${m.toUpperCase()} is ${over} budget for ${type.name} pages: a code change must fix this`;
}

/**
 * The budget gate over a built site: every HTML page gets its page type (`pageTypeOf`) and is
 * weighed; a problem for each limit a page exceeds, and for each page no type matches. Returns,
 * per page type with pages, the heaviest page of each measure.
 */
export function budgetGate(
  dir: string,
  types: readonly PageType[] = PAGE_TYPES,
): { types: TypeWeight[]; problems: string[] } {
  const problems: string[] = [];
  const typed: { type: PageType; weight: PageWeight }[] = [];
  for (const file of htmlFiles(dir)) {
    const type = pageTypeOf(file, readFileSync(join(dir, file), 'utf8'), types);
    if (!type) {
      problems.push(
        `${file}: matches no page type of the page-weight budget: a code change must add its type, with its limits, to PAGE_TYPES in scripts/gates/gates.ts`,
      );
      continue;
    }
    const weight = pageWeight(dir, file);
    typed.push({ type, weight });
    for (const m of MEASURES) {
      const p = budgetProblem(type, weight, m);
      if (p) problems.push(p);
    }
  }
  const report = types.flatMap((type) => {
    const mine = typed.filter((t) => t.type === type).map((t) => t.weight);
    if (!mine.length) return [];
    const heaviest = Object.fromEntries(
      MEASURES.map((m) => {
        const w = mine.reduce((a, b) => (weightOf(b, m) > weightOf(a, m) ? b : a));
        return [m, { page: w.page, bytes: weightOf(w, m), limit: type[m] }];
      }),
    ) as TypeWeight['heaviest'];
    return [{ type: type.name, count: mine.length, heaviest }];
  });
  return { types: report, problems };
}

/** One gate's outcome, for the job summary. */
export interface GateResult {
  /** The gate's name as the log prints it. */
  name: string;
  /** Its problem lines; none when it passed. */
  problems: string[];
  /** What it checked, where known, e.g. "84 pages". */
  checked?: string;
  /** The budget gate's table (`budgetGate(…).types`). */
  budget?: TypeWeight[];
}

/** Problems a summary lists per gate; the rest are counted (the job log has them all). */
const SUMMARY_PROBLEMS = 20;

/**
 * The Markdown job summary of a gates run (GitHub Actions shows what is appended to the file in
 * GITHUB_STEP_SUMMARY): a heading with the verdict, then per gate a table, for the budget one
 * row per page type (heaviest frame, its limit and margin, heaviest whole page and its ceiling,
 * CSS, JS; bytes gzipped), for the others pass/fail with counts, and the first problems of a
 * failed gate.
 */
export function gatesSummary(gates: GateResult[]): string {
  const failed = gates.filter((g) => g.problems.length);
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const out = [
    `## Quality gates: ${failed.length ? `${failed.length} of ${gates.length} failed` : `all ${gates.length} passed`}`,
    '',
  ];
  for (const g of gates) {
    out.push(`### ${cell(g.name)}: ${g.problems.length ? 'failed' : 'passed'}`, '');
    if (g.budget) {
      out.push(
        '| page type (pages) | heaviest frame | frame | limit | margin | whole page | ceiling | CSS | JS |',
        '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      );
      for (const t of g.budget) {
        const f = t.heaviest.frame;
        const margin = (f.limit ?? 0) - f.bytes;
        const limit = (m: Measure) => (t.heaviest[m].limit === undefined ? '–' : bytes(t.heaviest[m].limit!));
        out.push(
          `| ${cell(t.type)} (${t.count}) | ${cell(f.page)} | ${bytes(f.bytes)} | ${limit('frame')} | ${margin < 0 ? `**−${bytes(-margin)}**` : bytes(margin)} | ${bytes(t.heaviest.page.bytes)} | ${limit('page')} | ${bytes(t.heaviest.css.bytes)} | ${bytes(t.heaviest.js.bytes)} |`,
        );
      }
      out.push(
        '',
        'Bytes gzipped. Frame: the page without its regions marked `data-budget="content"`; ceiling: the whole page with its content.',
        '',
      );
    }
    out.push(
      '| result | checked | problems |',
      '| --- | --- | ---: |',
      `| ${g.problems.length ? '❌ failed' : '✅ passed'} | ${cell(g.checked ?? '–')} | ${g.problems.length} |`,
      '',
    );
    if (g.problems.length) {
      const more = g.problems.length - SUMMARY_PROBLEMS;
      out.push(
        '```text',
        ...g.problems.slice(0, SUMMARY_PROBLEMS),
        '```',
        ...(more > 0 ? [`… and ${more} more (see the job log).`] : []),
        '',
      );
    }
  }
  return `${out.join('\n')}\n`;
}
