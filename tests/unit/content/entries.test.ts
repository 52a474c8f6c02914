import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  activitySlug,
  collectionOf,
  entriesIn,
  isIgnored,
  looseEntry,
  parseEntry,
  slugify,
  type Entry,
} from '../../../src/lib/content/entries.ts';
import { COLLECTIONS } from '../../../src/schemas/collections.ts';

const UPSTREAM = '../shared/ggi-upstream/ggi_activities_v1.3.json';

const place = { collection: 'goals', path: 'goals/usage.md', name: 'usage' } as const;
const goal = { id: 'usage', order: 1, title: 'Usage', level: 'Level 1', summary: 'Use open source.' };

describe('entries', () => {
  it("finds a file's collection from its folder, and knows the files that are no entries", () => {
    expect(collectionOf('case-studies/x.md')?.name).toBe('caseStudies');
    expect(collectionOf('elsewhere/x.md')).toBeUndefined();
    expect(['activities/_template.md', 'README.md', 'goals/.draft.md'].map(isIgnored)).toEqual([true, true, true]);
    expect(isIgnored('goals/usage.md')).toBe(false);
  });

  it('lists every collection once, in the order of the collection table', async () => {
    const { COLLECTION_LIST } = await import('../../../src/lib/content/entries.ts');
    expect(COLLECTION_LIST.map((c) => c.name)).toEqual(Object.keys(COLLECTIONS));
  });

  it("gives a valid file as an entry whose data is its schema's output", () => {
    const parsed = parseEntry(place, goal);
    expect(parsed.issues).toBeUndefined();
    expect(parsed.entry).toEqual({ ...place, data: goal });
  });

  it("gives a file that fails its schema as the fields that pass their own schema, with zod's issues", () => {
    const parsed = parseEntry(place, { ...goal, order: 9, title: 42 });
    expect(parsed.entry).toBeUndefined();
    expect(parsed.issues?.map((i) => i.path.join('.')).sort()).toEqual(['order', 'title']);
    expect(parsed.issues ? parsed.partial.data : undefined).toEqual({
      id: 'usage',
      level: 'Level 1',
      summary: 'Use open source.',
    });
  });

  it('reads the plain key: value lines of frontmatter that is not YAML, keeping only values their field accepts', () => {
    expect(looseEntry(place, '\nid: usage\norder: [1\ntitle: "Usage"\n').data).toEqual({ id: 'usage', title: 'Usage' });
  });

  it("takes an activity's slug from its slug field, else from its file name", () => {
    expect(activitySlug({ data: {}, name: 'upstream_first' })).toBe('upstream_first');
    expect(activitySlug({ data: { slug: 'amont_d_abord' }, name: 'x' })).toBe('amont_d_abord');
  });

  it('selects the entries of one collection', () => {
    const entries: Entry[] = [{ ...place, data: { ...goal, id: 'usage' } }];
    expect(entriesIn(entries, 'goals').map((e) => e.data.order)).toEqual([1]);
    expect(entriesIn(entries, 'activities')).toEqual([]);
  });
});

describe('slugify', () => {
  it('joins lower-case words with underscores and keeps hyphens', () => {
    expect(slugify('Inventory of open source skills and resources')).toBe(
      'inventory_of_open_source_skills_and_resources',
    );
    expect(slugify('C-Level awareness')).toBe('c-level_awareness');
  });
  it.skipIf(!existsSync(UPSTREAM))(
    'gives the slug of every upstream activity page linked from the handbook 1.3 data',
    () => {
      const data = JSON.parse(readFileSync(UPSTREAM, 'utf8')) as { activities: { name: string; content: string }[] };
      const linked = new Set<string>();
      for (const a of data.activities)
        for (const m of a.content.matchAll(/ospo-alliance\.org\/ggi\/activities\/([a-z0-9_-]+)/g)) linked.add(m[1]);
      const ours = new Set(data.activities.map((a) => slugify(a.name)));
      expect(linked.size).toBeGreaterThan(20);
      expect([...linked].filter((s) => !ours.has(s))).toEqual([]);
      expect(ours.size).toBe(25);
    },
  );
});
