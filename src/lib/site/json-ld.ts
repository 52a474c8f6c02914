/**
 * Structured data (schema.org JSON-LD) for search engines: the Organization on the home page, an
 * Article for each activity and case study, an Event for each OnRamp session. The required
 * properties are the ones scripts/gates/gates.ts checks (JSON_LD_REQUIRED).
 */
import { SITE } from './settings.ts';

type Thing = Record<string, unknown>;

/** The OSPO Alliance as publisher and organizer; `origin` is the site's absolute base URL. */
export function organization(origin: string): Thing {
  return { '@type': 'Organization', name: SITE.publisher, url: origin, logo: new URL('icon-512.png', origin).href };
}

/** The home page's Organization, with the founders as members. */
export function homeJsonLd(origin: string, founders: readonly { name: string; website: string }[]): Thing {
  return {
    '@context': 'https://schema.org',
    ...organization(origin),
    description: SITE.description,
    member: founders.map((f) => ({ '@type': 'Organization', name: f.name, url: f.website })),
  };
}

/**
 * An Article: an activity or a case study. Dates are optional (git history, publication). The
 * summary is not repeated here: the page's meta description carries it.
 */
export function articleJsonLd(a: {
  title: string;
  url: string;
  origin: string;
  modified?: Date;
  published?: Date;
  licence?: string;
}): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.title,
    url: a.url,
    inLanguage: 'en',
    publisher: organization(a.origin),
    license: a.licence ?? 'https://creativecommons.org/licenses/by/4.0/',
    ...(a.published ? { datePublished: a.published.toISOString().slice(0, 10) } : {}),
    ...(a.modified ? { dateModified: a.modified.toISOString().slice(0, 10) } : {}),
  };
}

/** An online Event: an OnRamp session. */
export function eventJsonLd(e: {
  title: string;
  summary: string;
  url: string;
  origin: string;
  start: Date;
  end: Date;
  join?: string;
  speakers: readonly { name: string; affiliation?: string }[];
}): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.title,
    description: e.summary,
    url: e.url,
    startDate: e.start.toISOString(),
    endDate: e.end.toISOString(),
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: { '@type': 'VirtualLocation', url: e.join ?? e.url },
    organizer: organization(e.origin),
    performer: e.speakers.map((s) => ({
      '@type': 'Person',
      name: s.name,
      ...(s.affiliation ? { affiliation: { '@type': 'Organization', name: s.affiliation } } : {}),
    })),
    isAccessibleForFree: true,
  };
}
