/**
 * What is wrong with a scorecard document, in readable words (zod/mini carries no message texts
 * of its own): zod's issues from schema.ts's `check` as `path: what is wrong` lines. Only needed
 * when a document fails, so the scorecard page loads it then (storage.ts), not with the schema.
 */
import type * as z from 'zod/mini';
import { check, NO_MESSAGE } from './schema.ts';

/** A zod issue, as much of it as the messages below read. */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  values?: unknown[];
  keys?: string[];
  issues?: Issue[];
  params?: { found?: 'value' | 'size' };
}

/** `scorecards[0].activities.GGI-A-17.status` for `['scorecards', 0, 'activities', 'GGI-A-17', 'status']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out || '(the document)';
}

/** What a JSON value is, in words, for "expected …, found …". */
function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  record: 'an object',
};

/** The value at `path` in `root` (undefined when the path leads nowhere). */
function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

/** How big a text or a list is, for "too long". */
function sizeOf(value: unknown): string {
  if (typeof value === 'string') return `${value.length} characters`;
  if (Array.isArray(value)) return `${value.length} items`;
  return kindOf(value);
}

/** What was expected, from a check's own message (a noun phrase) or zod's issue fields. */
function expectedOf(issue: Issue): string {
  if (issue.message && issue.message !== NO_MESSAGE) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return EXPECTED[issue.expected ?? ''] ?? String(issue.expected);
    case 'invalid_value':
      return (issue.values ?? []).map((v) => JSON.stringify(v)).join(' or ');
    case 'too_big':
      return `at most ${String(issue.maximum)} ${issue.origin === 'string' ? 'characters' : 'items'}`;
    case 'too_small':
      return `at least ${String(issue.minimum)} ${issue.origin === 'string' ? 'characters' : 'items'}`;
    default:
      return 'another value';
  }
}

/** One issue's message, without its path. */
function issueText(issue: Issue, input: unknown): string {
  const value = at(input, issue.path);
  switch (issue.code) {
    case 'custom':
      // A check of a value (schema.ts's `checked`, with `params.found`) says what it expected; a
      // check of the whole document, what is wrong.
      if (!issue.params?.found) return issue.message;
      if (value === undefined) return `missing (expected ${issue.message})`;
      return `expected ${issue.message}, found ${issue.params.found === 'size' ? sizeOf(value) : kindOf(value)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys?.length === 1 ? '' : 's'} ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_key':
      return `this key is not ${issue.issues?.map(expectedOf).join(', ') ?? 'valid'}`;
    case 'too_big':
    case 'too_small':
      return `expected ${expectedOf(issue)}, found ${sizeOf(value)}`;
    default:
      return value === undefined
        ? `missing (expected ${expectedOf(issue)})`
        : `expected ${expectedOf(issue)}, found ${kindOf(value)}`;
  }
}

/**
 * zod issues as readable lines, `path: what is wrong` (e.g.
 * `scorecards[0].activities.GGI-A-17.status: expected "Not Selected" or "In Progress" or "Done", found the text "Started"`),
 * at most `max` of them plus a line saying how many more there are. `input` is the value that was
 * checked, to say what was found.
 */
export function describeIssues(issues: readonly Issue[], input: unknown, max = 20): string[] {
  const lines = issues.slice(0, max).map((i) => `${formatPath(i.path)}: ${issueText(i, input)}`);
  if (issues.length > max) lines.push(`… and ${issues.length - max} more problems`);
  return lines;
}

/**
 * `value` checked by `schema` (documentSchema, scorecardSchema, …): the data, or the problems as
 * describeIssues words them. Never throws.
 */
export function validate<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
): { ok: true; data: z.output<S> } | { ok: false; problems: string[] } {
  const result = check(schema, value);
  return result.ok ? result : { ok: false, problems: describeIssues(result.issues, value) };
}
