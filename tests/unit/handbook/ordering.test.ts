import { describe, expect, it } from 'vitest';
import { activityNumber, asSubsection, groupByGoal } from '../../../src/lib/handbook/ordering.ts';

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

describe('asSubsection', () => {
  it('moves every heading one level down and drops its id, keeping other attributes and text', () => {
    const html =
      '<h2 id="description">Description</h2><p>Text <a id="x" href="#y">link</a></p><h3 id="more" class="c">More</h3><h6>Deep</h6>';
    expect(asSubsection(html)).toBe(
      '<h3>Description</h3><p>Text <a id="x" href="#y">link</a></p><h4 class="c">More</h4><h6>Deep</h6>',
    );
  });

  it('moves headings down by the levels asked for, never below h6', () => {
    expect(asSubsection('<h2 id="a">A</h2><h5>B</h5>', 2)).toBe('<h4>A</h4><h6>B</h6>');
  });

  it('throws on a body without headings, which would mean the page lost its sections', () => {
    expect(() => asSubsection('<p>No sections</p>')).toThrow(/no headings/);
  });
});
