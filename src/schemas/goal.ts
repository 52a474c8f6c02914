import { z } from 'astro/zod';
import { GOALS } from './vocabularies.ts';
import { line, translatedFrom } from './shared.ts';

/**
 * A GGI goal: one file per goal in `content/goals/<id>.md`; the body explains the goal.
 * Facts (the five goals, their order) follow GGI handbook 1.3, "Goals".
 */
export const goalSchema = z.strictObject({
  /** Goal id, one of the five GGI goals; must equal the file name. */
  id: z.enum(GOALS),
  /** Position in the handbook's progression, 1 (Usage) to 5 (Strategy). */
  order: z.number().int().min(1).max(5),
  /** Display title, e.g. "Usage". */
  title: line,
  /** The maturity step the goal stands for, in a few words, e.g. "Use open source knowingly". */
  level: line,
  /** One or two sentences for cards and the meta description. */
  summary: line,
  /** In a translation only: the English original's source hash it follows (see `translatedFrom`). */
  translatedFrom: translatedFrom.optional(),
});
export type Goal = z.infer<typeof goalSchema>;
