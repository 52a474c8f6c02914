/**
 * The scorecard document's schema (zod/mini, the small build of zod 4, so the scorecard page's
 * bundle stays light): version 2 of `ScorecardDocument` with the limits that keep a stored or
 * imported document bounded, a compile-time check that its output type is exactly `types.ts`'s,
 * problems in readable words (zod/mini carries no message texts of its own), and the JSON Schema
 * that `/api/scorecard.schema.json` publishes.
 */
import * as z from 'zod/mini';
import type { ScorecardDocument } from './types.ts';
import {
  ACTIVITY_ID_PATTERN,
  DATE_PATTERN,
  DOCUMENT_FORMAT,
  DOCUMENT_VERSION,
  LIMITS,
  POINT_ID_PATTERN,
  STATUSES,
} from './vocabulary.ts';

// zod compiles a fast parser for each object schema with `new Function` unless told not to, and
// tests first whether it may: under the site's CSP (no 'unsafe-eval') that test is itself a CSP
// violation in the browser. Set before any schema below is made, since each decides at creation.
z.config({ jitless: true });

/** A date-time as `Date.prototype.toISOString()` writes it (UTC, `Z`; milliseconds optional). */
export const DATE_TIME_PATTERN =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?Z$/;

/** A scorecard id: letters, digits, `_` and `-`, 1 to 64 (model.ts makes random ones). */
export const SCORECARD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const DATE_OR_EMPTY = /^(?:\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))?$/;

const name = z.string().check(z.maxLength(LIMITS.name, `at most ${LIMITS.name} characters`));
const text = z.string().check(z.maxLength(LIMITS.text, `at most ${LIMITS.text} characters`));
const date = z.string().check(z.regex(DATE_PATTERN, 'a date written YYYY-MM-DD'));
const dateOrEmpty = z.string().check(z.regex(DATE_OR_EMPTY, 'a date written YYYY-MM-DD, or empty'));
// Regular expressions rather than z.iso and z.union: the same checks, a smaller bundle.
const dateTime = z
  .string()
  .check(z.regex(DATE_TIME_PATTERN, 'a date-time in ISO 8601, UTC (e.g. 2026-01-05T14:46:11.000Z)'));
const dateTimeOrEmpty = z
  .string()
  .check(
    z.regex(new RegExp(`^(?:${DATE_TIME_PATTERN.source.slice(1, -1)})?$`), 'a date-time in ISO 8601, UTC, or empty'),
  );
const activityId = z.string().check(z.regex(ACTIVITY_ID_PATTERN, 'an activity id such as GGI-A-17'));
const pointId = z
  .string()
  .check(z.regex(POINT_ID_PATTERN, 'a point id of 1 to 32 lower-case letters, digits or hyphens (e.g. v1)'));
const count = z.int().check(z.minimum(0, 'a whole number, 0 or more'));
const status = z.enum(STATUSES);

/** One activity's record (see `ActivityRecord`). */
export const activityRecordSchema = z.strictObject({
  status,
  points: z.record(pointId, text),
  fields: z.strictObject({
    customizedDescription: text,
    opportunityAssessment: text,
    objectives: text,
    tools: text,
    operationalNotes: text,
  }),
  owner: name,
  target: dateOrEmpty,
  updated: dateTime,
  board: z.optional(
    z.strictObject({
      tasksDone: count,
      tasksTotal: count,
      updatedAt: dateTimeOrEmpty,
    }),
  ),
});

/** A closed iteration (see `Snapshot`). */
export const snapshotSchema = z.strictObject({
  name,
  started: date,
  closed: date,
  activities: z.record(activityId, z.strictObject({ status, points: z.array(pointId) })),
});

/** One scorecard (see `Scorecard`). */
export const scorecardSchema = z.strictObject({
  id: z.string().check(z.regex(SCORECARD_ID_PATTERN, 'an id of 1 to 64 letters, digits, _ or -')),
  name,
  created: dateTime,
  iteration: z.strictObject({ name, started: date }),
  activities: z.record(activityId, activityRecordSchema),
  snapshots: z
    .array(snapshotSchema)
    .check(z.maxLength(LIMITS.snapshots, `at most ${LIMITS.snapshots} closed iterations`)),
});

/**
 * The stored and exported document, version 2 (see `ScorecardDocument`): 1 to 50 scorecards with
 * distinct ids, `current` naming one of them. Unknown fields are refused everywhere, so a
 * misspelt field is reported rather than silently dropped.
 */
export const documentSchema = z
  .strictObject({
    format: z.literal(DOCUMENT_FORMAT),
    version: z.literal(DOCUMENT_VERSION),
    current: z.string(),
    scorecards: z
      .array(scorecardSchema)
      .check(
        z.minLength(1, 'at least one scorecard'),
        z.maxLength(LIMITS.scorecards, `at most ${LIMITS.scorecards} scorecards`),
      ),
    exported: z.optional(dateTime),
  })
  .check(
    z.refine((d) => new Set(d.scorecards.map((s) => s.id)).size === d.scorecards.length, {
      message: 'two scorecards have the same id',
      path: ['scorecards'],
    }),
    z.refine((d) => d.scorecards.some((s) => s.id === d.current), {
      message: 'names no scorecard of the document',
      path: ['current'],
    }),
  );

/** True when A and B are the same type (not merely assignable either way). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Fails to compile when the schema's output and types.ts's document drift apart. */
type Assert<T extends true> = T;
export type _DocumentSchemaMatchesTypes = Assert<Equals<z.output<typeof documentSchema>, ScorecardDocument>>;

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

/**
 * The message zod gives an issue whose check has none of its own, when parsing through `validate`:
 * zod/mini has no message texts, but a full zod loaded anywhere in the same page or process sets
 * English ones globally, so `validate` asks for this one instead, and the messages below are the
 * same everywhere.
 */
const NO_MESSAGE = 'Invalid input';

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
      return issue.message;
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
  const result = schema.safeParse(value, { error: () => NO_MESSAGE });
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, problems: describeIssues(result.error.issues, value) };
}

/**
 * The JSON Schema (draft 2020-12) of the document, from `documentSchema` by zod's
 * `toJSONSchema`, with `id` (its public URL) as `$id`. The checks zod cannot express in JSON
 * Schema (distinct scorecard ids, `current` naming one) are only said in the description.
 */
export function scorecardJsonSchema(id: string): Record<string, unknown> {
  return {
    $id: id,
    title: 'OSPO.Zone scorecard document',
    description:
      "Every scorecard of one browser, as the OSPO.Zone portal's scorecard exports it. Scorecard ids are distinct and `current` is one of them.",
    ...z.toJSONSchema(documentSchema, { target: 'draft-2020-12' }),
  };
}
