import { z } from 'astro/zod';
import { activityId, line, translatedFrom } from './shared.ts';

/** A stand-alone page (about, governance, join, contribute): `content/pages/<slug>.md`. */
export const pageSchema = z.strictObject({
  /** Page title. */
  title: line,
  /** One sentence for the meta description. */
  description: line,
  /** Position in page lists, lowest first. */
  order: z.number().int().optional(),
  /**
   * GGI activities the page is about, by id (e.g. GGI-A-25; each must exist): the page of each
   * lists this page under "Further reading".
   */
  activities: z.array(activityId).optional(),
  /** In a translation only: the English original's source hash it follows (see `translatedFrom`). */
  translatedFrom: translatedFrom.optional(),
});
export type Page = z.infer<typeof pageSchema>;
