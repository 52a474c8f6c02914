/**
 * Reads the official GGI handbook's activities from its upstream data and turns each into the
 * portal's activity model. Two sources are understood:
 *   - a My GGI Board file (`conf/ggi_activities_full.json`): `{ handbook_version?, source?,
 *     activities: [{ id, name, path, roles[], goal, content }] }`, where `content` is the
 *     activity's whole Markdown file;
 *   - a folder of the handbook's Markdown files (`handbook/content/5G_activity_NN.md`), where the
 *     file name gives the goal (5G: 51 = Usage … 55 = Strategy) and the id (NN).
 * Each Markdown file reads `## Title`, `Activity ID: …`, then `### Description`,
 * `### Opportunity Assessment`, `### Progress Assessment` (verification points as `- [ ]` items),
 * optional `### Tools`, `### Recommendations`, `### Resources` and, from handbook 1.2 on,
 * `### Proposed next activities` (`- [GGI-A-NN - Title](url) reason`).
 *
 * Real data has defects; each is survived and reported as a warning with the file and the reason:
 * a missing version, missing optional sections, unknown sections (kept), next links whose label
 * and URL name different activities (the label's id wins, as the label is what readers see and
 * what upstream reviews), extra spaces and inconsistent trailing slashes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { GOALS, ROLES, type GoalId, type Role } from '../../schemas/vocabularies.ts';
import { slugify } from '../handbook.ts';

/** A problem found in the upstream data that did not stop the import. */
export interface ImportWarning {
  file: string;
  message: string;
}

/** Where a release comes from (My GGI Board's `source` object). */
export interface UpstreamSource {
  remote?: string;
  project?: string;
  reference?: string;
  /** Download date, YYYY-MM-DD. */
  date?: string;
}

/** A body section of an activity: its heading (our wording) and its Markdown. */
export interface Section {
  title: string;
  body: string;
}

/** One activity, mapped onto the portal's model. */
export interface UpstreamActivity {
  id: string;
  title: string;
  goal: GoalId;
  /** Empty when the source does not say (a Markdown folder); the importer then keeps known roles. */
  roles: Role[];
  slug: string;
  summary: string;
  sections: Section[];
  verification: string[];
  next: { activity: string; why: string }[];
  /** The upstream file, for reports and the `source` field (e.g. handbook/content/51_activity_17.md). */
  file: string;
}

/** A release of the handbook: version, origin, activities and what was odd about them. */
export interface UpstreamRelease {
  version?: string;
  source: UpstreamSource;
  activities: UpstreamActivity[];
  warnings: ImportWarning[];
}

/** Upstream section headings and the portal's; `null`: parsed into fields, not kept as a section. */
const SECTION_MAP: Record<string, string | null> = {
  description: 'Description',
  'opportunity assessment': 'Opportunity assessment',
  'progress assessment': null,
  tools: 'Tools',
  recommendations: 'Recommendations',
  resources: 'Resources',
  'proposed next activities': null,
};
/** Sections every activity should have; others may be missing. */
const EXPECTED = ['Description', 'Opportunity assessment', 'Recommendations'];

/** Goal ids by the upstream goal names ("Usage Goal", "Trust", …). */
function goalFromName(name: string): GoalId | undefined {
  const key = name.toLowerCase().replace(/\s*goal\s*$/, '').trim();
  return (GOALS as readonly string[]).includes(key) ? (key as GoalId) : undefined;
}

/** Role ids by the upstream role names ("Team Leader" → team-leader). */
function roleFromName(name: string): Role | undefined {
  const key = name.toLowerCase().trim().replace(/\s+/g, '-');
  return (ROLES as readonly string[]).includes(key) ? (key as Role) : undefined;
}

