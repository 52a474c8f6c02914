import { describe, expect, it } from 'vitest';
import {
  activitySlug,
  collectionOf,
  entriesIn,
  isIgnored,
  looseEntry,
  parseEntry,
  type Entry,
} from '../../../src/lib/content/entries.ts';
import { COLLECTIONS } from '../../../src/schemas/collections.ts';

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
