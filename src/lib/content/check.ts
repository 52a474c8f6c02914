/**
 * Content validation with contributor-friendly errors.
 *
 * Every problem is one line, `<file>: <field>: <what is wrong>: <how to fix>`, so a contributor
 * sees the file, the field and the fix without a stack trace. The frontmatter is parsed with
 * js-yaml, the parser Astro's glob() loader uses, so both read a file the same way; the schemas
 * are the ones `src/content.config.ts` gives Astro.
 *
 * Pure: it takes file paths and texts and returns problems; reading the disk is the caller's job.
 */
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName, type CollectionSpec } from '../../schemas/collections.ts';
import { SLUG_PATTERN } from '../../schemas/activity.ts';
import { impossibleDate } from '../../schemas/shared.ts';
import { DEFAULT_LANGUAGE, GOALS, LANGUAGE_NAMES, LANGUAGES, PUBLISHED_LANGUAGES, type Language } from '../../schemas/vocabularies.ts';
import { fieldLine, FrontmatterSyntaxError, parseYaml, splitFrontmatter, toLoaderValue, YamlTimestamp, type SplitFile } from './frontmatter.ts';
import { citationProblems } from '../community/case-studies.ts';
import { slugify } from '../handbook/ordering.ts';
import { RESERVED_PAGE_NAMES } from '../routes.ts';

/** A content file: its path relative to the content root (with `/`) and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

/** One thing wrong with the content. `field` is a dotted path such as `next[1].activity`. */
export interface Problem {
  file: string;
  field: string;
  problem: string;
  fix: string;
  /** 1-based line of the file the problem is on, where known (for pull-request annotations). */
  line?: number;
}

/** A file that parsed and passed its schema (or, as `Partial`, one that did not). */
export interface CheckedEntry {
  collection: CollectionName;
  /** Path relative to the content root. */
  path: string;
  /** File name without extension. */
  name: string;
  /** Language folder, for collections two levels deep (activities). */
  lang?: string;
  data: Record<string, unknown>;
  /** The Markdown after the frontmatter. */
  body?: string;
}

/** Field name used for problems that concern the file as a whole. */
export const FILE_FIELD = '(file)';
/** Field name used for problems in the frontmatter block as a whole. */
export const FRONTMATTER_FIELD = '(frontmatter)';
/** Field name used for problems in the Markdown body. */
export const BODY_FIELD = '(body)';

/** Formats a problem as the one line contributors see. */
export function formatProblem(p: Problem, contentLabel = 'content'): string {
  return `${contentLabel}/${p.file}: ${p.field}: ${p.problem}: ${p.fix}`;
}

/** Escapes a GitHub workflow command's message (`%`, CR, LF) or, with `property`, a property value (also `:` and `,`). */
function escapeCommand(text: string, property = false): string {
  const out = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return property ? out.replace(/:/g, '%3A').replace(/,/g, '%2C') : out;
}

/**
 * A problem as a GitHub Actions workflow command, `::error file=…,line=…,title=…::message`,
 * which GitHub shows as an annotation on that line of the pull request's diff. `contentLabel` is
 * the content folder's path from the repository root (GitHub's `file` is relative to it).
 */
export function githubAnnotation(p: Problem, contentLabel = 'content'): string {
  const props = [`file=${escapeCommand(`${contentLabel}/${p.file}`, true)}`, ...(p.line ? [`line=${p.line}`] : []), `title=${escapeCommand(`${p.field}: ${p.problem}`, true)}`];
  return `::error ${props.join(',')}::${escapeCommand(`${p.field}: ${p.problem}: ${p.fix}`)}`;
}

/**
 * What a contributor sees for a list of problems: one `file: field: problem: fix` line each and,
 * on GitHub Actions (`github`), the same problems as annotations on the pull request's diff.
 */
export function problemReport(problems: readonly Problem[], contentLabel = 'content', github = false): string[] {
  return [...problems.map((p) => formatProblem(p, contentLabel)), ...(github ? problems.map((p) => githubAnnotation(p, contentLabel)) : [])];
}

