/**
 * The content check: every problem of every content file in one run, each one line,
 * `<file>: <field>: <what is wrong>: <how to fix>` (see `problems.ts`). A file is checked for
 * its place (collection folder, language, extension, name), its frontmatter (YAML that Astro's
 * glob() loader reads the same way, see `frontmatter.ts`) and its collection's schema (the ones
 * `src/content.config.ts` gives Astro); then the rules between files run (`rules.ts`).
 *
 * Pure: it takes file paths and texts and returns entries and problems; reading the disk is the
 * caller's job (`load.ts` for the build).
 */
import { COLLECTIONS } from '../../schemas/collections.ts';
import { LANGUAGE_NAMES, LANGUAGES, PUBLISHED_LANGUAGES } from '../../schemas/vocabularies.ts';
import { SLUG_PATTERN } from '../../schemas/activity.ts';
import {
  collectionOf,
  hasEntryExtension,
  isFieldMap,
  isIgnored,
  looseEntry,
  parseEntry,
  templatePath,
  type Entry,
  type PartialEntry,
  type Place,
} from './entries.ts';
import type { ContentFile } from './files.ts';
import {
  fieldLine,
  FrontmatterSyntaxError,
  parseYaml,
  splitFrontmatter,
  toLoaderValue,
  YamlTimestamp,
} from './frontmatter.ts';
import { BODY_FIELD, FILE_FIELD, FRONTMATTER_FIELD, type Problem } from './problems.ts';
import { caseCollisions, crossCheck, logoProblems, placeholderProblems } from './rules.ts';
import { fieldPath, impossibleTimestamps, problemsFromIssues } from './schema-problems.ts';

/** The language of a folder name, if it is one of the portal's. */
function languageOf(folder: string) {
  return LANGUAGES.find((l) => l === folder);
}

/**
 * Parses and validates one file against its collection's schema. Returns the entry when the file
 * is valid, else `partial` (the fields that are right, for the rules between files to know its id
 * and name) when it parsed at all, and the problems found.
 */
export function checkFile(file: ContentFile): { entry?: Entry; partial?: PartialEntry; problems: Problem[] } {
  const problems: Problem[] = [];
  const p = (field: string, problem: string, fix: string) => problems.push({ file: file.path, field, problem, fix });
  const found = collectionOf(file.path);
  const known = Object.values(COLLECTIONS)
    .map((c) => `${c.dir}/`)
    .join(', ');
  if (!found) {
    p(FILE_FIELD, 'is not in a collection folder', `move it into one of ${known}`);
    return { problems };
  }
  const { name: collection, spec } = found;
  const parts = file.path.split('/');
  const base = parts.at(-1) ?? '';
  const dot = base.lastIndexOf('.');
  const name = dot > 0 ? base.slice(0, dot) : base;
  const ext = dot > 0 ? base.slice(dot + 1) : '';
  // A translation of a one-level collection sits in a language folder: goals/fr/usage.md.
  const translation = 'translations' in spec && spec.translations && parts.length === 3;
  if (parts.length !== spec.depth + 1 && !translation) {
    const where = spec.depth === 2 ? `${spec.dir}/<language>/` : `${spec.dir}/`;
    p(FILE_FIELD, `is not where ${spec.dir} files go`, `move it to ${where}${base}`);
    return { problems };
  }
  if (!spec.extensions.some((e) => e === ext)) {
    p(
      FILE_FIELD,
      `has the extension ".${ext}", which ${spec.dir} files do not use`,
      `rename it to ${name}.${spec.extensions[0]}`,
    );
    return { problems };
  }
  if (!SLUG_PATTERN.test(name)) {
    const suggestion = name
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '_')
      .replace(/^_+|_+$/g, '');
    p(
      FILE_FIELD,
      `file name "${name}" is not a lower-case slug (it becomes the URL)`,
      `rename it to ${suggestion}.${ext}`,
    );
  }
  let lang: string | undefined;
  if (spec.depth === 2 || translation) {
    lang = parts[1];
    const language = languageOf(lang);
    if (!language) {
      p(
        FILE_FIELD,
        `is in the folder "${lang}", which is not a language of the portal`,
        `move it into one of ${LANGUAGES.map((l) => `${spec.dir}/${l}/`).join(', ')}`,
      );
    } else if (!PUBLISHED_LANGUAGES.includes(language)) {
      const words = LANGUAGE_NAMES[language];
      p(
        FILE_FIELD,
        `is a ${words} translation, and the portal has no ${words} pages yet, so it would never be shown`,
        `keep it outside content/ until the ${words} pages are published`,
      );
    }
  }
  const split = splitFrontmatter(file.text);
  if (!split) {
    p(FRONTMATTER_FIELD, 'is missing', 'start the file with a frontmatter block between two "---" lines');
    return { problems: withLines(problems) };
  }
  const place: Place = { collection, path: file.path, name, lang, body: split.body };
  let raw: unknown;
  try {
    raw = parseYaml(split.yaml);
  } catch (err) {
    if (!(err instanceof FrontmatterSyntaxError)) throw err;
    const line = split.firstLine + err.index;
    problems.push({
      file: file.path,
      field: FRONTMATTER_FIELD,
      problem: `is not valid YAML at line ${line} (${err.reason})`,
      fix: 'check the indentation and quote values that contain ": " or start with a special character',
      line,
    });
    return { partial: looseEntry({ ...place, body: undefined }, split.yaml), problems };
  }
  if (raw === null || raw === undefined) raw = {};
  if (!isFieldMap(raw) || raw instanceof YamlTimestamp) {
    p(
      FRONTMATTER_FIELD,
      'is not a list of "field: value" lines',
      'write one "field: value" per line, as the template shows',
    );
    return { problems: withLines(problems) };
  }
  // Unquoted dates: an impossible one is refused here, never shifted to another day.
  const impossible = impossibleTimestamps(raw);
  for (const [path, problem] of impossible) {
    const at = problem.indexOf(': ');
    problems.push({
      file: file.path,
      field: fieldPath(path),
      problem: problem.slice(0, at),
      fix: problem.slice(at + 2),
    });
  }
  const data = toLoaderValue(raw);
  const parsed = parseEntry(place, isFieldMap(data) ? data : {});
  if (parsed.issues) {
    const reported = new Set(impossible.map(([path]) => fieldPath(path)));
    problems.push(
      ...problemsFromIssues(file.path, data, parsed.issues, templatePath(spec)).filter((q) => !reported.has(q.field)),
    );
    return { partial: parsed.partial, problems: withLines(problems) };
  }
  const entry = parsed.entry;
  // A news post or an OnRamp session is named after its day, which its address shows.
  if (!impossible.length && (entry.collection === 'news' || entry.collection === 'onramp')) {
    const start = raw.start;
    const written =
      entry.collection === 'news'
        ? entry.data.date.toISOString().slice(0, 10)
        : String(start instanceof YamlTimestamp ? start.text : start).slice(0, 10);
    const field = entry.collection === 'news' ? 'date' : 'start';
    if (!name.startsWith(`${written}-`)) {
      const rest = name.replace(/^\d{4}-\d{2}-\d{2}-?/, '') || 'title';
      p(
        FILE_FIELD,
        `the file name does not start with the ${field === 'date' ? 'date' : "session's day"} (${field}: ${written})`,
        `rename it to ${written}-${rest}.md, or correct ${field}`,
      );
    }
  }
  // A file whose data passed its schema is an entry, even with a problem in its name or folder;
  // one with an impossible date (which the loader would shift to another day) is not.
  if (impossible.length) return { partial: entry, problems: withLines(problems) };
  return { entry, problems: withLines(problems) };

  /** Gives each problem the line of its field. */
  function withLines(list: Problem[]): Problem[] {
    return list.map((q) => (q.line || !split ? q : { ...q, line: fieldLine(split, q.field) }));
  }
}

