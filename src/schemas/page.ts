import { z } from 'astro/zod';
import { line } from './shared.ts';

/** A stand-alone page (about, governance, join, contribute): `content/pages/<slug>.md`. */
export const pageSchema = z.strictObject({
  /** Page title. */
  title: line,
  /** One sentence for the meta description. */
  description: line,
  /** Position in page lists, lowest first. */
  order: z.number().int().optional(),
});
export type Page = z.infer<typeof pageSchema>;
