import { z } from 'astro/zod';
import { GOALS, ROLES } from './vocabularies.ts';
import { activityId, date, line, translatedFrom, url } from './shared.ts';

/** Pattern of an activity slug: the upstream rule, lower-case title words joined by `_`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:[_-][a-z0-9]+)*$/;

/** A "proposed next activity" link: where to go after this activity, and why. */
export const nextLinkSchema = z.strictObject({
  /** Id of the activity proposed next; it must exist. */
  activity: activityId,
  /** One sentence on why it makes a good next step. */
  why: line,
});

/**
 * Pattern of a verification point's id: 1 to 32 lower-case letters, digits and hyphens. The
 * importer writes `v1`, `v2`, … by position; an editor may choose another (e.g. `policy-published`).
 */
export const POINT_ID_PATTERN = /^[a-z0-9-]{1,32}$/;

/**
 * One verification point of an activity: a checkable statement and the id the scorecard stores
 * its tick under. Written in YAML as `- id: v1` and `  text: …` on the next line.
 */
export const verificationPointSchema = z.strictObject(
  {
    /**
     * Stable key of the point, unique within the activity: the scorecard stores ticks under it.
     * Keep it when the text is edited (a reworded point is the same point); give a new point a new
     * id, and never reuse a removed point's id for a different point. A translation uses the same
     * ids as its English original.
     */
    id: z.string().regex(POINT_ID_PATTERN, {
      error: 'is not a point id: use 1 to 32 lower-case letters, digits and hyphens, e.g. v3',
    }),
    /** The checkable statement, one line, as the page's checklist shows it. */
    text: line,
  },
  {
    // A point written as plain text is the format before ids (handbook checklists were plain lists).
    error: (issue) =>
      issue.code === 'invalid_type' && typeof issue.input === 'string'
        ? 'is plain text, not a point with its id: write "- id: v<number>" (a number no other point has) and, on the next line, "  text: " and the statement'
        : undefined,
  },
);

/** A verification point: its id and its text. */
export type VerificationPoint = z.infer<typeof verificationPointSchema>;

/**
 * A GGI activity: `content/activities/<lang>/<slug>.md`. The body holds the sections
 * Description, Opportunity assessment, Tools (optional), Recommendations, Resources; the progress
 * assessment is rendered from `verification`. Facts follow the GGI handbook version in `handbook`.
 */
export const activitySchema = z
  .strictObject({
    /** Activity id from the handbook, `GGI-A-NN`; unique per language. */
    id: activityId,
    /** Activity title, as in the handbook. */
    title: line,
    /** The GGI goal the activity belongs to. */
    goal: z.enum(GOALS),
    /** Roles the activity addresses, at least one, no repeats. */
    roles: z
      .array(z.enum(ROLES))
      .min(1, { error: 'is empty: name at least one role' })
      .refine((r) => new Set(r).size === r.length, { error: 'names a role twice: list each role once' }),
    /** One sentence for cards, search results and the meta description. */
    summary: line,
    /** Extra search terms people type for this activity (abbreviations, synonyms). */
    keywords: z.array(line).optional(),
    /**
     * Verification points: the progress-assessment checklist the scorecard uses (2 to 12 items),
     * each with an id unique within the activity. Empty only in an imported activity (one with
     * `source`) whose handbook release defines none; its page says so instead of showing a checklist.
     */
    verification: z
      .array(verificationPointSchema)
      .max(12, { error: 'has more than 12 verification points: merge some, keep at most 12' })
      .refine((v) => v.length !== 1, {
        error: 'has fewer than 2 verification points: list at least 2 checkable statements',
      })
      .superRefine((points, ctx) => {
        const first = new Map<string, number>();
        points.forEach((p, i) => {
          const at = first.get(p.id);
          if (at === undefined) first.set(p.id, i);
          else
            ctx.addIssue({
              code: 'custom',
              path: [i, 'id'],
              message: `"${p.id}" is used twice (also by verification[${at}]): give each point its own id`,
              input: p.id,
            });
        });
      }),
    /** Proposed next activities, in the handbook's order; may be empty. */
    next: z.array(nextLinkSchema),
    /** Handbook version the content follows, e.g. "1.3" (quoted, so YAML keeps it text). */
    handbook: z.string().regex(/^\d+\.\d+$/, { error: 'is not a handbook version: write it in quotes, e.g. "1.3"' }),
    /** URL slug; defaults to the file name. Set it in translations whose file name differs. */
    slug: z.string().regex(SLUG_PATTERN, { error: 'is not a slug: use lower-case words joined by _' }).optional(),
    /** Former slugs of this activity; each gets a redirect page to the current URL. */
    aliases: z
      .array(z.string().regex(SLUG_PATTERN, { error: 'is not a slug: use lower-case words joined by _' }))
      .optional(),
    /** Date of the last editorial change, when git history is not enough. */
    updated: date.optional(),
    /** Where an imported activity's text comes from (written by `npm run import:ggi`). */
    source: z
      .strictObject({
        /** Git host of the handbook, e.g. https://gitlab.ow2.org. */
        remote: url.optional(),
        /** Project on that host, e.g. ggi/ggi. */
        project: line.optional(),
        /** Branch or tag the text was taken from, e.g. v1.2. */
        reference: line.optional(),
        /** Day the text was taken. */
        date: date.optional(),
        /** The upstream file, e.g. handbook/content/51_activity_17.md. */
        file: line.optional(),
      })
      .optional(),
    /** Credit and licence of imported text, e.g. "CC BY 4.0, OW2 Good Governance Initiative / OSPO Alliance". */
    attribution: line.optional(),
    /** In a translation only: the English original's source hash it follows (see `translatedFrom`). */
    translatedFrom: translatedFrom.optional(),
  })
  .refine((a) => a.verification.length > 0 || a.source !== undefined, {
    // An empty list is how an imported release without verification points is written; in the
    // portal's own activities it is a mistake.
    path: ['verification'],
    error:
      'is empty: list at least 2 checkable statements (only an activity imported from the handbook, with a source field, may have none)',
    when: (payload) => Array.isArray((payload.value as { verification?: unknown }).verification),
  });
export type Activity = z.infer<typeof activitySchema>;