/** What the check needs besides the content files. */
export interface CheckOptions {
  /** File names in public/logos/; without it, members' logos are not checked. */
  logos?: readonly string[];
}

/** The outcome of the check: the valid entries and every problem. */
export interface CheckResult {
  entries: Entry[];
  problems: Problem[];
}

/**
 * Checks a whole content tree and reports every problem of every file in one run: each file
 * against its schema, then the rules between files (over the valid entries; a file with a mistake
 * of its own still counts as existing, so its mistake is reported once), example values left from
 * the templates, and members' logo files. Each problem carries the line it is on where known.
 */
export function checkContent(files: readonly ContentFile[], options: CheckOptions = {}): CheckResult {
  const entries: Entry[] = [];
  const partials: PartialEntry[] = [];
  const problems: Problem[] = [];
  const relevant = files.filter((f) => !isIgnored(f.path));
  const paths = new Set(relevant.map((f) => f.path));
  for (const file of relevant) {
    const r = checkFile(file);
    problems.push(...r.problems.map((q) => mergeInsteadOfOverwrite(q, paths)));
    if (r.entry) entries.push(r.entry);
    else if (r.partial) partials.push(r.partial);
  }
  problems.push(...caseCollisions(relevant.filter((f) => hasEntryExtension(f.path)).map((f) => f.path)));
  problems.push(...crossCheck(entries, partials));
  const templates = new Map(
    files.filter((f) => /^[^/]+\/_template\.md$/.test(f.path)).map((f) => [f.path.split('/')[0], f]),
  );
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

/** A file-name fix ("rename it to x.md") that would overwrite an existing file gets another fix. */
function mergeInsteadOfOverwrite(problem: Problem, paths: ReadonlySet<string>): Problem {
  const m = /^rename it to (.+)$/.exec(problem.fix);
  if (problem.field !== FILE_FIELD || !m) return problem;
  const target = problem.file.replace(/[^/]+$/, m[1]);
  if (!paths.has(target)) return problem;
  return { ...problem, fix: `content/${target} exists already: move what this file adds into it and delete this one` };
}
