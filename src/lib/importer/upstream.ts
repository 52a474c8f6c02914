/**
 * Reads the official GGI handbook's activities from its upstream data and turns each into the
 * portal's activity model. Two sources are understood:
 *   - a My GGI Board file (`conf/ggi_activities_full.json`): `{ handbook_version?, source?,
 *     activities: [{ id?, name?, path?, roles?, goal?, content }] }`, where `content` is the
 *     activity's whole Markdown file; its shape is checked by `upstreamFileSchema` (zod);
 *   - a folder of the handbook's Markdown files (`handbook/content/5G_activity_NN.md`), where the
 *     file name gives the goal (5G: 51 = Usage … 55 = Strategy) and the id (NN); it names no roles.
 * Each Markdown file reads `## Title`, `Activity ID: …`, then `### Description`,
 * `### Opportunity Assessment`, `### Progress Assessment` (verification points as `- [ ]` items),
 * optional `### Tools`, `### Recommendations`, `### Resources` and, from handbook 1.2 on,
 * `### Proposed next activities` (`- [GGI-A-NN - Title](url) reason`). The Markdown is read as an
 * mdast tree (see markdown.ts): sections are heading nodes, points are task-list items, next
 * activities are link nodes.
 *
 * Real data has defects; each is survived and reported as a warning with the file and the reason:
 * no version (inferred from the release's date, see releases.ts), missing sections, sections
 * under another name, unknown sections (kept), no verification points yet (imported without),
 * next links whose label and URL name different activities (the label's id wins, as the label is
 * what readers see and what upstream reviews), extra spaces and inconsistent trailing slashes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'astro/zod';
import { GOALS, ROLES, type GoalId, type Role } from '../../schemas/vocabularies.ts';
import { problemsFromIssues } from '../content/schema-problems.ts';
import { slugify } from '../content/entries.ts';
import { activityPath } from '../routes.ts';
import {
  firstParagraph,
  listLinks,
  nestHeadings,
  plainText,
  rewriteLinks,
  splitActivity,
  taskItems,
  tidy,
  type RawSection,
} from './markdown.ts';
import { HANDBOOK_RELEASES, publishedWhen, releaseOn, VERSION_PATTERN } from './releases.ts';

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
  /** Empty when the source does not say (a Markdown folder); the importer then looks them up. */
  roles: Role[];
  slug: string;
  summary: string;
  sections: Section[];
  /** The verification points; empty when this release defines none for the activity. */
  verification: string[];
  next: { activity: string; why: string }[];
  /** The upstream file, for reports and the `source` field (e.g. handbook/content/51_activity_17.md). */
  file: string;
}

/**
 * Where a release's version comes from: the data itself, the command line, or inferred from
 * the download date of a My GGI Board file or the newest modification date of a folder's files.
 */
export type VersionBasis =
  { from: 'data' } | { from: 'option' } | { from: 'download date' | 'file date'; date: string };

/** A release of the handbook: version, origin, activities and what was odd about them. */
export interface UpstreamRelease {
  /** The handbook version ("1.3"); undefined when neither the data, a date nor --version gives one. */
  version?: string;
  versionBasis?: VersionBasis;
  source: UpstreamSource;
  activities: UpstreamActivity[];
  warnings: ImportWarning[];
}

/** How the version was found, in words: "1.0 (inferred from the download date 2022-03-15)". */
export function describeVersion(release: Pick<UpstreamRelease, 'version' | 'versionBasis'>): string {
  const b = release.versionBasis;
  if (!release.version || !b) return '(no version)';
  if (b.from === 'data') return release.version;
  if (b.from === 'option') return `${release.version} (given with --version)`;
  return `${release.version} (inferred from the ${b.from} ${b.date})`;
}

/**
 * The upstream section headings, as the handbook writes them, and the portal's heading for each;
 * `null`: read into fields (verification points, next activities), not kept as a section.
 */
const SECTION_MAP: Record<string, string | null> = {
  Description: 'Description',
  'Opportunity Assessment': 'Opportunity assessment',
  'Progress Assessment': null,
  Tools: 'Tools',
  Recommendations: 'Recommendations',
  Resources: 'Resources',
  'Proposed next activities': null,
};

/**
 * A heading reduced to what tells sections apart: lower case, letters only, each word without
 * a plural ending, so "Recommendation", "recommendations:" and "Recommendations" are one name.
 */
