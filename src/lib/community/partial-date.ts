/**
 * Dates known to the day, the month or the quarter (`2025-12-01`, `2025-12`, `2025-Q4`, the
 * values `src/schemas/partial-date.ts` accepts): reading them, showing them to readers and
 * putting them in order. Pure functions, English labels.
 */
import { PARTIAL_DATE_PATTERN } from '../../schemas/partial-date.ts';
import { MONTHS } from '../../schemas/shared.ts';

/** A partial date, taken apart. `month` is 1–12; a quarter's months are 3q−2 to 3q. */
export type PartialDate =
  | { precision: 'day'; year: number; month: number; day: number }
  | { precision: 'month'; year: number; month: number }
  | { precision: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 };

/** Takes a normalised value apart. Throws on text the schema would refuse (a programming error). */
export function parsePartialDate(value: string): PartialDate {
  const m = PARTIAL_DATE_PATTERN.exec(value);
  if (!m) throw new Error(`not a YYYY-MM-DD, YYYY-MM or YYYY-Qn value: ${JSON.stringify(value)}`);
  const year = Number(m[1]);
  if (m[4]) return { precision: 'quarter', year, quarter: Number(m[4]) as 1 | 2 | 3 | 4 };
  if (m[3]) return { precision: 'day', year, month: Number(m[2]), day: Number(m[3]) };
  return { precision: 'month', year, month: Number(m[2]) };
}

/** First and last day (UTC midnight) of the period a value names. */
export function partialDateSpan(value: string): { start: Date; end: Date } {
  const p = parsePartialDate(value);
  const firstMonth = p.precision === 'quarter' ? 3 * p.quarter - 2 : p.month;
  const start = new Date(Date.UTC(p.year, firstMonth - 1, p.precision === 'day' ? p.day : 1));
  if (p.precision === 'day') return { start, end: start };
  const months = p.precision === 'quarter' ? 3 : 1;
  return { start, end: new Date(Date.UTC(p.year, firstMonth - 1 + months, 0)) };
}

/**
 * Orders values by time: by the first day of their period, then the longer period first (so
 * `2025-Q4` comes before `2025-10`, which comes before `2025-10-01`). A comparator for `sort`.
 */
export function comparePartialDates(a: string, b: string): number {
  const x = partialDateSpan(a);
  const y = partialDateSpan(b);
  return x.start.getTime() - y.start.getTime() || y.end.getTime() - x.end.getTime();
}

/** For readers: "23 June 2021", "December 2025" or "Q4 2025". */
export function formatPartialDate(value: string): string {
  const p = parsePartialDate(value);
  if (p.precision === 'quarter') return `Q${p.quarter} ${p.year}`;
  if (p.precision === 'month') return `${MONTHS[p.month - 1]} ${p.year}`;
  return `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
}