/** The closing line after the problems: how many, where, and how to read them. */
export function summaryLine(count: number, contentLabel = 'content', consequence = ''): string {
  return `${count} problem${count === 1 ? '' : 's'} in ${contentLabel}/${consequence}. Each line reads file: field: what is wrong: how to fix.`;
}

/** Levenshtein distance between two short words (for "did you mean"). */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = keep;
    }
  }
  return row[b.length];
}

/** Names the type of a YAML value in words a contributor knows. */
function describeValue(v: unknown): string {
  if (v === null) return 'empty';
  if (v instanceof Date || v instanceof YamlTimestamp) return 'a date';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a group of fields';
  if (typeof v === 'number') return 'a number';
  if (typeof v === 'boolean') return 'true/false';
  return `a ${typeof v}`;
}

function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || FRONTMATTER_FIELD;
}

/** Reads a value at a path inside parsed frontmatter (for messages that quote it). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** A zod type name in a contributor's words. */
function typeInWords(expected: string): string {
  const words: Record<string, string> = { string: 'text', array: 'a list', object: 'a group of fields', number: 'a number', boolean: 'true or false', date: 'a date' };
  return words[expected] ?? `a ${expected}`;
}

/** How to write a value of the expected type. */
function example(expected: string): string {
  switch (expected) {
    case 'array':
      return 'write a list, e.g. [a, b], or one "- item" line per item';
    case 'number':
      return 'write a number without quotes';
    case 'object':
      return 'write the indented fields, as the template shows';
    default:
      return `write ${typeInWords(expected)}`;
  }
}

/**
 * Turns zod issues into problems. Messages written in our schemas start with a lower-case word and
 * read "<what is wrong>: <how to fix>"; zod's own messages are replaced by sentences built from
 * the issue's code.
 */
export function problemsFromIssues(file: string, data: unknown, issues: readonly z.core.$ZodIssue[], template = 'the template'): Problem[] {
  const out: Problem[] = [];
  const missing = (i: z.core.$ZodIssue) => valueAt(data, i.path) === undefined && i.path.length > 0 && i.code !== 'unrecognized_keys' && i.code !== 'custom';
  // A misspelt field is one line at the misspelling, not also "… is missing" for the right name.
  const misspelt = new Map<string, string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const meant = issues.find((i) => missing(i) && i.path.length === issue.path.length + 1 && editDistance(String(i.path.at(-1)), key) <= 2);
      if (meant) misspelt.set(fieldPath([...issue.path, key]), String(meant.path.at(-1)));
    }
  }
  const meantFields = new Set([...misspelt.values()]);
  for (const issue of issues) {
    const field = fieldPath(issue.path);
    const input = valueAt(data, issue.path);
    // A field that is not there: "is missing", whatever zod's wording; our schemas' own messages
    // for a missing field (custom issues) say more and are kept.
    if (missing(issue)) {
      if (meantFields.has(String(issue.path.at(-1))) && issue.path.length === 1) continue;
      const allowed = issue.code === 'invalid_value' ? ` one of ${issue.values.map(String).join(', ')}` : ' a value';
      out.push({ file, field, problem: 'is missing', fix: `add "${String(issue.path.at(-1))}:" with${allowed}, as ${template} shows` });
      continue;
    }
    if (issue.code === 'invalid_union') {
      // A value of the right type for one branch (e.g. the text of a date) gets that branch's own
      // messages; otherwise the union's message says what is expected.
      const typed = issue.errors.filter((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0));
      if (typed.length === 1) {
        const nested = typed[0].map((i) => ({ ...i, path: [...issue.path, ...i.path] }));
        out.push(...problemsFromIssues(file, data, nested as z.core.$ZodIssue[], template));
        continue;
      }
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const at = fieldPath([...issue.path, key]);
        const meant = misspelt.get(at);
        out.push({
          file,
          field: at,
          problem: meant ? `is not a known field; did you mean "${meant}"?` : 'is not a known field',
          fix: meant ? `rename it to "${meant}"` : `remove it, or correct its spelling (${template} lists every field)`,
        });
      }
      continue;
    }
    if (issue.code === 'invalid_type') {
      const expected = String(issue.expected);
      if (input instanceof Date && expected === 'string') {
        out.push({
          file,
          field,
          problem: 'is read as a date, not text (YAML turns an unquoted 2024-01-01 into a date)',
          fix: 'put the value in quotes, e.g. "2024-01-01"',
        });
      } else if ((typeof input === 'number' || typeof input === 'boolean') && expected === 'string') {
        out.push({ file, field, problem: `is ${describeValue(input)}, not text`, fix: `put the value in quotes, e.g. "${String(input)}"` });
      } else {
        out.push({ file, field, problem: `is ${describeValue(input)}, where ${typeInWords(expected)} is expected`, fix: example(expected) });
      }
      continue;
    }
    if (issue.code === 'invalid_value') {
      const allowed = issue.values.map((v) => String(v)).join(', ');
      out.push({ file, field, problem: `"${String(input)}" is not an allowed value`, fix: `use one of: ${allowed}` });
      continue;
    }
    const own = /^[a-z]/.test(issue.message) ? issue.message.indexOf(': ') : -1;
    if (own > 0) {
      out.push({ file, field, problem: issue.message.slice(0, own), fix: issue.message.slice(own + 2) });
    } else {
      out.push({ file, field, problem: `is not valid (${issue.message})`, fix: `correct it as ${template} shows` });
    }
  }
  return out;
}

