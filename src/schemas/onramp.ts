import { z } from 'astro/zod';
import { dateTime, line, person, url } from './shared.ts';

/** An OnRamp session: `content/onramp/<yyyy-mm-dd-slug>.md`; the body is the abstract. */
export const onrampSchema = z.strictObject({
  /** Session title. */
  title: line,
  /** Start, with its UTC offset. */
  start: dateTime,
  /** Length in minutes (the series' sessions run 90 minutes). */
  duration: z.number().int().min(15).max(480).default(90),
  /** Who speaks, at least one. */
  speakers: z.array(person).min(1, { error: 'is empty: name at least one speaker' }),
  /** One or two sentences for cards and the meta description. */
  summary: line,
  /** Where to join, watch or read. */
  links: z
    .strictObject({
      /** Meeting room URL. */
      join: url.optional(),
      /** Recording of the first part (the only part recorded). */
      recording: url.optional(),
      /** Slides. */
      slides: url.optional(),
    })
    .default({}),
});
export type OnrampSession = z.infer<typeof onrampSchema>;
