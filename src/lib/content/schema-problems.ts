/**
 * Schema mistakes in a contributor's words: zod's issues for one file become problems that name
 * the field, say what is wrong and how to fix it, with "did you mean" for a misspelt field name
 * and a plain sentence for an unquoted date that names no real day.
 */
import type { z } from 'astro/zod';
import { impossibleDate } from '../../schemas/shared.ts';
import { YamlTimestamp } from './frontmatter.ts';
import { FRONTMATTER_FIELD, type Problem } from './problems.ts';

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

/** A field path as problems name it: `next[1].activity`; the frontmatter as a whole for the empty path. */
export function fieldPath(path: readonly PropertyKey[]): string {
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
    v = Reflect.get(v, key);
  }
  return v;
}

/** A zod type name in a contributor's words. */
function typeInWords(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    array: 'a list',
    object: 'a group of fields',
    number: 'a number',
    boolean: 'true or false',
    date: 'a date',
  };
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
 * A message written in our schemas: it starts with a lower-case word or a quoted value (zod's own
 * start with a capital) and reads "<what is wrong>: <how to fix>".
 */
const OWN_MESSAGE = /^[a-z"][^]*?: /;

/**
 * Turns zod issues into problems. Messages written in our schemas start with a lower-case word (or
 * a quoted value) and read "<what is wrong>: <how to fix>"; zod's own messages are replaced by sentences built from
 * the issue's code.
 */
export function problemsFromIssues(
  file: string,
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
  template = 'the template',
): Problem[] {
  const out: Problem[] = [];
  const missing = (i: z.core.$ZodIssue) =>
    valueAt(data, i.path) === undefined && i.path.length > 0 && i.code !== 'unrecognized_keys' && i.code !== 'custom';
  // A misspelt field is one line at the misspelling, not also "… is missing" for the right name.
  const misspelt = new Map<string, string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const meant = issues.find(
        (i) => missing(i) && i.path.length === issue.path.length + 1 && editDistance(String(i.path.at(-1)), key) <= 2,
      );
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
      out.push({
        file,
        field,
        problem: 'is missing',
        fix: `add "${String(issue.path.at(-1))}:" with${allowed}, as ${template} shows`,
      });
      continue;
    }
    if (issue.code === 'invalid_union') {
      // A value of the right type for one branch (e.g. the text of a date) gets that branch's own
      // messages; otherwise the union's message says what is expected.
      const typed = issue.errors.filter(
        (branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0),
      );
      if (typed.length === 1) {
        const nested = typed[0].map((i) => ({ ...i, path: [...issue.path, ...i.path] }));
        out.push(...problemsFromIssues(file, data, nested, template));
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
    // A schema's own message for a value of the wrong type (e.g. a verification point written as
    // plain text) says more than the generic sentence below.
    if (issue.code === 'invalid_type' && OWN_MESSAGE.test(issue.message)) {
      const own = issue.message.indexOf(': ');
      out.push({ file, field, problem: issue.message.slice(0, own), fix: issue.message.slice(own + 2) });
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
        out.push({
          file,
          field,
          problem: `is ${describeValue(input)}, not text`,
          fix: `put the value in quotes, e.g. "${String(input)}"`,
        });
      } else {
        out.push({
          file,
          field,
          problem: `is ${describeValue(input)}, where ${typeInWords(expected)} is expected`,
          fix: example(expected),
        });
      }
      continue;
    }
    if (issue.code === 'invalid_value') {
      const allowed = issue.values.map((v) => String(v)).join(', ');
      out.push({ file, field, problem: `"${String(input)}" is not an allowed value`, fix: `use one of: ${allowed}` });
      continue;
    }
    const own = OWN_MESSAGE.test(issue.message) ? issue.message.indexOf(': ') : -1;
    if (own > 0) {
      out.push({ file, field, problem: issue.message.slice(0, own), fix: issue.message.slice(own + 2) });
    } else {
      out.push({ file, field, problem: `is not valid (${issue.message})`, fix: `correct it as ${template} shows` });
    }
  }
  return out;
}

/** Paths of unquoted dates and timestamps that name no real day or time, with the problem ("<what>: <fix>"). */
export function impossibleTimestamps(value: unknown, path: PropertyKey[] = []): [PropertyKey[], string][] {
  if (value instanceof YamlTimestamp) {
    const problem = impossibleDate(value.text);
    return problem ? [[path, problem]] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => impossibleTimestamps(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => impossibleTimestamps(v, [...path, k]));
  return [];
}