/** The commented example file of a collection, e.g. `content/activities/_template.md`. */
export function templatePath(spec: CollectionSpec): string {
  return `content/${spec.dir}/_template.${spec.extensions[0]}`;
}

/** Finds the collection a path belongs to, or undefined. */
function collectionOf(path: string): [CollectionName, CollectionSpec] | undefined {
  const top = path.split('/')[0];
  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, CollectionSpec][]) {
    if (spec.dir === top) return [name, spec];
  }
  return undefined;
}

/** Files at the content root or in a collection folder that are not entries (docs, templates). */
function isIgnored(path: string): boolean {
  const base = path.split('/').at(-1) ?? '';
  return base.startsWith('_') || base.startsWith('.') || /^(README|LICENSE)(\.[a-z]+)?$/i.test(base);
}

/**
 * Parses and validates one file against its collection's schema. Returns the entry when the file
 * is valid, else `partial` (its frontmatter as read, unchecked, for the cross-entry rules to
 * know its id and name) when it parsed at all, and the problems found.
 */
export function checkFile(file: ContentFile): { entry?: CheckedEntry; partial?: CheckedEntry; problems: Problem[] } {
  const problems: Problem[] = [];
  const p = (field: string, problem: string, fix: string) => problems.push({ file: file.path, field, problem, fix });
  const found = collectionOf(file.path);
  const known = Object.values(COLLECTIONS).map((c) => `${c.dir}/`).join(', ');
  if (!found) {
    p(FILE_FIELD, 'is not in a collection folder', `move it into one of ${known}`);
    return { problems };
  }
  const [collection, spec] = found;
  const parts = file.path.split('/');
  const base = parts.at(-1) ?? '';
  const dot = base.lastIndexOf('.');
  const name = dot > 0 ? base.slice(0, dot) : base;
  const ext = dot > 0 ? base.slice(dot + 1) : '';
  if (parts.length !== spec.depth + 1) {
    const where = spec.depth === 2 ? `${spec.dir}/<language>/` : `${spec.dir}/`;
    p(FILE_FIELD, `is not where ${spec.dir} files go`, `move it to ${where}${base}`);
    return { problems };
  }
  if (!(spec.extensions as readonly string[]).includes(ext)) {
    p(FILE_FIELD, `has the extension ".${ext}", which ${spec.dir} files do not use`, `rename it to ${name}.${spec.extensions[0]}`);
    return { problems };
  }
  if (!SLUG_PATTERN.test(name)) {
    const suggestion = name.toLowerCase().replace(/[^a-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '');
    p(FILE_FIELD, `file name "${name}" is not a lower-case slug (it becomes the URL)`, `rename it to ${suggestion}.${ext}`);
  }
  let lang: string | undefined;
  if (spec.depth === 2) {
    lang = parts[1];
    if (!(LANGUAGES as readonly string[]).includes(lang)) {
      p(FILE_FIELD, `is in the folder "${lang}", which is not a language of the portal`, `move it into one of ${LANGUAGES.map((l) => `${spec.dir}/${l}/`).join(', ')}`);
    } else if (!PUBLISHED_LANGUAGES.includes(lang as Language)) {
      p(FILE_FIELD, `is a ${LANGUAGE_NAMES[lang as Language]} translation, and the portal has no ${LANGUAGE_NAMES[lang as Language]} pages yet, so it would never be shown`, `keep it outside content/ until the ${LANGUAGE_NAMES[lang as Language]} pages are published`);
    }
  }
  const split = splitFrontmatter(file.text);
  if (!split) {
    p(FRONTMATTER_FIELD, 'is missing', 'start the file with a frontmatter block between two "---" lines');
    return { problems: withLines(problems) };
  }
  let raw: unknown;
  try {
    raw = parseYaml(split.yaml);
  } catch (err) {
    if (!(err instanceof FrontmatterSyntaxError)) throw err;
    const line = split.firstLine + err.index;
    problems.push({ file: file.path, field: FRONTMATTER_FIELD, problem: `is not valid YAML at line ${line} (${err.reason})`, fix: 'check the indentation and quote values that contain ": " or start with a special character', line });
    return { partial: { collection, path: file.path, name, lang, data: looseFields(split.yaml) }, problems };
  }
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    p(FRONTMATTER_FIELD, 'is not a list of "field: value" lines', 'write one "field: value" per line, as the template shows');
    return { problems: withLines(problems) };
  }
  // Unquoted dates: an impossible one is refused here, never shifted to another day.
  const impossible = impossibleTimestamps(raw);
  for (const [path, problem] of impossible) {
    const at = problem.indexOf(': ');
    problems.push({ file: file.path, field: fieldPath(path), problem: problem.slice(0, at), fix: problem.slice(at + 2) });
  }
  const data = toLoaderValue(raw) as Record<string, unknown>;
  const partial: CheckedEntry = { collection, path: file.path, name, lang, data: salvage(spec.schema, data), body: split.body };
  const result = spec.schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    const reported = new Set(impossible.map(([path]) => fieldPath(path)));
    problems.push(...problemsFromIssues(file.path, data, result.error.issues, templatePath(spec)).filter((q) => !reported.has(q.field)));
  }
  // A news post or an OnRamp session is named after its day, which its address shows.
  if (result.success && !impossible.length && (collection === 'news' || collection === 'onramp')) {
    const start = (raw as Record<string, unknown>).start;
    const written = collection === 'news' ? (result.data as { date: Date }).date.toISOString().slice(0, 10) : String(start instanceof YamlTimestamp ? start.text : start).slice(0, 10);
    const field = collection === 'news' ? 'date' : 'start';
    if (!name.startsWith(`${written}-`)) {
      const rest = name.replace(/^\d{4}-\d{2}-\d{2}-?/, '') || 'title';
      p(FILE_FIELD, `the file name does not start with the ${field === 'date' ? 'date' : 'session\'s day'} (${field}: ${written})`, `rename it to ${written}-${rest}.md, or correct ${field}`);
    }
  }
  // A file whose data passed its schema is an entry, even with a problem in its name or folder.
  if (!result.success || impossible.length) return { partial, problems: withLines(problems) };
  return { entry: { ...partial, data: result.data as Record<string, unknown> }, problems: withLines(problems) };

  /** Gives each problem the line of its field. */
  function withLines(list: Problem[]): Problem[] {
    return list.map((q) => (q.line || !split ? q : { ...q, line: fieldLine(split, q.field) }));
  }
}

