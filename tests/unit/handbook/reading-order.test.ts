import { describe, expect, it } from 'vitest';
import {
  handbookSidebar,
  pagerOf,
  readingOrder,
  SIDEBAR_ACTIVITY_LIMIT,
  type ReadingGoal,
  type ReadingHandbook,
} from '../../../src/lib/handbook/reading-order.ts';

/** A goal with activities numbered from `first`, `count` of them. */
function goal(id: string, order: number, first: number, count: number): ReadingGoal {
  return {
    id,
    title: `Goal ${id}`,
    order,
    path: `/ggi/goals/${id}/`,
    activities: Array.from({ length: count }, (_, i) => ({
      id: `GGI-A-${first + i}`,
      title: `Activity ${first + i}`,
      path: `/ggi/activities/a-${first + i}/`,
    })),
  };
}

function handbook(goals: ReadingGoal[]): ReadingHandbook {
  return {
    overview: { title: 'The GGI handbook', path: '/ggi/' },
    methodology: { title: 'Methodology', path: '/ggi/methodology/' },
    goals,
  };
}

const small = handbook([goal('usage', 1, 17, 2), goal('trust', 2, 21, 3)]);

describe('readingOrder', () => {
  it('lists the overview, the methodology, then each goal page followed by its activities', () => {
    expect(readingOrder(small).map((s) => s.path)).toEqual([
      '/ggi/',
      '/ggi/methodology/',
      '/ggi/goals/usage/',
      '/ggi/activities/a-17/',
      '/ggi/activities/a-18/',
      '/ggi/goals/trust/',
      '/ggi/activities/a-21/',
      '/ggi/activities/a-22/',
      '/ggi/activities/a-23/',
    ]);
  });

  it('labels goals by their place and activities by their id', () => {
    const order = readingOrder(small);
    expect(order[2]).toMatchObject({ kind: 'goal', label: 'Goal 1', title: 'Goal usage' });
    expect(order[3]).toMatchObject({ kind: 'activity', label: 'GGI-A-17', title: 'Activity 17' });
    expect(order[0].label).toBeUndefined();
  });

  it('keeps an activity listed under two goals at its first place only', () => {
    const twice = handbook([goal('usage', 1, 17, 2), { ...goal('trust', 2, 18, 2) }]);
    const ids = readingOrder(twice)
      .filter((s) => s.kind === 'activity')
      .map((s) => s.label);
    expect(ids).toEqual(['GGI-A-17', 'GGI-A-18', 'GGI-A-19']);
  });
});

describe('pagerOf', () => {
  const order = readingOrder(small);

  it('gives the overview no previous page and the methodology as next', () => {
    expect(pagerOf(order, '/ggi/')).toEqual({ previous: undefined, next: order[1] });
  });

  it('crosses from the last activity of a goal to the next goal page, and back', () => {
    expect(pagerOf(order, '/ggi/activities/a-18/').next?.path).toBe('/ggi/goals/trust/');
    expect(pagerOf(order, '/ggi/goals/trust/').previous?.path).toBe('/ggi/activities/a-18/');
  });

  it('gives the last activity of the handbook no next page', () => {
    expect(pagerOf(order, '/ggi/activities/a-23/').next).toBeUndefined();
  });

  it('throws on a page that is not in the reading order', () => {
    expect(() => pagerOf(order, '/news/')).toThrow('/news/ is not a page of the handbook');
  });

  it('visits every page exactly once when following next from the overview', () => {
    const big = readingOrder(handbook([goal('usage', 1, 1, 400), goal('trust', 2, 401, 400)]));
    const visited: string[] = [];
    for (let at: string | undefined = '/ggi/'; at; at = pagerOf(big, at).next?.path) visited.push(at);
    expect(visited).toEqual(big.map((s) => s.path));
  });
});

describe('handbookSidebar', () => {
  it('lists every goal with all its activities and marks the current page only', () => {
    const bar = handbookSidebar(small, '/ggi/activities/a-22/');
    expect(bar.goals.map((g) => g.activities.map((a) => a.id))).toEqual([
      ['GGI-A-17', 'GGI-A-18'],
      ['GGI-A-21', 'GGI-A-22', 'GGI-A-23'],
    ]);
    const current = [bar.overview, bar.methodology, ...bar.goals, ...bar.goals.flatMap((g) => g.activities)].filter(
      (l) => l.current,
    );
    expect(current.map((l) => l.path)).toEqual(['/ggi/activities/a-22/']);
  });

  it("opens the current page's goal, whether the page is the goal or one of its activities", () => {
    expect(handbookSidebar(small, '/ggi/activities/a-22/').goals.map((g) => g.open)).toEqual([false, true]);
    expect(handbookSidebar(small, '/ggi/goals/usage/').goals.map((g) => g.open)).toEqual([true, false]);
    expect(handbookSidebar(small, '/ggi/').goals.map((g) => g.open)).toEqual([false, false]);
  });

  it('marks the overview on the overview page', () => {
    expect(handbookSidebar(small, '/ggi/').overview.current).toBe(true);
  });

  it('lists only the current goal beyond the limit, and counts the others', () => {
    const big = handbook([goal('usage', 1, 1, 30), goal('trust', 2, 31, 30)]);
    const bar = handbookSidebar(big, '/ggi/activities/a-40/');
    expect(bar.goals.map((g) => g.activities.length)).toEqual([0, 30]);
    expect(bar.goals.map((g) => g.total)).toEqual([30, 30]);
  });

  it('lists a window of the limit around the current activity in a goal larger than the limit', () => {
    const huge = handbook([goal('usage', 1, 1, 3000), goal('trust', 2, 3001, 3000)]);
    const bar = handbookSidebar(huge, '/ggi/activities/a-4500/');
    const listed = bar.goals[1].activities;
    expect(listed).toHaveLength(SIDEBAR_ACTIVITY_LIMIT);
    expect(listed.some((a) => a.current)).toBe(true);
    expect(listed[0].id).toBe('GGI-A-4475');
    const atEnd = handbookSidebar(huge, '/ggi/activities/a-6000/').goals[1].activities;
    expect(atEnd.at(-1)?.id).toBe('GGI-A-6000');
    expect(atEnd).toHaveLength(SIDEBAR_ACTIVITY_LIMIT);
  });

  it('keeps every page of a large handbook to at most 2 + goals + the limit links', () => {
    const huge = handbook([goal('usage', 1, 1, 3000), goal('trust', 2, 3001, 3000)]);
    for (const path of ['/ggi/', '/ggi/goals/trust/', '/ggi/activities/a-1/', '/ggi/activities/a-3001/']) {
      const bar = handbookSidebar(huge, path);
      const links = 2 + bar.goals.length + bar.goals.reduce((n, g) => n + g.activities.length, 0);
      expect(links).toBeLessThanOrEqual(2 + 2 + SIDEBAR_ACTIVITY_LIMIT);
    }
  });
});