function sectionKey(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z\s]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/ies$/, 'y').replace(/s$/, ''))
    .join(' ');
}
const KNOWN = new Map(Object.entries(SECTION_MAP).map(([name, title]) => [sectionKey(name), { name, title }]));

/** Sections every activity should have; others may be missing. */
const EXPECTED = ['Description', 'Opportunity assessment', 'Recommendations'];

/** Goal ids by the upstream goal names ("Usage Goal", "Trust", …). */
function goalFromName(name: string): GoalId | undefined {
  const key = name
    .toLowerCase()
    .replace(/\s*goal\s*$/, '')
    .trim();
  return GOALS.find((g) => g === key);
}

/** Role ids by the upstream role names ("Team Leader" → team-leader). */
function roleFromName(name: string): Role | undefined {
  const key = name.toLowerCase().trim().replace(/\s+/g, '-');
  return ROLES.find((r) => r === key);
}

/** The first sentence of a text, at most `max` characters (cut at a word, with "…"). */
export function firstSentence(text: string, max = 200): string {
  const sentence = /^(.+?[.!?])(\s|$)/.exec(text)?.[1] ?? text;
  if (sentence.length <= max) return sentence;
  return `${sentence.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** Verification points: the task-list items (`- [ ]`, `- [x]`, any bullet) of a section, as plain text. */
export function parseVerification(body: string): string[] {
  return taskItems(body);
}

/** `GGI-A-NN` at the start of a next link's label. */
const LABEL_ID = /^\s*(GGI-A-\d+)/;

/**
 * "Proposed next" links: list items `[GGI-A-NN - Title](url) reason`. The id in the label wins
 * over the URL; a disagreement is reported. `slugToId` maps activity slugs to ids to read the URL.
 */
export function parseNext(
  body: string,
  slugToId: Map<string, string>,
  file: string,
  warnings: ImportWarning[],
): { activity: string; why: string }[] {
  const out: { activity: string; why: string }[] = [];
  const { items, stray } = listLinks(body);
  for (const text of stray)
    warnings.push({
      file,
      message: `a line of "Proposed next activities" is not a link to an activity and was left out: ${text.slice(0, 80)}`,
    });
  for (const { link, text } of items) {
    const labelId = link ? LABEL_ID.exec(link.label)?.[1] : undefined;
    if (!link || !labelId) {
      warnings.push({
        file,
        message: `a line of "Proposed next activities" is not a link to an activity and was left out: ${text.slice(0, 80)}`,
      });
      continue;
    }
    const urlSlug = /\/ggi\/activities\/([^/?#]+)/.exec(link.url)?.[1];
    const urlId = urlSlug ? slugToId.get(urlSlug) : undefined;
    if (urlSlug && urlId !== labelId) {
      warnings.push({
        file,
        message: `next link label names ${labelId} but its URL (${urlSlug}) ${urlId ? `is ${urlId}` : 'names no activity'}; the label wins`,
      });
    }
    const why = link.after;
    if (!why) warnings.push({ file, message: `next link to ${labelId} gives no reason; a neutral one was written` });
    out.push({ activity: labelId, why: why || 'The handbook proposes it as a next step.' });
  }
  return out;
}

/** Whether a section's lists are all links to activities (a "next" section under another name). */
function isNextList(body: string): boolean {
  const { items } = listLinks(body);
  return items.length > 0 && items.every((i) => i.link && LABEL_ID.test(i.link.label));
}

/** The portal URL of an activity, root-relative (the Markdown plugin adds the base path). */
const portalUrl = (slug: string) => activityPath(slug);

/**
 * The portal's address for a link address of the handbook: links to activities (on
 * ospo-alliance.org, or to the handbook's Markdown files on GitLab) become this portal's URLs;
 * other ospo-alliance.org page links get their trailing slash; anything else is returned as it
 * is. An unknown activity slug stays absolute and is reported.
 */
export function rewriteUrl(
  url: string,
  slugToId: Map<string, string>,
  idToSlug: Map<string, string>,
  file: string,
  warnings: ImportWarning[],
): string {
  const activity = /^https?:\/\/(?:www\.)?ospo-alliance\.org\/ggi\/activities\/([^/?#]+)\/?(#.*)?$/.exec(url);
  if (activity) {
    const id = slugToId.get(activity[1]);
    if (id) return portalUrl(idToSlug.get(id)!) + (activity[2] ?? '');
    warnings.push({ file, message: `a link names the unknown activity page "${activity[1]}"; it was kept as it is` });
    const hash = activity[2] ?? '';
    return `${url.slice(0, url.length - hash.length).replace(/\/?$/, '/')}${hash}`;
  }
  const gitlab = /\/handbook\/content\/5\d_activity_(\d+)\.md$/.exec(url);
  if (gitlab) {
    const id = `GGI-A-${gitlab[1].padStart(2, '0')}`;
    if (idToSlug.has(id)) return portalUrl(idToSlug.get(id)!);
  }
  const site = /^(https?:\/\/(?:www\.)?ospo-alliance\.org(?:\/[^?#]*)?)([?#].*)?$/.exec(url);
  if (site && !/\.[a-z0-9]+$/i.test(site[1]) && !site[1].endsWith('/')) return `${site[1]}/${site[2] ?? ''}`;
  return url;
}

/** `rewriteUrl` over every link and link definition of a Markdown text (never inside code). */
export function normaliseLinks(
  md: string,
  slugToId: Map<string, string>,
  idToSlug: Map<string, string>,
  file: string,
  warnings: ImportWarning[],
): string {
  return rewriteLinks(md, (url) => rewriteUrl(url, slugToId, idToSlug, file, warnings));
}

interface RawActivity {
  id?: string;
  name?: string;
  roles?: string[];
  goal?: string;
  content: string;
  file: string;
}

/** Builds the release's activities from raw activities (shared by both source formats). */
function buildActivities(raw: RawActivity[], warnings: ImportWarning[]): UpstreamActivity[] {
  const isSection = (heading: string) => KNOWN.has(sectionKey(heading));
  // First pass: ids, titles and slugs, to resolve links between activities. The listed name
  // wins over the file's heading: it is what the handbook site built its addresses from (1.2
  // lists GGI-A-28 as "HR perspective", at hr_perspective, under the heading "Human Resources
  // perspective").
  const heads = raw.map((r) => {
    const content = tidy(r.content);
    const split = splitActivity(content, isSection);
    const heading = split.title;
    const name = r.name?.replace(/\s+/g, ' ').trim();
    const id = r.id ?? /Activity ID:\s*(GGI-A-\d+)/.exec(plainText(split.preamble))?.[1];
    if (name && heading && name !== heading)
      warnings.push({ file: r.file, message: `listed as "${name}" but headed "${heading}"; the listed name is used` });
    return { raw: r, split, heading, id, title: name || heading || '' };
  });
  const idToSlug = new Map<string, string>();
  const slugToId = new Map<string, string>();
  for (const h of heads) {
    if (!h.id || !h.title) continue;
    idToSlug.set(h.id, slugify(h.title));
    slugToId.set(slugify(h.title), h.id);
  }
  // Links may use the address of the file's heading where the listed name differs.
  for (const h of heads)
    if (h.id && h.heading && !slugToId.has(slugify(h.heading))) slugToId.set(slugify(h.heading), h.id);
  for (const [id, aliases] of Object.entries(KNOWN_ALIASES))
    for (const a of aliases) if (!slugToId.has(a)) slugToId.set(a, id);

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
      warnings.push({
        file,
        message: `the goal "${h.raw.goal ?? ''}" is not one of the five GGI goals; the activity was left out`,
      });
      continue;
    }
    const roles = (h.raw.roles ?? [])
      .map((r) => {
        const role = roleFromName(r);
        if (!role) warnings.push({ file, message: `unknown role "${r}" was left out` });
        return role;
      })
      .filter((r): r is Role => !!r);
    const { sections, verification, next } = readSections(h.split.sections, file, slugToId, idToSlug, warnings);
    const description = sections.find((s) => s.title === 'Description')?.body;
    // The description's first paragraph, else the first paragraph of any section, else its text.
    const paragraph =
      [description, ...sections.map((s) => s.body)].map((md) => (md ? firstParagraph(md) : undefined)).find(Boolean) ??
      plainText(description ?? '');
    const summary = firstSentence(paragraph) || h.title;
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
  return activities;
}

/**
 * Maps an activity's sections onto the portal's: known ones by name (`sectionKey`), the progress
 * assessment to verification points, the proposed next activities to `next`. A section under
 * another name is recognised by what it holds where the usual one is missing (a task list for
 * the progress assessment, a list of links to activities for the next ones); other unknown
 * sections are kept under their own heading. Every such case is reported.
 */
function readSections(
  raw: readonly RawSection[],
  file: string,
  slugToId: Map<string, string>,
  idToSlug: Map<string, string>,
  warnings: ImportWarning[],
) {
  const keyed = raw.map((s) => ({ ...s, known: KNOWN.get(sectionKey(s.heading)) }));
  const has = (name: string) => keyed.some((s) => s.known?.name === name);
  // Renamed sections, recognised by their content where the usual heading is absent.
  for (const s of keyed) {
    if (s.known) {
      if (s.heading.toLowerCase() !== s.known.name.toLowerCase())
        warnings.push({ file, message: `the section "${s.heading}" was read as "${s.known.name}"` });
    } else if (!has('Progress Assessment') && taskItems(s.body).length) {
      warnings.push({
        file,
        message: `has no "Progress Assessment" section; the task list under "${s.heading}" was read as its verification points`,
      });
      s.known = KNOWN.get(sectionKey('Progress Assessment'));
    } else if (!has('Proposed next activities') && isNextList(s.body)) {
      warnings.push({
        file,
        message: `has no "Proposed next activities" section; the links under "${s.heading}" were read as the next activities`,
      });
      s.known = KNOWN.get(sectionKey('Proposed next activities'));
    }
  }
  const sections: Section[] = [];
  let verification: string[] = [];
  let next: { activity: string; why: string }[] = [];
  const body = (md: string) => nestHeadings(normaliseLinks(md, slugToId, idToSlug, file, warnings));
  for (const s of keyed) {
    const text = tidy(s.body);
    if (!s.known) {
      warnings.push({ file, message: `unknown section "${s.heading}" was kept as it is` });
      if (text) sections.push({ title: s.heading, body: body(text) });
    } else if (s.known.name === 'Progress Assessment') verification = [...verification, ...taskItems(text)];
    else if (s.known.name === 'Proposed next activities')
      next = [...next, ...parseNext(text, slugToId, file, warnings)];
    else if (text) sections.push({ title: s.known.title!, body: body(text) });
  }
  for (const expected of EXPECTED) {
    if (!sections.some((s) => s.title === expected)) warnings.push({ file, message: `has no "${expected}" section` });
  }
  if (!verification.length) {
    warnings.push({
      file,
      message: `has no verification points (no "- [ ]" item${has('Progress Assessment') ? ' under "Progress Assessment"' : ' and no "Progress Assessment" section'}); imported without them, and its page says that this release defines none`,
    });
  }
  return { sections, verification, next };
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

/** A text field of the upstream data: trimmed; empty counts as absent. */
const field = z
  .string()
  .transform((s) => s.trim() || undefined)
  .optional();

/**
 * The shape of a My GGI Board file (`conf/ggi_activities_full.json`), as far as the importer
 * reads it; other fields (`roles`, `goals` with their colours) are allowed and ignored. Errors
 * name the field, e.g. `activities[3].content`.
 */
export const upstreamFileSchema = z.object({
  /** The handbook version, "1.3"; a number (1.3) is read as its text. Absent in early files. */
  handbook_version: z.union([z.string(), z.number()]).optional(),
  /** Where and when the data was taken. */
  source: z
    .object({
      'git-remote': field,
      'git-project': field,
      'git-reference': field,
      /** "YYYY-MM-DD hh:mm:ss": the day is the source's date. */
      'download-timestamp': z
        .string()
        .trim()
        .regex(/^\d{4}-\d{2}-\d{2}(?:$|[T ])/, {
          error: 'is not a date and time: expected "YYYY-MM-DD hh:mm:ss", as My GGI Board writes it',
        })
        .optional(),
    })
    .optional(),
  /** The activities, at least one. */
  activities: z
    .array(
      z.object({
        /** "GGI-A-17"; without it, the "Activity ID:" line of `content` is read. */
        id: field,
        /** The listed name (the handbook site's addresses come from it). */
        name: field,
        /** The upstream file name, e.g. 51_activity_17.md. */
        path: field,
        /** Role names, e.g. "Team Leader". */
        roles: z.array(z.string()).optional(),
        /** Goal name, e.g. "Usage Goal". */
        goal: field,
        /** The activity's whole Markdown file. */
        content: z.string(),
      }),
    )
    .min(1, { error: "is empty: expected the handbook's activities, as My GGI Board lists them" }),
});

/** What the caller may say about a release. */
export interface ReadOptions {
  /** The handbook version to use whatever the data says (--version). */
  version?: string;
}

/**
 * Reads a release from a My GGI Board JSON file or a folder of handbook Markdown files, and
 * settles its version: `options.version`, else the data's, else the release current on its
 * date (download date, or the newest modification date of a folder's files), reported as a
 * warning. Throws an Error with a one-line message naming the file and, for a malformed file,
 * the field, when the source is unusable (missing, unreadable, not JSON, not the format, no
 * activities, a version that is not one).
 */
export function readUpstream(sourcePath: string, options: ReadOptions = {}): UpstreamRelease {
  if (options.version !== undefined && !VERSION_PATTERN.test(options.version)) {
    throw new Error(`--version ${options.version}: not a handbook version: write it as major.minor, e.g. 1.3`);
  }
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
    const newest = new Date(Math.max(...files.map((f) => statSync(join(sourcePath, f)).mtimeMs)))
      .toISOString()
      .slice(0, 10);
    const version = settleVersion(undefined, newest, 'file date', options, sourcePath, warnings);
    return { ...version, source: {}, activities: buildActivities(raw, warnings), warnings };
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(sourcePath, 'utf8'));
  } catch (err) {
    throw new Error(`${sourcePath}: not a JSON file (${(err as Error).message})`, { cause: err });
  }
  const parsed = upstreamFileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const problems = problemsFromIssues(
      sourcePath,
      data,
      parsed.error.issues,
      "My GGI Board's ggi_activities_full.json",
    );
    const [p] = problems;
    const more =
      problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    throw new Error(`${sourcePath}: ${p.field}: ${p.problem}: ${p.fix}${more}`);
  }
  const d = parsed.data;
  const raw: RawActivity[] = d.activities.map((a, i) => ({
    id: a.id,
    name: a.name,
    roles: a.roles ?? [],
    goal: a.goal,
    content: a.content,
    file: a.path ?? `activities[${i}]`,
  }));
  const s = d.source ?? {};
  const source: UpstreamSource = {
    remote: s['git-remote'],
    project: s['git-project'],
    reference: s['git-reference'],
    date: s['download-timestamp']?.slice(0, 10),
  };
  if (source.remote && !/^https?:\/\/[^\s/]+/.test(source.remote)) {
    warnings.push({
      file: '(release)',
      message: `source.git-remote "${source.remote}" is not a web address; it was left out`,
    });
    source.remote = undefined;
  }
  const stated = d.handbook_version === undefined ? undefined : String(d.handbook_version).trim();
  if (stated !== undefined && options.version === undefined && !VERSION_PATTERN.test(stated)) {
    throw new Error(
      `${sourcePath}: handbook_version: "${stated}" is not a handbook version: pass --version with the release, e.g. --version 1.3`,
    );
  }
  const version = settleVersion(stated, source.date, 'download date', options, sourcePath, warnings);
  return { ...version, source, activities: buildActivities(raw, warnings), warnings };
}

/** The version of a release and where it comes from (see readUpstream); warns when it is inferred or missing. */
function settleVersion(
  stated: string | undefined,
  date: string | undefined,
  dateKind: 'download date' | 'file date',
  options: ReadOptions,
  file: string,
  warnings: ImportWarning[],
): Pick<UpstreamRelease, 'version' | 'versionBasis'> {
  if (options.version !== undefined) return { version: options.version, versionBasis: { from: 'option' } };
  if (stated !== undefined) return { version: stated, versionBasis: { from: 'data' } };
  if (!date) {
    warnings.push({
      file: '(release)',
      message: `the data names no handbook version and no date to infer it from; pass one with --version (${HANDBOOK_RELEASES.map((r) => r.version).join(', ')})`,
    });
    return {};
  }
  let release;
  try {
    release = releaseOn(date);
  } catch (err) {
    throw new Error(`${file}: the data names no handbook version, and its ${dateKind} ${(err as Error).message}`, {
      cause: err,
    });
  }
  warnings.push({
    file: '(release)',
    message: `the data names no handbook version; ${release.version} was inferred from its ${dateKind} ${date} (handbook ${release.version} was published ${publishedWhen(release)}); pass --version to choose another`,
  });
  return { version: release.version, versionBasis: { from: dateKind, date } };
}