/** Markdown reduced to plain text: links to their label, emphasis and code marks dropped. */
export function plainText(md: string): string {
  return md
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^*_`]*?\S)\1/g, '$2')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first sentence of a text, at most `max` characters (cut at a word, with "…"). */
export function firstSentence(text: string, max = 200): string {
  const sentence = /^(.+?[.!?])(\s|$)/.exec(text)?.[1] ?? text;
  if (sentence.length <= max) return sentence;
  return `${sentence.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** Tidies Markdown: no trailing spaces, no tabs, at most one blank line in a row, no blank edges. */
export function tidy(md: string): string {
  return md
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '  ')
    .replace(/[ \u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Moves the headings inside a section so that the highest becomes `###`, one level below the
 * section's own `##` (upstream often jumps from its section heading straight to `####`).
 */
export function nestHeadings(body: string): string {
  const levels = [...body.matchAll(/^(#{1,6})\s/gm)].map((m) => m[1].length);
  if (!levels.length) return body;
  const shift = 3 - Math.min(...levels);
  if (shift === 0) return body;
  return body.replace(/^(#{1,6})(?=\s)/gm, (h) => '#'.repeat(Math.min(6, Math.max(3, h.length + shift))));
}

/** Splits an activity's Markdown into its title line, preamble and `###` sections. */
function splitSections(md: string): { title?: string; sections: { heading: string; body: string }[] } {
  const lines = tidy(md).split('\n');
  const sections: { heading: string; body: string }[] = [];
  let title: string | undefined;
  let current: { heading: string; lines: string[] } | undefined;
  for (const line of lines) {
    const h2 = /^##\s+(.+?)\s*$/.exec(line);
    const h3 = /^###\s+(.+?)\s*$/.exec(line);
    if (h2 && !line.startsWith('###') && title === undefined) title = h2[1];
    else if (h3) {
      if (current) sections.push({ heading: current.heading, body: tidy(current.lines.join('\n')) });
      current = { heading: h3[1], lines: [] };
    } else current?.lines.push(line);
  }
  if (current) sections.push({ heading: current.heading, body: tidy(current.lines.join('\n')) });
  return { title, sections };
}

/** Verification points: the `- [ ]` items, each joined with its continuation lines, as plain text. */
export function parseVerification(body: string): string[] {
  const points: string[] = [];
  let current: string | undefined;
  for (const line of body.split('\n')) {
    const item = /^\s*[-*+]\s+\[[ xX]?\]\s+(.*)$/.exec(line);
    if (item) {
      if (current !== undefined) points.push(current);
      current = item[1];
    } else if (current !== undefined && /^\s{2,}\S/.test(line) && !/^\s*[-*+]\s/.test(line)) {
      current += ` ${line.trim()}`;
    } else if (current !== undefined) {
      points.push(current);
      current = undefined;
    }
  }
  if (current !== undefined) points.push(current);
  return points.map(plainText).filter(Boolean);
}

/**
 * "Proposed next" links: `- [GGI-A-NN - Title](url) reason`. The id in the label wins over the
 * URL; a disagreement is reported. `slugToId` maps activity slugs to ids to read the URL.
 */
export function parseNext(body: string, slugToId: Map<string, string>, file: string, warnings: ImportWarning[]): { activity: string; why: string }[] {
  const out: { activity: string; why: string }[] = [];
  for (const line of body.split('\n')) {
    const m = /^\s*[-*+]\s+\[\s*(GGI-A-\d+)[^\]]*\]\(\s*([^)\s]*)\s*\)\s*(.*)$/.exec(line);
    if (!m) {
      if (line.trim()) warnings.push({ file, message: `a line of "Proposed next activities" is not a link to an activity and was left out: ${line.trim().slice(0, 80)}` });
      continue;
    }
    const [, labelId, url, reason] = m;
    const urlSlug = /\/ggi\/activities\/([^/?#]+)/.exec(url)?.[1];
    const urlId = urlSlug ? slugToId.get(urlSlug) : undefined;
    if (urlSlug && urlId !== labelId) {
      warnings.push({ file, message: `next link label names ${labelId} but its URL (${urlSlug}) ${urlId ? `is ${urlId}` : 'names no activity'}; the label wins` });
    }
    const why = plainText(reason);
    if (!why) warnings.push({ file, message: `next link to ${labelId} gives no reason; a neutral one was written` });
    out.push({ activity: labelId, why: why || 'The handbook proposes it as a next step.' });
  }
  return out;
}

/** The portal URL of an activity, root-relative (the Markdown plugin adds the base path). */
const portalUrl = (slug: string) => `/ggi/activities/${slug}/`;

/**
 * Rewrites links: links to activities (on ospo-alliance.org, or to the handbook's Markdown
 * files on GitLab) become this portal's URLs; other ospo-alliance.org links get their trailing
 * slash. Unknown activity slugs stay absolute and are reported.
 */
export function normaliseLinks(md: string, slugToId: Map<string, string>, idToSlug: Map<string, string>, file: string, warnings: ImportWarning[]): string {
  return md.replace(/https?:\/\/[^\s)>\]]+/g, (url) => {
    const trail = /[.,;:]+$/.exec(url)?.[0] ?? '';
    const bare = trail ? url.slice(0, -trail.length) : url;
    const activity = /^https?:\/\/(?:www\.)?ospo-alliance\.org\/ggi\/activities\/([^/?#]+)\/?(#[^\s]*)?$/.exec(bare);
    if (activity) {
      const id = slugToId.get(activity[1]);
      if (id) return portalUrl(idToSlug.get(id)!) + (activity[2] ?? '') + trail;
      warnings.push({ file, message: `a link names the unknown activity page "${activity[1]}"; it was kept as it is` });
      return `${bare.replace(/\/?$/, '/')}${trail}`;
    }
    const gitlab = /\/handbook\/content\/5\d_activity_(\d+)\.md$/.exec(bare);
    if (gitlab) {
      const id = `GGI-A-${gitlab[1].padStart(2, '0')}`;
      if (idToSlug.has(id)) return portalUrl(idToSlug.get(id)!) + trail;
    }
    const site = /^(https?:\/\/(?:www\.)?ospo-alliance\.org(?:\/[^?#]*)?)([?#].*)?$/.exec(bare);
    if (site && !/\.[a-z0-9]+$/i.test(site[1]) && !site[1].endsWith('/')) return `${site[1]}/${site[2] ?? ''}${trail}`;
    return url;
  });
}

interface RawActivity {
  id?: string;
  name?: string;
  roles?: string[];
  goal?: string;
  content: string;
  file: string;
}

/** Builds the release model from raw activities (shared by both source formats). */
function buildRelease(raw: RawActivity[], version: string | undefined, source: UpstreamSource, warnings: ImportWarning[]): UpstreamRelease {
  // First pass: ids, titles and slugs, to resolve links between activities. The listed name
  // wins over the file's heading: it is what the handbook site built its addresses from (1.2
  // lists GGI-A-28 as "HR perspective", at hr_perspective, under the heading "Human Resources
  // perspective").
  const heads = raw.map((r) => {
    const heading = splitSections(r.content).title?.replace(/\s+/g, ' ').trim();
    const name = r.name?.replace(/\s+/g, ' ').trim();
    const id = r.id ?? /Activity ID:\s*\[?\s*(GGI-A-\d+)/.exec(r.content)?.[1];
    if (name && heading && name !== heading) warnings.push({ file: r.file, message: `listed as "${name}" but headed "${heading}"; the listed name is used` });
    return { raw: r, id, title: name || heading || '' };
  });
  const idToSlug = new Map<string, string>();
  const slugToId = new Map<string, string>();
  for (const h of heads) {
    if (!h.id || !h.title) continue;
    idToSlug.set(h.id, slugify(h.title));
    slugToId.set(slugify(h.title), h.id);
  }
  // Links may use the address of the file's heading where the listed name differs.
  for (const h of heads) {
    const heading = splitSections(h.raw.content).title;
    if (h.id && heading && !slugToId.has(slugify(heading))) slugToId.set(slugify(heading), h.id);
  }
  for (const [id, aliases] of Object.entries(KNOWN_ALIASES)) for (const a of aliases) if (!slugToId.has(a)) slugToId.set(a, id);

  const activities: UpstreamActivity[] = [];
  for (const h of heads) {
    const file = h.raw.file;
    if (!h.id || !/^GGI-A-\d{2}$/.test(h.id)) {
      warnings.push({ file, message: 'no activity id (GGI-A-NN) was found; the activity was left out' });
      continue;
    }
    if (!h.title) {
      warnings.push({ file, message: 'no title was found; the activity was left out' });
      continue;
    }
    const goal = h.raw.goal ? goalFromName(h.raw.goal) : goalFromFile(file);
    if (!goal) {
      warnings.push({ file, message: `the goal "${h.raw.goal ?? ''}" is not one of the five GGI goals; the activity was left out` });
      continue;
    }
    const roles = (h.raw.roles ?? []).map((r) => {
      const role = roleFromName(r);
      if (!role) warnings.push({ file, message: `unknown role "${r}" was left out` });
      return role;
    }).filter((r): r is Role => !!r);
    const { sections: parsed } = splitSections(h.raw.content);
    const sections: Section[] = [];
    let verification: string[] = [];
    let next: { activity: string; why: string }[] = [];
    for (const s of parsed) {
      const key = s.heading.toLowerCase().replace(/\s+/g, ' ').trim();
      if (!(key in SECTION_MAP)) {
        warnings.push({ file, message: `unknown section "${s.heading}" was kept as it is` });
        sections.push({ title: s.heading, body: nestHeadings(normaliseLinks(s.body, slugToId, idToSlug, file, warnings)) });
      } else if (key === 'progress assessment') verification = parseVerification(s.body);
      else if (key === 'proposed next activities') next = parseNext(s.body, slugToId, file, warnings);
      else if (s.body) sections.push({ title: SECTION_MAP[key]!, body: nestHeadings(normaliseLinks(s.body, slugToId, idToSlug, file, warnings)) });
    }
    for (const expected of EXPECTED) {
      if (!sections.some((s) => s.title === expected)) warnings.push({ file, message: `has no "${expected}" section` });
    }
    if (verification.length < 2) {
      warnings.push({ file, message: `has ${verification.length} verification point(s) where the portal needs at least 2; the activity was left out` });
      continue;
    }
    const description = sections.find((s) => s.title === 'Description')?.body ?? sections[0]?.body ?? '';
    const summary = firstSentence(plainText(description.split('\n\n').find((p) => !/^\s*[-*|]/.test(p)) ?? description)) || h.title;
    activities.push({
      id: h.id,
      title: h.title,
      goal,
      roles: [...new Set(roles)],
      slug: idToSlug.get(h.id)!,
      summary,
      sections,
      verification,
      next: next.filter((n) => n.activity !== h.id),
      file,
    });
  }
  if (!version) warnings.push({ file: '(release)', message: 'the data names no handbook version; pass one with --version, or the activities carry "unknown"' });
  return { version, source, activities, warnings };
}

/**
 * Former slugs of activities, from earlier handbook versions (1.2 called GGI-A-28 "HR
 * perspective"), so that their old addresses keep working.
 */
export const KNOWN_ALIASES: Record<string, string[]> = {
  'GGI-A-28': ['hr_perspective'],
};

/** The goal from a handbook file name: `5G_activity_NN.md`, G = 1 (Usage) … 5 (Strategy). */
function goalFromFile(file: string): GoalId | undefined {
  const g = /(?:^|\/)5(\d)_activity_\d+\.md$/.exec(file)?.[1];
  return g ? GOALS[Number(g) - 1] : undefined;
}

/**
 * Reads a release from a My GGI Board JSON file or a folder of handbook Markdown files.
 * Throws an Error whose message says what is wrong when the source is unusable (missing,
 * unreadable, not JSON, no activities).
 */
export function readUpstream(sourcePath: string): UpstreamRelease {
  let stats;
  try {
    stats = statSync(sourcePath);
  } catch {
    throw new Error(`${sourcePath}: no such file or folder`);
  }
  const warnings: ImportWarning[] = [];
  if (stats.isDirectory()) {
    const files = readdirSync(sourcePath, { recursive: true })
      .map(String)
      .filter((f) => /(^|\/)5\d_activity_\d+\.md$/.test(f))
      .sort();
    if (!files.length) throw new Error(`${sourcePath}: no handbook activity files (5N_activity_NN.md) in this folder`);
    const raw = files.map((f) => ({ content: readFileSync(join(sourcePath, f), 'utf8'), file: basename(f) }));
    return buildRelease(raw, undefined, {}, warnings);
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(sourcePath, 'utf8'));
  } catch (err) {
    throw new Error(`${sourcePath}: not a JSON file (${(err as Error).message})`);
  }
  const d = data as { handbook_version?: unknown; source?: Record<string, unknown>; activities?: unknown };
  if (!d || typeof d !== 'object' || !Array.isArray(d.activities) || d.activities.length === 0) {
    throw new Error(`${sourcePath}: no "activities" list: expected the My GGI Board format (ggi_activities_full.json)`);
  }
  const raw: RawActivity[] = [];
  for (const [i, a] of (d.activities as Record<string, unknown>[]).entries()) {
    const file = typeof a.path === 'string' ? a.path : `activities[${i}]`;
    if (typeof a.content !== 'string') {
      warnings.push({ file, message: 'has no "content" text; left out' });
      continue;
    }
    raw.push({
      id: typeof a.id === 'string' ? a.id.trim() : undefined,
      name: typeof a.name === 'string' ? a.name : undefined,
      roles: Array.isArray(a.roles) ? a.roles.map(String) : [],
      goal: typeof a.goal === 'string' ? a.goal : undefined,
      content: a.content,
      file,
    });
  }
  const s = d.source ?? {};
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const source: UpstreamSource = {
    remote: str(s['git-remote']),
    project: str(s['git-project']),
    reference: str(s['git-reference']),
    date: str(s['download-timestamp'])?.slice(0, 10),
  };
  const version = typeof d.handbook_version === 'string' || typeof d.handbook_version === 'number' ? String(d.handbook_version) : undefined;
  return buildRelease(raw, version, source, warnings);
}
