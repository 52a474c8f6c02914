/** Small text-formatting helpers for the UI (English). */

/** `count(1, 'activity', 'activities')` → "1 activity"; `count(3, …)` → "3 activities". */
export function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** A date as "23 June 2021" (UTC, so the build machine's time zone does not shift it). */
export function formatDate(d: Date): string {
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A session time for readers: "Friday 21 November 2025, 10:30 CET", in Brussels time. */
export function formatSessionTime(d: Date, timeZone = 'Europe/Brussels'): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(d);
}
