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
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName, type CollectionSpec } from '../schemas/collections.ts';
import { SLUG_PATTERN } from '../schemas/activity.ts';
import { DEFAULT_LANGUAGE, GOALS, LANGUAGES } from '../schemas/vocabularies.ts';
import { slugify } from './handbook.ts';
import { RESERVED_PAGE_NAMES } from './routes.ts';

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
}

/** A file that parsed and passed its schema. */
export interface CheckedEntry {
  collection: CollectionName;
  /** Path relative to the content root. */
  path: string;
  /** File name without extension. */
  name: string;
  /** Language folder, for collections two levels deep (activities). */
  lang?: string;
  data: Record<string, unknown>;
}

/** Field name used for problems that concern the file as a whole. */
export const FILE_FIELD = '(file)';
/** Field name used for problems in the frontmatter block as a whole. */
export const FRONTMATTER_FIELD = '(frontmatter)';

/** Formats a problem as the one line contributors see. */
export function formatProblem(p: Problem, contentLabel = 'content'): string {
  return `${contentLabel}/${p.file}: ${p.field}: ${p.problem}: ${p.fix}`;
}

/** The closing line after the problems: how many, where, and how to read them. */
export function summaryLine(count: number, contentLabel = 'content', consequence = ''): string {
  return `${count} problem${count === 1 ? '' : 's'} in ${contentLabel}/${consequence}. Each line reads file: field: what is wrong: how to fix.`;
}

/** The frontmatter block, as Astro finds it: `---` first thing in the file, then `---`. */
const FRONTMATTER_RE = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** Names the type of a YAML value in words a contributor knows. */
function describeValue(v: unknown): string {
  if (v === null) return 'empty';
  if (v instanceof Date) return 'a date';
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
  for (const issue of issues) {
    const field = fieldPath(issue.path);
    const input = valueAt(data, issue.path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          file,
          field: fieldPath([...issue.path, key]),
          problem: 'is not a known field',
          fix: `remove it, or correct its spelling (${template} lists every field)`,
        });
      }
      continue;
    }
    if (issue.code === 'invalid_type') {
      const expected = String(issue.expected);
      if (input === undefined) {
        out.push({ file, field, problem: 'is missing', fix: `add "${String(issue.path.at(-1))}:" with a value, as ${template} shows` });
      } else if (input instanceof Date && expected === 'string') {
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
 * Parses and validates one file against its collection's schema.
 * Returns the entry (when valid) and the problems found.
 */
export function checkFile(file: ContentFile): { entry?: CheckedEntry; problems: Problem[] } {
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
    }
  }
  const match = FRONTMATTER_RE.exec(file.text);
  if (!match) {
    p(FRONTMATTER_FIELD, 'is missing', 'start the file with a frontmatter block between two "---" lines');
    return { problems };
  }
  let data: unknown;
  try {
    data = yaml.load(match[1]);
  } catch (err) {
    if (err instanceof yaml.YAMLException) {
      // js-yaml counts from 0 within the captured block, which starts on the opening "---" line.
      const line = (err.mark?.line ?? 0) + 1;
      p(FRONTMATTER_FIELD, `is not valid YAML at line ${line} (${err.reason})`, 'check the indentation and quote values that contain ": " or start with a special character');
      return { problems };
    }
    throw err;
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    p(FRONTMATTER_FIELD, 'is not a list of "field: value" lines', 'write one "field: value" per line, as the template shows');
    return { problems };
  }
  const result = spec.schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    problems.push(...problemsFromIssues(file.path, data, result.error.issues, templatePath(spec)));
    return { problems };
  }
  return { entry: { collection, path: file.path, name, lang, data: result.data as Record<string, unknown> }, problems };
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
export function crossCheck(entries: readonly CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const p = (file: string, field: string, problem: string, fix: string) => problems.push({ file, field, problem, fix });

  const activities = entries.filter((e) => e.collection === 'activities');
  const english = activities.filter((e) => e.lang === DEFAULT_LANGUAGE);
  const englishIds = new Set(english.map((e) => e.data.id as string));

  for (const lang of new Set(activities.map((e) => e.lang))) {
    const inLang = activities.filter((e) => e.lang === lang);
    const ids = new Map<string, string>();
    const slugs = new Map<string, string>();
    for (const e of inLang) {
      const id = e.data.id as string;
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
    const expected = slugify(e.data.title as string);
    if (e.data.slug === undefined && e.name !== expected) {
      p(e.path, FILE_FIELD, `the file name does not follow the slug rule for the title "${String(e.data.title)}"`, `rename it to ${expected}${e.path.slice(e.path.lastIndexOf('.'))}, or set slug: ${e.name}`);
    }
  }

  for (const e of activities) {
    const id = e.data.id as string;
    const next = e.data.next as { activity: string }[];
    next.forEach((n, i) => {
      if (n.activity === id) p(e.path, `next[${i}].activity`, `points to the activity itself (${id})`, 'propose another activity, or remove this entry');
      else if (!englishIds.has(n.activity)) p(e.path, `next[${i}].activity`, `${n.activity} is not the id of any activity`, 'use the id of an existing activity (see content/activities/en/)');
    });
    if (e.lang !== DEFAULT_LANGUAGE && !englishIds.has(id)) {
      p(e.path, 'id', `${id} has no English original`, `add the English activity with that id to content/activities/${DEFAULT_LANGUAGE}/ first, or correct the id`);
    }
  }

  for (const e of entries.filter((x) => x.collection === 'caseStudies')) {
    (e.data.activities as string[]).forEach((id, i) => {
      if (!englishIds.has(id)) p(e.path, `activities[${i}]`, `${id} is not the id of any activity`, 'use the id of an existing activity (see content/activities/en/)');
    });
  }

  for (const e of entries.filter((x) => x.collection === 'pages')) {
    if (RESERVED_PAGE_NAMES.includes(e.name)) p(e.path, FILE_FIELD, `"${e.name}" is the address of a section of the site`, 'give the page another file name');
  }

  const goals = entries.filter((e) => e.collection === 'goals');
  for (const g of goals) {
    if (g.data.id !== g.name) p(g.path, 'id', `"${String(g.data.id)}" differs from the file name "${g.name}"`, `set id: ${g.name}, or rename the file to ${String(g.data.id)}.md`);
  }
  const goalFiles = new Set(goals.map((g) => g.name));
  for (const goal of GOALS) {
    if (!goalFiles.has(goal)) p(`goals/${goal}.md`, FILE_FIELD, `the goal "${goal}" has no file`, `add content/goals/${goal}.md`);
    else if (!english.some((a) => a.data.goal === goal)) {
      p(`goals/${goal}.md`, FILE_FIELD, `the goal "${goal}" has no activities`, `add an activity with goal: ${goal} to content/activities/${DEFAULT_LANGUAGE}/`);
    }
  }
  return problems;
}

/**
 * Checks a whole content tree: every file against its schema, then the cross-entry rules
 * (these only when every file parsed, so one mistake does not cascade into many lines).
 */
export function checkContent(files: readonly ContentFile[]): { entries: CheckedEntry[]; problems: Problem[] } {
  const entries: CheckedEntry[] = [];
  const problems: Problem[] = [];
  const relevant = files.filter((f) => !isIgnored(f.path));
  for (const file of relevant) {
    const r = checkFile(file);
    problems.push(...r.problems);
    if (r.entry) entries.push(r.entry);
  }
  problems.push(...caseCollisions(relevant.map((f) => f.path)));
  if (entries.length === relevant.length) problems.push(...crossCheck(entries));
  return { entries, problems };
}
