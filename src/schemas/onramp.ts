import { z } from 'astro/zod';
import { line, person, url } from './shared.ts';

/**
 * ISO 8601 date-time with a UTC offset, e.g. `2026-01-16T10:30:00+01:00`. YAML reads an unquoted
 * timestamp as a Date (already absolute), which is accepted too.
 */
const dateTime = z.union([z.date(), z.iso.datetime({ offset: true }).transform((s) => new Date(s))], {
  error: 'is not a date and time with a time zone: write it as 2026-01-16T10:30:00+01:00',
});

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
