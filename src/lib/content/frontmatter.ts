/**
 * The one frontmatter reader of our own code (content check, importer, `npm run new`, scripts).
 *
 * YAML is read with js-yaml, the parser Astro's glob() loader uses, with one difference: an
 * unquoted date or timestamp is not turned into a JavaScript Date on the spot, because js-yaml
 * builds it with `Date.UTC`, which silently shifts an impossible day (`2024-02-30` becomes
 * 1 March, `2024-13-03` becomes 3 January 2025). Such a value is kept as a `YamlTimestamp`
 * holding its text, so the check can refuse an impossible date, name the field and keep the text
 * as it was written.
 */
import yaml from 'js-yaml';

/** An unquoted YAML date or timestamp, as written (e.g. `2024-02-30`, `2026-01-16T10:30:00+01:00`). */
export class YamlTimestamp {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

/** js-yaml's built-in timestamp type (exported at run time, missing from its type definitions). */
const builtinTimestamp = (
  yaml as unknown as {
    types: { timestamp: yaml.Type & { resolve(d: string | null): boolean; construct(d: string): Date } };
  }
).types.timestamp;

/** js-yaml's timestamp type, constructing a YamlTimestamp instead of a Date. */
const timestampAsText = new yaml.Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (data: string | null) => builtinTimestamp.resolve(data),
  construct: (data: string) => new YamlTimestamp(data),
  instanceOf: YamlTimestamp,
});

/** js-yaml's default schema with timestamps kept as text (a type of the same tag replaces the built-in one). */
const SCHEMA = yaml.DEFAULT_SCHEMA.extend({ implicit: [timestampAsText] });

/** The frontmatter block, as Astro finds it: `---` first thing in the file, then `---`. */
const FRONTMATTER_RE = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** A file split into its frontmatter and body. */
export interface SplitFile {
  /** The YAML between the two `---` lines (its line 0 is the rest of the opening `---` line). */
  yaml: string;
  /** 1-based line number, in the file, of the opening `---` (line 0 of `yaml`). */
  firstLine: number;
  /** Everything after the closing `---` line. */
  body: string;
  /** 1-based line number, in the file, of the first body line. */
  bodyLine: number;
}

/** Splits a Markdown file into frontmatter and body; undefined when it has no frontmatter block. */
export function splitFrontmatter(text: string): SplitFile | undefined {
  const m = FRONTMATTER_RE.exec(text);
  if (!m) return undefined;
  const firstLine = text.slice(0, m.index + m[0].indexOf('---')).split('\n').length;
  const body = text.slice(m.index + m[0].length).replace(/^\r?\n/, '');
  return { yaml: m[1], firstLine, body, bodyLine: firstLine + m[1].split('\n').length };
}

/** A YAML syntax error: its 0-based line within the YAML text and js-yaml's reason. */
export class FrontmatterSyntaxError extends Error {
  readonly index: number;
  readonly reason: string;
  constructor(index: number, reason: string) {
    super(`YAML error at line ${index} of the frontmatter: ${reason}`);
    this.index = index;
    this.reason = reason;
  }
}

/**
 * Parses frontmatter YAML; unquoted dates and timestamps come back as YamlTimestamp.
 * Throws FrontmatterSyntaxError for invalid YAML.
 */
export function parseYaml(text: string): unknown {
  try {
    return yaml.load(text, { schema: SCHEMA });
  } catch (err) {
    if (err instanceof yaml.YAMLException) throw new FrontmatterSyntaxError(err.mark?.line ?? 0, err.reason);
    throw err;
  }
}

/**
 * One top-level field of a Markdown file's frontmatter, as parsed YAML (`frontmatterField(text, 'id')`
 * → `'GGI-A-23'`); undefined when the file has no frontmatter, the YAML does not parse or the
 * field is absent. For tools that need one fact of a file before (or without) the content check.
 */
export function frontmatterField(text: string, field: string): unknown {
  const split = splitFrontmatter(text);
  if (!split) return undefined;
  try {
    const data = parseYaml(split.yaml);
    return data && typeof data === 'object' && !Array.isArray(data)
      ? new Map(Object.entries(data)).get(field)
      : undefined;
  } catch (err) {
    if (err instanceof FrontmatterSyntaxError) return undefined;
    throw err;
  }
}

/** The js-yaml default parse (timestamps as Date), i.e. what Astro's loader gives the schemas. */
export function toLoaderValue(value: unknown): unknown {
  if (value instanceof YamlTimestamp) return builtinTimestamp.construct(value.text);
  if (Array.isArray(value)) return value.map(toLoaderValue);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toLoaderValue(v)]));
  }
  return value;
}

/**
 * 1-based line of the file where a top-level frontmatter field is written, for annotations;
 * the first frontmatter line when the field is not written (e.g. a missing field).
 */
export function fieldLine(split: SplitFile, field: string): number {
  const key = field.split(/[.[]/)[0];
  const lines = split.yaml.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${key}:`) || l.startsWith(`"${key}":`) || l.startsWith(`'${key}':`));
  return split.firstLine + Math.max(1, at);
}
