import { describe, expect, it } from 'vitest';
import { reverseLinks } from '../../../src/lib/handbook/graph.ts';
import { checkContent } from '../../../src/lib/content/check.ts';
import { readContentTree } from '../../../src/lib/content/files.ts';

const nodes = [
  { id: 'GGI-A-17', goal: 'usage', next: [{ activity: 'GGI-A-18' }, { activity: 'GGI-A-21' }] },
  { id: 'GGI-A-18', goal: 'usage', next: [] },
  { id: 'GGI-A-21', goal: 'trust', next: [{ activity: 'GGI-A-17' }] },
];

describe('reverseLinks', () => {
  it('lists, for each activity, the activities that propose it next', () => {
    const r = reverseLinks(nodes);
    expect(r.get('GGI-A-17')).toEqual(['GGI-A-21']);
    expect(r.get('GGI-A-18')).toEqual(['GGI-A-17']);
    expect(r.get('GGI-A-21')).toEqual(['GGI-A-17']);
  });
});

describe('the GGI activities of the portal, as a graph', () => {
  const activities = checkContent(readContentTree('content')).entries.filter(
    (e) => e.collection === 'activities' && e.lang === 'en',
  );
  const graph = activities.map((e) => e.data as { id: string; goal: string; next: { activity: string }[] });
  it('has 25 activities, every next link to another existing activity', () => {
    const ids = new Set(graph.map((a) => a.id));
    expect(ids.size).toBe(25);
    for (const a of graph)
      for (const n of a.next) {
        expect(ids.has(n.activity), `${a.id} → ${n.activity}`).toBe(true);
        expect(n.activity, a.id).not.toBe(a.id);
      }
  });
});
