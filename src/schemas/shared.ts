/**
 * Schema pieces shared by several collections. Each custom message reads
 * "<what is wrong>: <how to fix>", so the content check can print it as it is.
 */
import { z } from 'astro/zod';
import { isCountryCode } from './countries.ts';

/**
 * Pattern of a GGI activity id: `GGI-A-` and two digits (handbook 1.3 uses GGI-A-16 … GGI-A-44),
 * or up to four, should the handbook (or a synthetic benchmark) ever pass 99.
 */
export const ACTIVITY_ID_PATTERN = /^GGI-A-\d{2,4}$/;

/** A GGI activity id such as `GGI-A-17`. */
export const activityId = z.string().regex(ACTIVITY_ID_PATTERN, {
  error: 'is not a GGI activity id: write it as GGI-A- followed by two digits, e.g. GGI-A-17',
});

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

/** The English names of the months, January first: the one list the date messages and labels use. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * What is impossible about a written date or date-time (`YYYY-MM-DD`, optionally followed by
 * `T` or a space and `hh:mm[:ss]`), as "<what is wrong>: <how to fix>", or undefined when it names
 * a real day and time. Text of another shape is left to the caller (undefined). Rule: the
 * Gregorian calendar (29 February in years divisible by 4, except centuries not divisible by 400).
 */
export function impossibleDate(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12)
    return `has no month ${m[2]} ("${text}"): write the month as 01 to 12, in YYYY-MM-DD order`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days)
    return `is not a day of the calendar ("${text}", ${MONTHS[month - 1]} ${year} has ${days} days): correct the day, in YYYY-MM-DD order`;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) {
    return `is not a time of the day ("${text}"): write the time as hh:mm from 00:00 to 23:59`;
  }
  return undefined;
}

/**
 * A calendar date. Astro's loader reads an unquoted `2025-12-01` as a Date; the content check
 * reads it as text first and refuses an impossible one (see src/lib/content/frontmatter.ts). A quoted
 * date is accepted too, checked against the calendar and converted to a Date at 00:00 UTC.
 */
export const date = z.union(
  [
    z.date(),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'is not a date: write it as YYYY-MM-DD, e.g. 2025-12-01' })
      .superRefine((s, ctx) => {
        const problem = impossibleDate(s);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .transform((s) => new Date(`${s}T00:00:00Z`)),
  ],
  { error: 'is not a date: write it as YYYY-MM-DD, e.g. 2025-12-01' },
);

/**
 * ISO 8601 date-time with a UTC offset, e.g. `2026-01-16T10:30:00+01:00`. Astro's loader reads an
 * unquoted timestamp as a Date (already absolute); the content check refuses an impossible one
 * first. A quoted one is checked against the calendar and converted.
 */
export const dateTime = z.union(
  [
    z.date(),
    z
      .string()
      .superRefine((s, ctx) => {
        const problem = impossibleDate(s);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .pipe(
        z.iso.datetime({
          offset: true,
          error: 'is not a date and time with a time zone: write it as 2026-01-16T10:30:00+01:00',
        }),
      )
      .transform((s) => new Date(s)),
  ],
  { error: 'is not a date and time with a time zone: write it as 2026-01-16T10:30:00+01:00' },
);

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

/**
 * What a translation follows: the first 12 hexadecimal digits of the SHA-256 of its English
 * original's file (`sourceHash` in src/lib/i18n/translations.ts). When the English file changes,
 * its hash no longer matches and the translation is listed as out of date on /translations/.
 */
export const translatedFrom = z.string().regex(/^[0-9a-f]{12}$/, {
  error:
    "is not a source hash: write the first 12 hex digits of the English file's SHA-256, in quotes (npm run translation -- <file> prints it)",
});
