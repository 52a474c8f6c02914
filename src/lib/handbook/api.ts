/**
 * `/api/ggi.json`: the GGI goals and activities as data, so tools (TODO Group, My GGI Board, …)
 * can reuse the list instead of copying it; its JSON Schema is `/api/ggi.schema.json`, generated
 * from the zod schema below (zod's toJSONSchema). `format` versions the shape: it changes only
 * when a field is removed or changes meaning.
 */
import { z } from 'astro/zod';
import { GOALS, ROLES } from '../../schemas/vocabularies.ts';
import { ACTIVITY_ID_PATTERN } from '../../schemas/shared.ts';
import { POINT_ID_PATTERN } from '../../schemas/activity.ts';
import { activityPath, goalPath } from '../routes.ts';
import { CONTENT_LICENCE, handbookVersions } from './book.ts';

/**
 * Version of the export's shape. 2: each verification point is `{ id, text }` (in 1 it was the
 * text alone).
 */
export const API_FORMAT = 2;

export const ggiExportSchema = z
  .object({
    format: z.literal(API_FORMAT).describe('Version of this data shape; a new number means an incompatible change.'),
    handbook: z.string().describe('GGI handbook version(s) the activities follow, e.g. "1.3".'),
    generated: z.string().describe('Date of the build that made this file, YYYY-MM-DD.'),
    licence: z.string().describe('Licence of the texts.'),
    source: z.url().describe('The portal this data comes from.'),
    goals: z
      .array(
        z.object({
          id: z.enum(GOALS),
          order: z.number().int().min(1).max(5),
          title: z.string(),
          level: z.string().describe('The maturity step the goal stands for.'),
          summary: z.string(),
          url: z.url(),
        }),
      )
      .length(5),
    activities: z.array(
      z.object({
        id: z.string().regex(ACTIVITY_ID_PATTERN),
        title: z.string(),
        goal: z.enum(GOALS),
        roles: z.array(z.enum(ROLES)).min(1),
        summary: z.string(),
        verification: z
          .array(
            z.object({
              id: z
                .string()
                .regex(POINT_ID_PATTERN)
                .describe(
                  'Stable key of the point, unique within the activity and the same in every language; kept when the text is edited, never reused for another point. Store progress under it.',
                ),
              text: z.string().describe('The checkable statement.'),
            }),
          )
          .describe(
            'Verification points: the progress-assessment checklist; empty only for an activity imported from a handbook release that defines none.',
          ),
        next: z
          .array(z.object({ activity: z.string().regex(ACTIVITY_ID_PATTERN), why: z.string() }))
          .describe('Proposed next activities.'),
        url: z.url(),
      }),
    ),
  })
  .describe('The Good Governance Initiative (GGI) goals and activities, as published on the OSPO.Zone portal.');

export type GgiExport = z.infer<typeof ggiExportSchema>;

/** The JSON Schema (draft 2020-12) of the export, with its own address as `$id`. */
export function ggiJsonSchema(id: string): Record<string, unknown> {
  return {
    $id: id,
    title: 'GGI goals and activities (OSPO.Zone)',
    ...z.toJSONSchema(ggiExportSchema, { target: 'draft-2020-12' }),
  };
}

/** What the export needs of a goal and of an activity (content entries' data). */
export interface ExportInput {
  goals: { id: (typeof GOALS)[number]; order: number; title: string; level: string; summary: string }[];
  activities: {
    slug: string;
    data: {
      id: string;
      title: string;
      goal: (typeof GOALS)[number];
      roles: (typeof ROLES)[number][];
      summary: string;
      verification: { id: string; text: string }[];
      next: { activity: string; why: string }[];
      handbook: string;
    };
  }[];
}

/**
 * Builds the export from goals (in order) and activities (in reading order); `abs(path)` gives
 * the absolute URL of a site path. Throws (zod) when the result breaks its own schema.
 */
export function buildGgiExport(input: ExportInput, abs: (path: string) => string, generated = new Date()): GgiExport {
  return ggiExportSchema.parse({
    format: API_FORMAT,
    handbook: handbookVersions(input.activities.map((a) => a.data)).join(', '),
    generated: generated.toISOString().slice(0, 10),
    licence: CONTENT_LICENCE.name,
    source: abs(''),
    goals: input.goals.map((g) => ({
      id: g.id,
      order: g.order,
      title: g.title,
      level: g.level,
      summary: g.summary,
      url: abs(goalPath(g.id)),
    })),
    activities: input.activities.map(({ slug, data: a }) => ({
      id: a.id,
      title: a.title,
      goal: a.goal,
      roles: a.roles,
      summary: a.summary,
      verification: a.verification.map((v) => ({ id: v.id, text: v.text })),
      next: a.next.map((n) => ({ activity: n.activity, why: n.why })),
      url: abs(activityPath(slug)),
    })),
  });
}
