import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activityNumber, asSubsection, groupByGoal, slugify } from '../../../src/lib/handbook/ordering.ts';

const UPSTREAM = '../shared/ggi-upstream/ggi_activities_v1.3.json';

describe('activityNumber', () => {
  it('reads the number of a GGI activity id', () => {
    expect(activityNumber('GGI-A-07')).toBe(7);
    expect(activityNumber('GGI-A-42')).toBe(42);
  });
  it('throws on an id that is not GGI-A-NN', () => {
    expect(() => activityNumber('A-42')).toThrow(/not a GGI activity id/);
  });
});

describe('groupByGoal', () => {
  it('orders goals by their order and activities by id number within a goal', () => {
    const goals = [
      { id: 'trust' as const, order: 2 },
      { id: 'usage' as const, order: 1 },
    ];
    const activities = [
      { id: 'GGI-A-42', goal: 'usage' as const },
      { id: 'GGI-A-21', goal: 'trust' as const },
      { id: 'GGI-A-17', goal: 'usage' as const },
    ];
    expect(groupByGoal(goals, activities).map((g) => [g.goal.id, g.activities.map((a) => a.id)])).toEqual([
      ['usage', ['GGI-A-17', 'GGI-A-42']],
      ['trust', ['GGI-A-21']],
    ]);
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

describe('asSubsection', () => {
  it('moves every heading one level down and drops its id, keeping other attributes and text', () => {
    const html =
      '<h2 id="description">Description</h2><p>Text <a id="x" href="#y">link</a></p><h3 id="more" class="c">More</h3><h6>Deep</h6>';
    expect(asSubsection(html)).toBe(
      '<h3>Description</h3><p>Text <a id="x" href="#y">link</a></p><h4 class="c">More</h4><h6>Deep</h6>',
    );
  });

  it('throws on a body without headings, which would mean the page lost its sections', () => {
    expect(() => asSubsection('<p>No sections</p>')).toThrow(/no headings/);
  });
});
