import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/lib/content/check.ts';
import { templatePath } from '../../src/lib/content/entries.ts';
import { readContentTree } from '../../src/lib/content/files.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { badCases, BAD, GOOD } from './fixtures.ts';
import { join } from 'node:path';

const good = readContentTree(GOOD);
/** Bad fixtures whose file breaks its collection's schema (the others break a cross-entry rule). */
const SCHEMA_CASES = [
  'missing-field',
  'outside-vocabulary',
  'empty-verification',
  'duplicate-point-id',
  'point-without-id',
  'malformed-yaml',
  'unknown-field',
  'unquoted-version',
  'roles-not-a-list',
  'date-like-title',
  'bad-date',
  'malformed-url',
  'bad-country',
  'no-frontmatter',
  'impossible-date',
  'impossible-date-quoted',
  'impossible-month',
  'impossible-month-quoted',
  'impossible-session-start',
  'missing-category',
  'joined-in-words',
  'published-not-main-source',
  'misspelt-field',
];
/** Bad fixtures that break a schema in one file and a rule between files in another. */
const MIXED_CASES = ['every-problem-at-once', 'one-file-every-problem'];
/**
 * Bad fixtures whose problem is the file's name or place, not its content (a translation's
 * folder is one while its language has no pages: each file, alone, is refused for it).
 */
const FILE_NAME_CASES = [
  'news-name-not-its-date',
  'case-only-slugs',
  'stray-file',
  'md-and-mdx',
  'mdx-file',
  'translation-without-original',
  'translation-point-ids',
];
// Templates in a fixture are no entries (they feed the rule on example values).
const bad = badCases().flatMap((c) =>
  readContentTree(join(BAD, c))
    .filter((f) => !f.path.split('/').at(-1)?.startsWith('_'))
    .map((f) => ({ case: c, file: f })),
);

describe.each(Object.entries(COLLECTIONS))('the %s schema', (_name, spec) => {
  it('accepts its good fixture', () => {
    const files = good.filter((f) => f.path.startsWith(`${spec.dir}/`));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(checkFile(f).problems).toEqual([]);
  });

  it('accepts its commented template, so the template stays a working example', () => {
    const text = readFileSync(templatePath(spec), 'utf8');
    const path =
      spec.depth === 2 ? `${spec.dir}/en/example.${spec.extensions[0]}` : `${spec.dir}/usage.${spec.extensions[0]}`;
    // Its data, that is: a template's file name (e.g. the day in a news post's name) is no rule of its schema.
    expect(checkFile({ path, text }).problems.filter((p) => p.field !== '(file)')).toEqual([]);
  });

  const own = bad.filter((b) => b.file.path.startsWith(`${spec.dir}/`));
  const schemaCases = own.filter((b) => SCHEMA_CASES.includes(b.case));
  if (schemaCases.length)
    it(`rejects its malformed fixtures (${schemaCases.map((b) => b.case).join(', ')})`, () => {
      for (const b of schemaCases) expect(checkFile(b.file).entry, b.case).toBeUndefined();
    });
  const crossCases = own.filter((b) => ![...SCHEMA_CASES, ...FILE_NAME_CASES, ...MIXED_CASES].includes(b.case));
  if (crossCases.length)
    it(`accepts, file by file, the fixtures that only the cross-entry rules catch (${crossCases.map((b) => b.case).join(', ')})`, () => {
      for (const b of crossCases) expect(checkFile(b.file).problems, b.case).toEqual([]);
    });
});

