/**
 * A date that may be known only to the month or the quarter: `2025-12-01`, `2025-12` or
 * `2025-Q4`. Sources sometimes give no day (the Alliance's quarterly recaps name the quarter a
 * member joined in), and the portal must not invent one. The display and ordering of these
 * values live in `src/lib/community/partial-date.ts`.
 */
import { z } from 'astro/zod';

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY-Qn` (n from 1 to 4). The day is checked separately. */
export const PARTIAL_DATE_PATTERN = /^(\d{4})-(?:(0[1-9]|1[0-2])(?:-(\d{2}))?|Q([1-4]))$/;

/** Whether `YYYY-MM-DD` names a real calendar day (no 31 April, no 29 February in 2025). */
function isRealDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const MESSAGE =
  'is not a date, month or quarter: write YYYY-MM-DD, or YYYY-MM or YYYY-Qn when the source gives no day, e.g. 2025-12-01, 2025-12 or 2025-Q4';

/**
 * A day, a month or a quarter, as its normalised text (`2025-12-01`, `2025-12`, `2025-Q4`).
 * YAML reads an unquoted `2025-12-01` as a Date: that is accepted and written back as its day.
 * Anything else fails with one message in the content check's "<what is wrong>: <how to fix>" form.
 */
export const partialDate = z.union(
  [
    z.date().transform((d) => d.toISOString().slice(0, 10)),
    z.string().refine((s) => PARTIAL_DATE_PATTERN.test(s) && (s.length !== 10 || isRealDay(s)), { error: MESSAGE }),
  ],
  { error: MESSAGE },
);
