/**
 * The OSPO OnRamp meeting series: its rhythm, sessions split into upcoming and past, and iCalendar
 * files (RFC 5545) for one session and for the whole series, made with ical-generator.
 * The rhythm is the Alliance's: every other month, on the third Friday, 10:30–12:00
 * Europe/Brussels, online, in two parts of which only the first is recorded.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';

/** An instant as a Luxon date-time in Brussels time: ical-generator then writes it as local time with its TZID. */
const inBrussels = (d: Date) => DateTime.fromJSDate(d, { zone: ONRAMP.timeZone });

/** Facts of the series. */
export const ONRAMP = {
  /**
   * First session of the series' calendar file: 21 November 2025, a third Friday (the Alliance's
   * OnRamp page). Later dates follow `rrule`; the sessions' own pages say where a date moved.
   */
  seriesStart: '2025-11-21',
  name: 'OSPO OnRamp',
  timeZone: 'Europe/Brussels',
  /** Local start time in Brussels, hours and minutes. */
  start: { hour: 10, minute: 30 },
  /** Minutes. */
  duration: 90,
  /** Every other month, on the third Friday (RFC 5545 recurrence rule). */
  rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=3FR',
} as const;

/** What the functions need of a session. */
export interface SessionLike {
  id: string;
  title: string;
  start: Date;
  /** Minutes. */
  duration: number;
  summary: string;
  speakers: { name: string; affiliation?: string }[];
  links: { join?: string; recording?: string; slides?: string };
}

/** End of a session. */
export function sessionEnd(s: Pick<SessionLike, 'start' | 'duration'>): Date {
  return new Date(s.start.getTime() + s.duration * 60_000);
}

/**
 * Sessions not yet over at `now` (soonest first) and those over (latest first).
 * `now` is the build time: a static site splits them when it is built.
 */
export function splitSessions<T extends Pick<SessionLike, 'start' | 'duration'>>(sessions: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const upcoming = sessions.filter((s) => sessionEnd(s) > now).sort((a, b) => a.start.getTime() - b.start.getTime());
  const past = sessions.filter((s) => sessionEnd(s) <= now).sort((a, b) => b.start.getTime() - a.start.getTime());
  return { upcoming, past };
}

/** The UTC instant of a wall-clock time in a time zone (e.g. 10:30 in Brussels on a day). */
export function zonedTime(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(new Date(guess));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return new Date(guess - (shown - guess));
}

/** The third Friday of a month (1–12) of a year, as a day of the month. */
export function thirdFriday(year: number, month: number): number {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay(); // 0 = Sunday
  return 1 + ((5 - first + 7) % 7) + 14;
}

function calendar(name: string) {
  // No calendar-wide time zone: ical-generator would then write DTSTAMP in local time too, where
  // RFC 5545 (3.8.7.2) wants UTC. Events carry their TZID; `withTimezone` adds its VTIMEZONE.
  return ical({
    name,
    prodId: { company: 'OSPO Alliance', product: 'OSPO.Zone portal', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
}

/** Adds the Brussels VTIMEZONE definition that the events' TZID refers to (RFC 5545 3.6.5). */
function withTimezone(ics: string): string {
  const vtimezone = getVtimezoneComponent(ONRAMP.timeZone);
  if (!vtimezone) throw new Error(`no VTIMEZONE data for ${ONRAMP.timeZone}`);
  return ics.replace('BEGIN:VEVENT', `${vtimezone.trim().replace(/\r?\n/g, '\r\n')}\r\nBEGIN:VEVENT`);
}

function describe(s: SessionLike, pageUrl: string): string {
  const speakers = s.speakers.map((p) => (p.affiliation ? `${p.name} (${p.affiliation})` : p.name)).join(', ');
  return [s.summary, `Speakers: ${speakers}.`, s.links.join ? `Join: ${s.links.join}` : '', `Details: ${pageUrl}`].filter(Boolean).join('\n\n');
}

/** An iCalendar file for one session; `pageUrl` is the session's page, `uidHost` the site's host. */
export function sessionIcs(s: SessionLike, pageUrl: string, uidHost: string): string {
  const cal = calendar(`${ONRAMP.name}: ${s.title}`);
  cal.createEvent({
    id: `onramp-${s.id}@${uidHost}`,
    start: inBrussels(s.start),
    end: inBrussels(sessionEnd(s)),
    timezone: ONRAMP.timeZone,
    stamp: s.start,
    summary: `${ONRAMP.name}: ${s.title}`,
    description: describe(s, pageUrl),
    location: s.links.join ?? 'Online',
    url: pageUrl,
  });
  return withTimezone(cal.toString());
}

/**
 * An iCalendar file for the series: one recurring event from `first` (a session's start, on a
 * third Friday) following ONRAMP.rrule, in Brussels time so that it stays at 10:30 across
 * daylight-saving changes.
 */
export function seriesIcs(first: Date, pageUrl: string, uidHost: string): string {
  const cal = calendar(ONRAMP.name);
  cal.createEvent({
    id: `onramp-series@${uidHost}`,
    start: inBrussels(first),
    end: inBrussels(new Date(first.getTime() + ONRAMP.duration * 60_000)),
    timezone: ONRAMP.timeZone,
    stamp: first,
    summary: ONRAMP.name,
    description: `The OSPO Alliance's open online meeting for people who start or run an Open Source Program Office: every other month, on the third Friday, 10:30 to 12:00 Brussels time. Sessions and links: ${pageUrl}`,
    location: 'Online',
    url: pageUrl,
    repeating: `RRULE:${ONRAMP.rrule}`,
  });
  return withTimezone(cal.toString());
}