describe('schema rules that fixtures do not cover', () => {
  const activity = COLLECTIONS.activities.schema;
  const base = {
    id: 'GGI-A-17',
    title: 'T',
    goal: 'usage',
    roles: ['developer'],
    summary: 'S',
    verification: [
      { id: 'v1', text: 'a' },
      { id: 'v2', text: 'b' },
    ],
    next: [],
    handbook: '1.3',
  };
  it('rejects more than twelve verification points', () => {
    expect(
      activity.safeParse({
        ...base,
        verification: Array.from({ length: 13 }, (_, i) => ({ id: `v${i + 1}`, text: `p${i}` })),
      }).success,
    ).toBe(false);
  });
  it('accepts point ids of lower-case letters, digits and hyphens, up to 32 characters', () => {
    const ids = ['v1', 'policy-published', '3', 'a'.repeat(32)];
    const verification = ids.map((id) => ({ id, text: 'A point.' }));
    expect(activity.safeParse({ ...base, verification }).success).toBe(true);
  });
  it.each([['V1'], ['v 1'], ['v_1'], [''], ['a'.repeat(33)]])('rejects the point id %j', (id) => {
    const verification = [
      { id, text: 'A point.' },
      { id: 'v2', text: 'Another point.' },
    ];
    expect(activity.safeParse({ ...base, verification }).success).toBe(false);
  });
  it('rejects a point without its text, or with a field of its own', () => {
    expect(activity.safeParse({ ...base, verification: [{ id: 'v1' }, { id: 'v2', text: 'b' }] }).success).toBe(false);
    const extra = [
      { id: 'v1', text: 'a', done: true },
      { id: 'v2', text: 'b' },
    ];
    expect(activity.safeParse({ ...base, verification: extra }).success).toBe(false);
  });
  it('rejects a role named twice', () => {
    expect(activity.safeParse({ ...base, roles: ['developer', 'developer'] }).success).toBe(false);
  });
  it('rejects an id that is not GGI-A-NN', () => {
    expect(activity.safeParse({ ...base, id: 'A-17' }).success).toBe(false);
  });
  it('rejects a summary that spans several lines', () => {
    expect(activity.safeParse({ ...base, summary: 'one\ntwo' }).success).toBe(false);
  });
  it('accepts a quoted ISO date and turns it into a Date', () => {
    const r = COLLECTIONS.news.schema.safeParse({ title: 'T', date: '2025-12-01', summary: 'S' });
    expect(r.success && (r.data as { date: Date }).date.toISOString()).toBe('2025-12-01T00:00:00.000Z');
  });
  it('keeps the time zone of an OnRamp start given as text', () => {
    const r = COLLECTIONS.onramp.schema.safeParse({
      title: 'T',
      start: '2026-01-16T10:30:00+01:00',
      speakers: [{ name: 'A' }],
      summary: 'S',
    });
    expect(r.success && (r.data as { start: Date }).start.toISOString()).toBe('2026-01-16T09:30:00.000Z');
  });
  it('rejects an OnRamp start without a time zone', () => {
    expect(
      COLLECTIONS.onramp.schema.safeParse({
        title: 'T',
        start: '2026-01-16T10:30:00',
        speakers: [{ name: 'A' }],
        summary: 'S',
      }).success,
    ).toBe(false);
  });
  it('rejects a link that is not http(s)', () => {
    expect(
      COLLECTIONS.members.schema.safeParse({
        name: 'N',
        category: 'founder',
        kind: 'company',
        country: 'FR',
        website: 'ftp://x.org',
        joined: new Date(),
        source: 'https://x.org',
        description: 'D',
      }).success,
    ).toBe(false);
  });
});

describe('the fixture lists above', () => {
  it('name only bad fixtures that exist', () => {
    for (const c of [...SCHEMA_CASES, ...FILE_NAME_CASES]) expect(badCases()).toContain(c);
  });
});

describe('country codes', () => {
  const member = {
    name: 'N',
    category: 'founder',
    kind: 'company',
    website: 'https://x.org/',
    joined: new Date(),
    source: 'https://x.org/',
    description: 'D',
  };
  it('accepts ISO 3166-1 codes such as BE and GB', () => {
    for (const country of ['BE', 'GB', 'NL', 'FR'])
      expect(COLLECTIONS.members.schema.safeParse({ ...member, country }).success, country).toBe(true);
  });
  it('rejects reserved or unknown codes such as UK, EU, QQ and lower case', () => {
    for (const country of ['UK', 'EU', 'QQ', 'be'])
      expect(COLLECTIONS.members.schema.safeParse({ ...member, country }).success, country).toBe(false);
  });
});
