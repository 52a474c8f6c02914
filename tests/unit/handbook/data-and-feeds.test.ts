import { getRssString } from '@astrojs/rss';
import Ajv2020 from 'ajv/dist/2020.js';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { activitySlug, entriesIn } from '../../../src/lib/content/entries.ts';
import type { CollectionName } from '../../../src/schemas/collections.ts';
import { readContentTree } from '../../../src/lib/content/files.ts';
import { FEED, feedItems } from '../../../src/lib/community/feed.ts';
import { buildGgiExport, ggiJsonSchema } from '../../../src/lib/handbook/api.ts';
import { groupByGoal, studiesIllustrating } from '../../../src/lib/handbook/ordering.ts';
import {
  ONRAMP,
  seriesIcs,
  sessionIcs,
  sessionLinks,
  splitSessions,
  zonedTime,
  type SessionLike,
} from '../../../src/lib/community/onramp.ts';

const { entries } = checkContent(readContentTree('content'));
const of = <C extends CollectionName>(collection: C) => entriesIn(entries, collection);

describe('the RSS feed', () => {
  it('parses as RSS 2.0 and lists news and case studies, newest first', async () => {
    const sources = [
      ...of('news').map((e) => ({
        kind: 'news' as const,
        id: e.name,
        title: e.data.title,
        date: e.data.date,
        summary: e.data.summary,
      })),
      ...of('caseStudies').map((e) => ({
        kind: 'case-study' as const,
        id: e.name,
        title: e.data.title,
        date: e.data.published,
        summary: e.data.summary,
      })),
    ];
    const xml = await getRssString({
      ...FEED,
      site: 'https://example.org/',
      items: feedItems(sources, (p) => new URL(p, 'https://example.org/').href),
    });
    const feed = new XMLParser().parse(xml) as {
      rss: { channel: { title: string; item: { title: string; link: string; pubDate: string }[] } };
    };
    expect(feed.rss.channel.title).toBe(FEED.title);
    const items = feed.rss.channel.item;
    expect(items).toHaveLength(sources.length);
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const newest = [...sources].sort((a, b) => b.date.getTime() - a.date.getTime())[0];
    expect(items[0].link).toContain(newest.id);
    expect(items.some((i) => i.title.startsWith('Case study: '))).toBe(true);
  });
});

