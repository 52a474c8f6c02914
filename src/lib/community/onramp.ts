/**
 * The OSPO OnRamp meeting series: its standing facts, sessions split into upcoming and past, the
 * links a session page offers, and iCalendar files (RFC 5545) for one session and for the whole
 * series, made with ical-generator.
 *
 * The series calendar is a list of the announced sessions, one event each, not a recurrence
 * rule. The sessions held so far (16 May, 17 October and 21 November 2025, 29 May 2026) follow
 * no single rule: three fell on a third Friday, the fourth on the fifth Friday of its month, 1 to
 * 6 months apart; and the Alliance's OnRamp page itself says both "monthly" and "every third
 * Friday of every other month". A rule, even with its exceptions written out, would put dates
 * that were never announced into subscribers' calendars.
 */
import ical, { ICalCalendarMethod, type ICalCalendar } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';

/** An instant as a Luxon date-time in Brussels time: ical-generator then writes it as local time with its TZID. */
const inBrussels = (d: Date) => DateTime.fromJSDate(d, { zone: ONRAMP.timeZone });

/** Standing facts of the series (source: the Alliance's OnRamp page, `ONRAMP.page`). */
export const ONRAMP = {
  name: 'OSPO OnRamp',
  /** The Alliance's OnRamp page: where it announces sessions and links the material of past ones. */
  page: 'https://ospo-alliance.org/onramp',
  /** Sessions are announced, and their calendar events written, in Brussels time. */
  timeZone: 'Europe/Brussels',
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

/** Whether a session is still to come (or under way) at `now`: it is past once it has ended. */
export function isUpcoming(s: Pick<SessionLike, 'start' | 'duration'>, now: Date): boolean {
  return sessionEnd(s) > now;
}

/**
 * Sessions not yet over at `now` (soonest first) and those over (latest first).
 * `now` is the build time: a static site splits them when it is built.
 */
export function splitSessions<T extends Pick<SessionLike, 'start' | 'duration'>>(
  sessions: readonly T[],
  now: Date,
): { upcoming: T[]; past: T[] } {
  const upcoming = sessions.filter((s) => isUpcoming(s, now)).sort((a, b) => a.start.getTime() - b.start.getTime());
  const past = sessions.filter((s) => !isUpcoming(s, now)).sort((a, b) => b.start.getTime() - a.start.getTime());
  return { upcoming, past };
}

/** One link a session offers: what it is, its label for readers, where it points. */
export interface SessionLink {
  kind: 'calendar' | 'join' | 'recording' | 'slides';
  label: string;
  url: string;
}

/**
 * The links a session offers at `now`: an upcoming session its calendar file (`calendarUrl`) and
 * meeting room; any session the recording and slides its entry names. A past session offers no
 * calendar file and no room: there is nothing left to attend.
 */
export function sessionLinks(
  s: Pick<SessionLike, 'start' | 'duration' | 'links'>,
  now: Date,
  calendarUrl: string,
): SessionLink[] {
  const upcoming = isUpcoming(s, now);
  const links: (SessionLink | false | undefined)[] = [
    upcoming && { kind: 'calendar', label: 'Add to calendar (.ics)', url: calendarUrl },
    upcoming && s.links.join !== undefined && { kind: 'join', label: 'Join the meeting', url: s.links.join },
    s.links.recording !== undefined && { kind: 'recording', label: 'Watch the recording', url: s.links.recording },
    s.links.slides !== undefined && { kind: 'slides', label: 'Slides', url: s.links.slides },
  ];
  return links.filter((l): l is SessionLink => Boolean(l));
}

/** The UTC instant of a wall-clock time in a time zone (e.g. 10:30 in Brussels on a day). */
export function zonedTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(guess));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return new Date(guess - (shown - guess));
}

function calendar(name: string, description?: string) {
  // No calendar-wide time zone: ical-generator would then write DTSTAMP in local time too, where
  // RFC 5545 (3.8.7.2) wants UTC. Events carry their TZID; `withTimezone` adds its VTIMEZONE.
  return ical({
    name,
    ...(description ? { description } : {}),
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
  return [s.summary, `Speakers: ${speakers}.`, s.links.join ? `Join: ${s.links.join}` : '', `Details: ${pageUrl}`]
    .filter(Boolean)
    .join('\n\n');
}

/** Adds a session as one event; its UID is the same in the session's file and the series file. */
function addSession(cal: ICalCalendar, s: SessionLike, pageUrl: string, uidHost: string): void {
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
}

/** An iCalendar file for one session; `pageUrl` is the session's page, `uidHost` the site's host. */
export function sessionIcs(s: SessionLike, pageUrl: string, uidHost: string): string {
  const cal = calendar(`${ONRAMP.name}: ${s.title}`);
  addSession(cal, s, pageUrl, uidHost);
  return withTimezone(cal.toString());
}

/**
 * An iCalendar file for the series: one event per announced session, each on its own date and
 * time in Brussels, and no recurrence rule (see the module comment for why). The events keep
 * the UIDs of the sessions' own files, so a calendar that imported one does not show it twice.
 * `pageUrl` gives a session's page; `seriesUrl` is the series page.
 */
export function seriesIcs(
  sessions: readonly SessionLike[],
  pageUrl: (s: SessionLike) => string,
  seriesUrl: string,
  uidHost: string,
): string {
  const cal = calendar(
    ONRAMP.name,
    `The OSPO Alliance's open online meetings for people who start or run an Open Source Program Office, each session as it was announced. Sessions and links: ${seriesUrl}`,
  );
  for (const s of [...sessions].sort((a, b) => a.start.getTime() - b.start.getTime()))
    addSession(cal, s, pageUrl(s), uidHost);
  return withTimezone(cal.toString());
}