/**
 * The fields of a file that failed its schema which pass their own field's schema, parsed; the
 * others are left out. The rules between files then still read what is right in the file, so
 * that all its problems show in one run (the schema's rules across fields are not applied).
 */
function salvage(schema: z.ZodType, data: Record<string, unknown>): Record<string, unknown> {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape) return {};
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const r = field.safeParse(data[key]);
    if (r.success && r.data !== undefined) out[key] = r.data;
  }
  return out;
}

/**
 * The plain `key: value` lines of frontmatter that is not valid YAML, so that the rules between
 * files still know the file's id and goal (its YAML mistake is reported on its own).
 */
function looseFields(text: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const m of text.matchAll(/^([A-Za-z_][\w-]*):[ \t]*(['"]?)([^'"#\n]*?)\2[ \t]*$/gm)) if (m[3]) fields[m[1]] = m[3];
  return fields;
}

/** Paths of unquoted dates and timestamps that name no real day or time, with the problem. */
function impossibleTimestamps(value: unknown, path: PropertyKey[] = []): [PropertyKey[], string][] {
  if (value instanceof YamlTimestamp) {
    const problem = impossibleDate(value.text);
    return problem ? [[path, problem]] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => impossibleTimestamps(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => impossibleTimestamps(v, [...path, k]));
  return [];
}

/** URL slug of an activity: its `slug` field, else its file name (without extension). */
export function activitySlug(entry: { data: { slug?: unknown }; name: string }): string {
  return typeof entry.data.slug === 'string' ? entry.data.slug : entry.name;
}

/**
 * File names that differ only by letter case collide: glob() lower-cases entry ids and URLs are
 * lower-case, so such files would silently share one page. Paths are relative to the content root.
 */
export function caseCollisions(paths: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const byLower = new Map<string, string>();
  for (const path of [...paths].sort()) {
    const key = path.replace(/\.[^./]+$/, '').toLowerCase();
    const other = byLower.get(key);
    if (other) problems.push({ file: path, field: FILE_FIELD, problem: `has the same name as content/${other} apart from letter case, so both would get one URL`, fix: 'rename one of them; file names are lower-case' });
    else byLower.set(key, path);
  }
  return problems;
}

/**
 * Rules that span entries (the design's cross-entry rules): ids and slugs unique per language;
 * English file names follow the slug rule; every referenced activity exists and is not the
 * entry itself; every goal has its file and at least one English activity; every translation has
 * an English original; a goal file's id equals its file name.
 */
export function crossCheck(valid: readonly CheckedEntry[], partials: readonly CheckedEntry[] = []): Problem[] {
  const problems: Problem[] = [];
  const p = (file: string, field: string, problem: string, fix: string) => problems.push({ file, field, problem, fix });
  // Files with a mistake of their own take part with the fields that are right (see salvage), so
  // that all their problems show at once and their mistake is not repeated elsewhere.
  const entries = [...valid, ...partials];
  const str = (v: unknown): v is string => typeof v === 'string';

  const activities = entries.filter((e) => e.collection === 'activities');
  const english = activities.filter((e) => e.lang === DEFAULT_LANGUAGE);
  const englishIds = new Set(english.map((e) => e.data.id).filter(str));
  // An activity whose id is wrong may be the one a reference means: its own problem says so.
  const unknownIds = english.some((e) => !str(e.data.id));

  for (const lang of new Set(activities.map((e) => e.lang))) {
    const inLang = activities.filter((e) => e.lang === lang);
    const ids = new Map<string, string>();
    const slugs = new Map<string, string>();
    for (const e of inLang) {
      const id = e.data.id;
      if (!str(id)) continue;
      const other = ids.get(id);
      if (other) p(e.path, 'id', `${id} is already the id of content/${other}`, 'give each activity its own id, or remove the duplicate file');
      else ids.set(id, e.path);
    }
    // Two activities with one URL: the file that claims it with a `slug` field is the one to change
    // (two file names in one folder cannot be equal).
    const claims = new Map<string, CheckedEntry[]>();
    for (const e of inLang) claims.set(activitySlug(e), [...(claims.get(activitySlug(e)) ?? []), e]);
    for (const [slug, owners] of claims) {
      slugs.set(slug, owners[0].path);
      if (owners.length < 2) continue;
      const byName = owners.find((e) => e.data.slug === undefined);
      for (const e of owners.filter((x) => x.data.slug !== undefined && x !== (byName ?? owners[0]))) {
        p(e.path, 'slug', `"${slug}" is already the URL of content/${(byName ?? owners[0]).path}`, 'choose another slug, or remove the field to use the file name');
      }
    }
    // A former slug (alias) becomes a redirect page, so it must not be any activity's slug.
    for (const e of inLang) {
      ((e.data.aliases as string[] | undefined) ?? []).forEach((alias, i) => {
        const owner = slugs.get(alias);
        if (owner) p(e.path, `aliases[${i}]`, `"${alias}" is the URL of content/${owner}, so it cannot redirect here`, 'remove it from aliases');
      });
    }
  }

  // English file names follow the handbook's slug rule, so existing links keep working.
  for (const e of english) {
    if (!str(e.data.title)) continue;
    const expected = slugify(e.data.title);
    if (e.data.slug === undefined && e.name !== expected) {
      p(e.path, FILE_FIELD, `the file name does not follow the slug rule for the title "${String(e.data.title)}"`, `rename it to ${expected}${e.path.slice(e.path.lastIndexOf('.'))}, or set slug: ${e.name}`);
    }
  }

  for (const e of activities) {
    const id = e.data.id;
    const next = (e.data.next as { activity: string }[] | undefined) ?? [];
    next.forEach((n, i) => {
      if (n.activity === id) p(e.path, `next[${i}].activity`, `points to the activity itself (${id})`, 'propose another activity, or remove this entry');
      else if (!englishIds.has(n.activity) && !unknownIds) p(e.path, `next[${i}].activity`, `${n.activity} is not the id of any activity`, 'use the id of an existing activity (see content/activities/en/)');
    });
    if (str(id) && e.lang !== DEFAULT_LANGUAGE && !englishIds.has(id)) {
      p(e.path, 'id', `${id} has no English original`, `add the English activity with that id to content/activities/${DEFAULT_LANGUAGE}/ first, or correct the id`);
    }
  }

  for (const e of entries.filter((x) => x.collection === 'caseStudies')) {
    ((e.data.activities as string[] | undefined) ?? []).forEach((id, i) => {
      if (!englishIds.has(id) && !unknownIds) p(e.path, `activities[${i}]`, `${id} is not the id of any activity`, 'use the id of an existing activity (see content/activities/en/)');
    });
  }

  for (const e of entries.filter((x) => x.collection === 'pages')) {
    if (RESERVED_PAGE_NAMES.includes(e.name)) p(e.path, FILE_FIELD, `"${e.name}" is the address of a section of the site`, 'give the page another file name');
  }

  problems.push(...duplicateMembers(entries));

  // A case study cites a listed source for each claim (footnotes); see src/lib/community/case-studies.ts.
  for (const e of entries.filter((x) => x.collection === 'caseStudies' && Array.isArray(x.data.sources))) {
    for (const problem of citationProblems(e.body ?? '', e.data.sources as { url: string }[])) {
      const [what, fix] = problem.split(': ');
      p(e.path, BODY_FIELD, what, fix ?? 'end each claim with a footnote [^key], defined at the end as [^key]: [Title](address of one of the sources)');
    }
  }

  const goals = entries.filter((e) => e.collection === 'goals');
  for (const g of goals) {
    if (str(g.data.id) && g.data.id !== g.name) p(g.path, 'id', `"${String(g.data.id)}" differs from the file name "${g.name}"`, `set id: ${g.name}, or rename the file to ${String(g.data.id)}.md`);
  }
  const goalFiles = new Set(goals.map((g) => g.name));
  for (const goal of GOALS) {
    if (!goalFiles.has(goal)) p(`goals/${goal}.md`, FILE_FIELD, `the goal "${goal}" has no file`, `add content/goals/${goal}.md`);
    // An activity whose goal is misspelt may be this goal's: its own problem says so.
    else if (!english.some((a) => a.data.goal === goal || !(GOALS as readonly unknown[]).includes(a.data.goal))) {
      p(`goals/${goal}.md`, FILE_FIELD, `the goal "${goal}" has no activities`, `add an activity with goal: ${goal} to content/activities/${DEFAULT_LANGUAGE}/`);
    }
  }
  return problems;
}

/** A website address reduced to what identifies the site: host without `www.`, path without a final `/`. */
function siteKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}

/**
 * Two member files for one organisation: the same name (ignoring case) or the same website.
 * Both files are named, since either may be the one to keep.
 */
export function duplicateMembers(entries: readonly CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const members = entries.filter((x) => x.collection === 'members');
  const groups = (key: (e: CheckedEntry) => string | undefined) => {
    const by = new Map<string, CheckedEntry[]>();
    for (const e of members) {
      const k = key(e);
      if (k) by.set(k, [...(by.get(k) ?? []), e]);
    }
    return [...by.values()].filter((g) => g.length > 1);
  };
  const named = new Set<string>();
  for (const group of groups((e) => (typeof e.data.name === 'string' ? e.data.name.trim().toLowerCase() : undefined))) {
    for (const e of group) {
      named.add(e.path);
      const others = group.filter((o) => o !== e).map((o) => `content/${o.path}`).join(', ');
      problems.push({ file: e.path, field: 'name', problem: `"${String(e.data.name)}" is also the member in ${others}`, fix: 'keep one file per member: merge the two into one and delete the other' });
    }
  }
  for (const group of groups((e) => (typeof e.data.website === 'string' ? siteKey(e.data.website) : undefined))) {
    for (const e of group.filter((x) => !named.has(x.path))) {
      const others = group.filter((o) => o !== e).map((o) => `content/${o.path}`).join(', ');
      problems.push({ file: e.path, field: 'website', problem: `${String(e.data.website)} is also the website of the member in ${others}`, fix: 'keep one file per member (merge the two into one and delete the other), or correct the address' });
    }
  }
  return problems;
}

/** Host names reserved for examples (RFC 2606): a link to one is a placeholder left in. */
const EXAMPLE_HOST = /(^|\.)example(\.(com|net|org))?$/i;

/** Values of a parsed frontmatter by field path, list positions written `[]`. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v) => leaves(v, `${path}[]`));
  if (value && typeof value === 'object' && !(value instanceof Date) && !(value instanceof YamlTimestamp)) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [[path, value]];
}

/** The same leaves with the real list positions, for messages (`verification[1]`). */
function positionedLeaves(value: unknown, path = ''): [string, string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => positionedLeaves(v, `${path}[${i}]`).map(([p, g, x]) => [p, g, x] as [string, string, unknown]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => positionedLeaves(v, path ? `${path}.${k}` : k));
  }
  return [[path, path.replace(/\[\d+\]/g, '[]'), value]];
}

/**
 * Example values of the collection templates left in an entry: a text field equal to the
 * template's example text for that field (texts of 20 characters or more, or naming an
 * "example"), a web address on a reserved example host (example.org, …), or a body equal to the
 * template's. `templates` are the `_template.md` files, by collection folder.
 */
export function placeholderProblems(entries: readonly CheckedEntry[], templates: ReadonlyMap<string, ContentFile>): Problem[] {
  const problems: Problem[] = [];
  const examples = new Map<string, { values: Set<string>; body: string }>();
  for (const [dir, file] of templates) {
    const split = splitFrontmatter(file.text);
    if (!split) continue;
    let data: unknown;
    try {
      data = parseYaml(split.yaml);
    } catch {
      continue;
    }
    const values = new Set(
      leaves(data)
        .filter(([, v]) => typeof v === 'string' && (v.length >= 20 || /example/i.test(v)))
        .map(([path, v]) => `${path}\u0000${String(v)}`),
    );
    examples.set(dir, { values, body: split.body.trim() });
  }
  for (const e of entries) {
    const dir = COLLECTIONS[e.collection].dir;
    const template = examples.get(dir);
    const where = template ? `content/${dir}/_template.md` : 'the template';
    for (const [field, generic, value] of positionedLeaves(e.data)) {
      if (typeof value !== 'string') continue;
      if (template?.values.has(`${generic}\u0000${value}`)) {
        problems.push({ file: e.path, field, problem: `is still the example text of ${where} ("${value}")`, fix: 'replace it with the real value' });
        continue;
      }
      let host = '';
      try {
        host = /^https?:\/\//.test(value) ? new URL(value).hostname : '';
      } catch {
        host = '';
      }
      if (host && EXAMPLE_HOST.test(host)) problems.push({ file: e.path, field, problem: `${value} is an example address, not a real one`, fix: 'write the real web address, or remove the field if it is optional' });
    }
    if (template?.body && e.body?.trim() === template.body) {
      problems.push({ file: e.path, field: BODY_FIELD, problem: `is still the example text of ${where}`, fix: 'write the entry\'s own text below the frontmatter' });
    }
  }
  return problems;
}

/** A member's `logo` names a file in public/logos/; `logos` lists the file names there. */
export function logoProblems(entries: readonly CheckedEntry[], logos: readonly string[]): Problem[] {
  return entries
    .filter((e) => e.collection === 'members' && typeof e.data.logo === 'string' && !logos.includes(e.data.logo))
    .map((e) => ({ file: e.path, field: 'logo', problem: `"${String(e.data.logo)}" is not a file in public/logos/`, fix: 'add the logo file there, or remove the logo line (an initials badge shows instead)' }));
}

/** What the check needs besides the content files. */
export interface CheckOptions {
  /** File names in public/logos/; without it, members' logos are not checked. */
  logos?: readonly string[];
}

/**
 * Checks a whole content tree and reports every problem of every file in one run: each file
 * against its schema, then the rules between files (over the valid entries; a file with a mistake
 * of its own still counts as existing, so its mistake is reported once), example values left from
 * the templates, and members' logo files. Each problem carries the line it is on where known.
 */
export function checkContent(files: readonly ContentFile[], options: CheckOptions = {}): { entries: CheckedEntry[]; problems: Problem[] } {
  const entries: CheckedEntry[] = [];
  const partials: CheckedEntry[] = [];
  const problems: Problem[] = [];
  const relevant = files.filter((f) => !isIgnored(f.path));
  const paths = new Set(relevant.map((f) => f.path));
  for (const file of relevant) {
    const r = checkFile(file);
    problems.push(...r.problems.map((q) => mergeInsteadOfOverwrite(q, paths)));
    if (r.entry) entries.push(r.entry);
    else if (r.partial) partials.push(r.partial);
  }
  problems.push(...caseCollisions(relevant.filter(hasEntryExtension).map((f) => f.path)));
  problems.push(...crossCheck(entries, partials));
  const templates = new Map(files.filter((f) => /^[^/]+\/_template\.md$/.test(f.path)).map((f) => [f.path.split('/')[0], f]));
  problems.push(...placeholderProblems([...entries, ...partials], templates));
  if (options.logos) problems.push(...logoProblems([...entries, ...partials], options.logos));
  const texts = new Map(relevant.map((f) => [f.path, f.text]));
  return { entries, problems: problems.map((q) => (q.line ? q : withLine(q, texts.get(q.file)))) };
}

/** A problem with the line of its field in the file's text, where the file has frontmatter. */
function withLine(problem: Problem, text: string | undefined): Problem {
  const split = text === undefined ? undefined : splitFrontmatter(text);
  if (!split) return problem;
  return { ...problem, line: problem.field === BODY_FIELD ? split.bodyLine : fieldLine(split, problem.field) };
}

/** Whether a file has the extension of its collection (files with another one are no entries). */
function hasEntryExtension(file: ContentFile): boolean {
  const spec = collectionOf(file.path)?.[1];
  return !!spec && (spec.extensions as readonly string[]).some((ext) => file.path.endsWith(`.${ext}`));
}

/** A file-name fix ("rename it to x.md") that would overwrite an existing file gets another fix. */
function mergeInsteadOfOverwrite(problem: Problem, paths: ReadonlySet<string>): Problem {
  const m = /^rename it to (.+)$/.exec(problem.fix);
  if (problem.field !== FILE_FIELD || !m) return problem;
  const target = problem.file.replace(/[^/]+$/, m[1]);
  if (!paths.has(target)) return problem;
  return { ...problem, fix: `content/${target} exists already: move what this file adds into it and delete this one` };
}