describe('OnRamp calendar files', () => {
  const session = {
    id: '2025-11-21-x',
    title: 'A session',
    start: zonedTime(2025, 11, 21, 10, 30, ONRAMP.timeZone),
    duration: 90,
    summary: 'What it is about.',
    speakers: [{ name: 'Ada Example', affiliation: 'Example Org' }],
    links: { join: 'https://example.org/room' },
  };

  it('parse back: one event at 10:30 Brussels time (09:30 UTC in winter), 90 minutes, with UID and DTSTAMP in UTC', () => {
    const ics = sessionIcs(session, 'https://example.org/onramp/x/', 'example.org');
    expect(ics).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    const cal = new ICAL.Component(ICAL.parse(ics));
    const tz = cal.getFirstSubcomponent('vtimezone')!;
    ICAL.TimezoneService.register(tz);
    const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('OSPO OnRamp: A session');
    expect(event.uid).toBe('onramp-2025-11-21-x@example.org');
    expect(event.startDate.toJSDate().toISOString()).toBe('2025-11-21T09:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2025-11-21T11:00:00.000Z');
    expect(event.description).toContain('Ada Example (Example Org)');
  });

  it('for the series, holds one event per announced session on its own date at 10:30 Brussels time, and no recurrence rule', () => {
    const sessions = of('onramp').map((e) => ({ id: e.name, ...(e.data as Omit<SessionLike, 'id'>) }));
    const ics = seriesIcs(
      sessions,
      (s) => `https://example.org/onramp/${s.id}/`,
      'https://example.org/onramp/',
      'example.org',
    );
    const cal = new ICAL.Component(ICAL.parse(ics));
    expect(cal.getAllSubcomponents('vtimezone')).toHaveLength(1);
    ICAL.TimezoneService.register(cal.getFirstSubcomponent('vtimezone')!);
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    // The sessions as they were held (the Alliance's announcements): no single rule gives these dates.
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      '2025-05-16T08:30:00.000Z',
      '2025-10-17T08:30:00.000Z',
      '2025-11-21T09:30:00.000Z',
      '2026-05-29T08:30:00.000Z',
    ]);
    for (const e of events) {
      expect(e.isRecurring(), e.summary).toBe(false);
      for (const name of ['rrule', 'rdate', 'exdate'])
        expect(e.component.getAllProperties(name), `${e.summary} ${name}`).toEqual([]);
    }
    // Each event keeps the UID of the session's own file, so importing both shows it once.
    expect(events.map((e) => e.uid)).toEqual(
      [...sessions].sort((a, b) => a.start.getTime() - b.start.getTime()).map((s) => `onramp-${s.id}@example.org`),
    );
    expect(events[3].summary).toBe(
      'OSPO OnRamp: Setting up an OSPO: lessons from the field at Grenoble Alpes University',
    );
  });

  it('splits sessions into upcoming (soonest first) and past (latest first) at a given time', () => {
    const s = (day: number) => ({ start: new Date(Date.UTC(2026, 0, day, 9, 30)), duration: 90 });
    const { upcoming, past } = splitSessions([s(10), s(20), s(5), s(30)], new Date(Date.UTC(2026, 0, 20, 10, 0)));
    expect(upcoming.map((x) => x.start.getUTCDate())).toEqual([20, 30]);
    expect(past.map((x) => x.start.getUTCDate())).toEqual([10, 5]);
  });

  describe('the links a session offers', () => {
    const s = {
      start: zonedTime(2026, 5, 29, 10, 30, ONRAMP.timeZone),
      duration: 90,
      links: {
        join: 'https://example.org/room',
        recording: 'https://example.org/rec',
        slides: 'https://example.org/slides.pdf',
      },
    };
    const kinds = (now: Date, links: SessionLike['links'] = s.links) =>
      sessionLinks({ ...s, links }, now, '/onramp/x.ics').map((l) => l.kind);
    it('before and during the session: its calendar file and the room, then the recording and slides', () => {
      expect(kinds(new Date('2026-05-01T00:00:00Z'))).toEqual(['calendar', 'join', 'recording', 'slides']);
      expect(kinds(new Date('2026-05-29T09:59:00Z'))).toEqual(['calendar', 'join', 'recording', 'slides']);
      expect(sessionLinks(s, new Date('2026-05-01T00:00:00Z'), '/onramp/x.ics')[0]).toEqual({
        kind: 'calendar',
        label: 'Add to calendar (.ics)',
        url: '/onramp/x.ics',
      });
    });
    it('once it has ended: no calendar file and no room, only the recording and slides a source names', () => {
      expect(kinds(new Date('2026-05-29T10:00:00Z'))).toEqual(['recording', 'slides']);
      expect(kinds(new Date('2026-12-01T00:00:00Z'), {})).toEqual([]);
      expect(
        kinds(new Date('2026-12-01T00:00:00Z'), {
          join: 'https://example.org/room',
          slides: 'https://example.org/slides.pdf',
        }),
      ).toEqual(['slides']);
    });
  });
});

