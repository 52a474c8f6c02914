import { z } from 'astro/zod';
import { date, line } from './shared.ts';

/** A news post: `content/news/<yyyy-mm-dd-slug>.md`, shown under /news/. */
export const newsSchema = z.strictObject({
  /** Headline. */
  title: line,
  /** Publication date. */
  date,
  /** One or two sentences for the list and the meta description. */
  summary: line,
  /** Topic tags, lower-case. */
  tags: z
    .array(z.string().regex(/^[a-z0-9-]+$/, { error: 'is not a tag: use lower-case words joined by -' }))
    .optional(),
});
export type NewsPost = z.infer<typeof newsSchema>;
