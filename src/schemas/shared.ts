/**
 * Schema pieces shared by several collections. Each custom message reads
 * "<what is wrong>: <how to fix>", so the content check can print it as it is.
 */
import { z } from 'astro/zod';
import { isCountryCode } from '../lib/countries.ts';

/**
 * Pattern of a GGI activity id: `GGI-A-` and two digits (handbook 1.3 uses GGI-A-16 … GGI-A-44),
 * or up to four, should the handbook (or a synthetic benchmark) ever pass 99.
 */
export const ACTIVITY_ID_PATTERN = /^GGI-A-\d{2,4}$/;

/** A GGI activity id such as `GGI-A-17`. */
export const activityId = z
  .string()
  .regex(ACTIVITY_ID_PATTERN, { error: 'is not a GGI activity id: write it as GGI-A- followed by two digits, e.g. GGI-A-17' });

/** A one-line text: non-empty after trimming, no line breaks. */
export const line = z
  .string()
  .trim()
  .min(1, { error: 'is empty: write some text' })
  .refine((s) => !/[\r\n]/.test(s), { error: 'spans several lines: keep it on one line' });

/** An absolute http(s) URL. */
export const url = z.url({
  protocol: /^https?$/,
  error: 'is not a full web address: write it as https://example.org/…',
});

/**
 * A calendar date. YAML turns an unquoted `2025-12-01` into a Date; a quoted ISO date string is
 * accepted too and converted.
 */
export const date = z.union([z.date(), z.iso.date().transform((s) => new Date(`${s}T00:00:00Z`))], {
  error: 'is not a date: write it as YYYY-MM-DD, e.g. 2025-12-01',
});

/** ISO 3166-1 alpha-2 country code in capitals, e.g. `FR`, `DE`, `GB` (checked against CLDR). */
export const country = z.string().refine(isCountryCode, {
  error: 'is not a country code: use the two-letter ISO 3166-1 code in capitals, e.g. FR (the United Kingdom is GB)',
});

/** A person named on the site: a speaker or an author. */
export const person = z.strictObject({
  /** Full name as the person writes it. */
  name: line,
  /** Organisation the person speaks for, if any. */
  affiliation: line.optional(),
});