describe('/api/ggi.json', () => {
  const goals = of('goals')
    .filter((e) => !e.lang)
    .map((e) => e.data);
  const activities = of('activities').filter((e) => e.lang === 'en');
  const ordered = groupByGoal(
    goals,
    activities.map((e) => ({ id: e.data.id, goal: e.data.goal, entry: e })),
  ).flatMap((g) => g.activities);
  const data = buildGgiExport(
    { goals, activities: ordered.map((a) => ({ slug: activitySlug(a.entry), data: a.entry.data })) },
    (p) => new URL(p, 'https://example.org/').href,
  );

  it('validates against its own JSON Schema and holds the 5 goals and 25 activities', () => {
    const validate = new Ajv2020({ strict: false }).compile(ggiJsonSchema('https://example.org/api/ggi.schema.json'));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.goals).toHaveLength(5);
    expect(data.activities).toHaveLength(25);
    expect(data.activities[0]).toMatchObject({
      id: 'GGI-A-17',
      url: 'https://example.org/ggi/activities/inventory_of_open_source_skills_and_resources/',
    });
  });

  it('is format 2, with each verification point as its stable id and its text', () => {
    expect(data.format).toBe(2);
    const first = of('activities').find((e) => e.lang === 'en' && e.data.id === data.activities[0].id)!;
    expect(data.activities[0].verification).toEqual(first.data.verification);
    expect(data.activities[0].verification[0]).toEqual({ id: 'v1', text: expect.stringMatching(/\S/) });
  });

  it('is refused by the schema when a verification point is plain text, as in format 1', () => {
    const validate = new Ajv2020({ strict: false }).compile(ggiJsonSchema('https://example.org/api/ggi.schema.json'));
    const old = structuredClone(data) as unknown as { activities: { verification: unknown[] }[] };
    old.activities[0].verification = ['A point without its id.', 'Another.'];
    expect(validate(old)).toBe(false);
  });

  it('is refused by the schema when an activity lacks its verification points', () => {
    const validate = new Ajv2020({ strict: false }).compile(ggiJsonSchema('https://example.org/api/ggi.schema.json'));
    const broken = structuredClone(data) as { activities: Record<string, unknown>[] };
    delete broken.activities[0].verification;
    expect(validate(broken)).toBe(false);
  });
});

describe('case studies and activities', () => {
  it('name only activities that exist, and each activity they name lists them back', () => {
    const studies = of('caseStudies').map((e) => ({ ...e.data, path: e.path }));
    expect(studies.length).toBeGreaterThanOrEqual(4);
    const ids = new Set(of('activities').map((e) => e.data.id));
    for (const s of studies) {
      for (const id of s.activities) {
        expect(ids.has(id), `${s.path} → ${id}`).toBe(true);
        expect(
          studiesIllustrating(id, studies).map((x) => x.path),
          id,
        ).toContain(s.path);
      }
    }
    // …and no activity lists a study that does not name it.
    for (const id of ids) for (const s of studiesIllustrating(id, studies)) expect(s.activities).toContain(id);
  });
  it('give the studies of an activity by organisation, and none for an activity no study names', () => {
    const studies = [
      { organisation: 'Zeta', activities: ['GGI-A-21', 'GGI-A-22'] },
      { organisation: 'Alpha', activities: ['GGI-A-21'] },
    ];
    expect(studiesIllustrating('GGI-A-21', studies).map((s) => s.organisation)).toEqual(['Alpha', 'Zeta']);
    expect(studiesIllustrating('GGI-A-22', studies).map((s) => s.organisation)).toEqual(['Zeta']);
    expect(studiesIllustrating('GGI-A-16', studies)).toEqual([]);
  });
  it('each cite at least one public source, with a title, and mark one main source that dates the study', () => {
    for (const s of of('caseStudies')) {
      const sources = s.data.sources;
      expect(sources.length, s.path).toBeGreaterThan(0);
      for (const src of sources) {
        expect(src.url, s.path).toMatch(/^https?:\/\/[^/]+\.[a-z]{2,}/);
        expect(src.title.length, `${s.path} ${src.url}`).toBeGreaterThan(0);
      }
      const main = sources.filter((src) => src.main);
      expect(main, s.path).toHaveLength(1);
      expect(main[0].date, s.path).toEqual(s.data.published);
    }
  });
});
