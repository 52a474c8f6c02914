/**
 * The scorecard document's schema (zod/mini, the small build of zod 4, so the scorecard page's
 * bundle stays light): version 2 of `ScorecardDocument` with the limits that keep a stored or
 * imported document bounded, a compile-time check that its output type is exactly `types.ts`'s,
 * `check` (zod's issues, which problems.ts words: that code loads only when a document fails),
 * and the JSON Schema that `/api/scorecard.schema.json` publishes.
 */
import * as z from 'zod/mini';
import type { ScorecardDocument } from './types.ts';
import {
  type Status,
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

/**
 * JSON Schema keywords of the checks below, by schema: every check is a `z.refine` (one kind of
 * check, so the scorecard page's bundle carries one check's code instead of five), and
 * `scorecardJsonSchema` writes the keyword each stands for.
 */
const JSON_KEYWORDS = new WeakMap<object, Record<string, unknown>>();

/**
 * `schema` with a check that `test` passes: its message is the noun phrase of what was expected,
 * and problems.ts words the issue "expected <message>, found <the value, or its size>" (as
 * `params.found` says: a limit on size is told the size found); `json`, the JSON Schema keywords
 * that say the same.
 */
function checked<S extends z.ZodMiniType>(
  schema: S,
  test: (value: z.output<S>) => boolean,
  message: string,
  json: Record<string, unknown>,
  found: 'value' | 'size' = 'value',
): S {
  const out = schema.check(z.refine(test, { message, params: { found } })) as S;
  JSON_KEYWORDS.set(out, { ...JSON_KEYWORDS.get(schema), ...json });
  return out;
}

/** A text of at most `max` characters. */
const upTo = (max: number) =>
  checked(z.string(), (s) => s.length <= max, `at most ${max} characters`, { maxLength: max }, 'size');
/** A text that `pattern` matches, `what` saying it in words. */
const matching = (pattern: RegExp, what: string) =>
  checked(z.string(), (s) => pattern.test(s), what, { pattern: pattern.source });
/** A list of at most `max` items, `items` naming them. */
const listOf = <S extends z.ZodMiniType>(item: S, max: number, items: string) =>
  checked(z.array(item), (a) => a.length <= max, `at most ${max} ${items}`, { maxItems: max }, 'size');

const name = upTo(LIMITS.name);
const text = upTo(LIMITS.text);
const date = matching(DATE_PATTERN, 'a date written YYYY-MM-DD');
const dateOrEmpty = matching(DATE_OR_EMPTY, 'a date written YYYY-MM-DD, or empty');
// Regular expressions rather than z.iso and z.union: the same checks, a smaller bundle.
const dateTime = matching(DATE_TIME_PATTERN, 'a date-time in ISO 8601, UTC (e.g. 2026-01-05T14:46:11.000Z)');
const dateTimeOrEmpty = matching(
  new RegExp(`^(?:${DATE_TIME_PATTERN.source.slice(1, -1)})?$`),
  'a date-time in ISO 8601, UTC, or empty',
);
const activityId = matching(ACTIVITY_ID_PATTERN, 'an activity id such as GGI-A-17');
const pointId = matching(POINT_ID_PATTERN, 'a point id of 1 to 32 lower-case letters, digits or hyphens (e.g. v1)');
/**
 * A value of type T, the values `test` accepts: a z.custom (the same code as z.refine's, so no
 * further schema kind for numbers, enums or literals), worded and published like `checked`.
 */
function valueOf<T>(test: (value: unknown) => boolean, message: string, json: Record<string, unknown>) {
  const out = z.custom<T>(test, { message, params: { found: 'value' } });
  JSON_KEYWORDS.set(out, json);
  return out;
}

/** `values` in words, for "expected …": `"a" or "b"`. */
const oneOf = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(' or ');

const count = valueOf<number>((n) => Number.isInteger(n) && (n as number) >= 0, 'a whole number, 0 or more', {
  type: 'integer',
  minimum: 0,
});
const status = valueOf<Status>((s) => STATUSES.includes(s as Status), oneOf(STATUSES), { enum: STATUSES });

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
  id: matching(SCORECARD_ID_PATTERN, 'an id of 1 to 64 letters, digits, _ or -'),
  name,
  created: dateTime,
  iteration: z.strictObject({ name, started: date }),
  activities: z.record(activityId, activityRecordSchema),
  snapshots: listOf(snapshotSchema, LIMITS.snapshots, 'closed iterations'),
});

/**
 * The stored and exported document, version 2 (see `ScorecardDocument`): 1 to 50 scorecards with
 * distinct ids, `current` naming one of them. Unknown fields are refused everywhere, so a
 * misspelt field is reported rather than silently dropped.
 */
export const documentSchema = z
  .strictObject({
    format: valueOf<typeof DOCUMENT_FORMAT>((f) => f === DOCUMENT_FORMAT, oneOf([DOCUMENT_FORMAT]), {
      const: DOCUMENT_FORMAT,
    }),
    version: valueOf<typeof DOCUMENT_VERSION>((v) => v === DOCUMENT_VERSION, oneOf([DOCUMENT_VERSION]), {
      const: DOCUMENT_VERSION,
    }),
    current: z.string(),
    scorecards: checked(
      listOf(scorecardSchema, LIMITS.scorecards, 'scorecards'),
      (a) => a.length > 0,
      'at least one scorecard',
      { minItems: 1 },
      'size',
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

/**
 * The message zod gives an issue whose check has none of its own, when parsing through `check`:
 * zod/mini has no message texts, but a full zod loaded anywhere in the same page or process sets
 * English ones globally, so `check` asks for this one instead, and problems.ts words the issues
 * the same everywhere.
 */
export const NO_MESSAGE = 'Invalid input';

/**
 * `value` checked by `schema` (documentSchema, scorecardSchema, …): the data, or zod's issues,
 * which problems.ts (`describeIssues`, `validate`) words. Never throws.
 */
export function check<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
): { ok: true; data: z.output<S> } | { ok: false; issues: z.core.$ZodIssue[] } {
  const result = schema.safeParse(value, { error: () => NO_MESSAGE });
  return result.success ? { ok: true, data: result.data } : { ok: false, issues: result.error.issues };
}

/**
 * The JSON Schema (draft 2020-12) of the document, from `documentSchema` by zod's
 * `toJSONSchema` (with the keywords of each check, JSON_KEYWORDS), with `id` (its public URL) as `$id`. The checks zod cannot express in JSON
 * Schema (distinct scorecard ids, `current` naming one) are only said in the description.
 */
export function scorecardJsonSchema(id: string): Record<string, unknown> {
  return {
    $id: id,
    title: 'OSPO.Zone scorecard document',
    description:
      "Every scorecard of one browser, as the OSPO.Zone portal's scorecard exports it. Scorecard ids are distinct and `current` is one of them.",
    ...z.toJSONSchema(documentSchema, {
      target: 'draft-2020-12',
      // z.custom has no JSON Schema of its own: JSON_KEYWORDS gives it.
      unrepresentable: 'any',
      override: ({ zodSchema, jsonSchema }) => void Object.assign(jsonSchema, JSON_KEYWORDS.get(zodSchema)),
    }),
  };
}
