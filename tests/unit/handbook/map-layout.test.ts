import { describe, expect, it } from 'vitest';
import {
  activityMapLayout,
  MAP_GRAPH_LIMIT,
  mapHighlightCss,
  mapOutline,
  roundedPath,
  wrapLabel,
  type MapActivity,
  type MapGoal,
  type MapLayout,
} from '../../../src/lib/handbook/map-layout.ts';
import { checkContent } from '../../../src/lib/content/check.ts';
import { readContentTree } from '../../../src/lib/content/files.ts';

const GOALS: MapGoal[] = [
  { id: 'strategy', title: 'Strategy', order: 5 },
  { id: 'usage', title: 'Usage', order: 1 },
  { id: 'engagement', title: 'Engagement', order: 4 },
  { id: 'trust', title: 'Trust', order: 2 },
  { id: 'culture', title: 'Culture', order: 3 },
];
const GOAL_ORDER = ['usage', 'trust', 'culture', 'engagement', 'strategy'];

/** The portal's own 25 activities, as the map gets them. */
function portalActivities(): MapActivity[] {
  return checkContent(readContentTree('content'))
    .entries.filter((e) => e.collection === 'activities' && e.lang === 'en')
    .map((e) => {
      const d = e.data as { id: string; goal: string; title: string; next: { activity: string }[] };
      return { id: d.id, goal: d.goal, title: d.title, next: d.next, path: `/ggi/activities/${d.id}/` };
    });
}

/** `n` activities spread over the goals, each with up to three next links drawn by a seeded generator. */
function syntheticActivities(n: number, seed = 7): MapActivity[] {
  let x = seed;
  const rand = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const ids = Array.from({ length: n }, (_, i) => `GGI-A-${100 + i}`);
  return ids.map((id, i) => ({
    id,
    goal: GOAL_ORDER[i % 5],
    title: `Synthetic activity number ${i} with a title long enough to wrap`,
    path: `/ggi/activities/${id}/`,
    next: Array.from({ length: Math.floor(rand() * 4) }, () => ({ activity: ids[Math.floor(rand() * n)] })),
  }));
}

type Box = { x: number; y: number; width: number; height: number };

/** Whether the axis-parallel segment a–b runs through the inside of the box (touching its border does not count). */
function crossesInterior(a: { x: number; y: number }, b: { x: number; y: number }, box: Box): boolean {
  const e = 0.5;
  const [left, right, top, bottom] = [box.x + e, box.x + box.width - e, box.y + e, box.y + box.height - e];
  const [x1, x2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [y1, y2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return x1 < right && x2 > left && y1 < bottom && y2 > top;
}

/** Whether a point lies on the border of a box (within half a unit). */
function onBorder(p: { x: number; y: number }, box: Box): boolean {
  const e = 0.5;
  const inX = p.x >= box.x - e && p.x <= box.x + box.width + e;
  const inY = p.y >= box.y - e && p.y <= box.y + box.height + e;
  const nearX = Math.abs(p.x - box.x) <= e || Math.abs(p.x - box.x - box.width) <= e;
  const nearY = Math.abs(p.y - box.y) <= e || Math.abs(p.y - box.y - box.height) <= e;
  return inX && inY && (nearX || nearY);
}

/** The geometric promises of a layout, checked for every box, arrow and band. */
function expectLegible(layout: MapLayout, activities: readonly MapActivity[]) {
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  expect(layout.nodes).toHaveLength(activities.length);
  for (const n of layout.nodes) {
    expect(n.x, n.id).toBeGreaterThanOrEqual(0);
    expect(n.y, n.id).toBeGreaterThanOrEqual(0);
    expect(n.x + n.width, n.id).toBeLessThanOrEqual(layout.width);
    expect(n.y + n.height, n.id).toBeLessThanOrEqual(layout.height);
  }
  for (const e of layout.edges) {
    const label = `${e.from} → ${e.to}`;
    expect(e.points.length, label).toBeGreaterThanOrEqual(2);
    expect(onBorder(e.points[0], at.get(e.from)!), `${label} starts on its source`).toBe(true);
    expect(onBorder(e.points.at(-1)!, at.get(e.to)!), `${label} ends on its target`).toBe(true);
    for (const p of e.points) {
      expect(p.x, label).toBeGreaterThanOrEqual(0);
      expect(p.x, label).toBeLessThanOrEqual(layout.width);
      expect(p.y, label).toBeGreaterThanOrEqual(0);
      expect(p.y, label).toBeLessThanOrEqual(layout.height);
    }
    for (let i = 1; i < e.points.length; i++) {
      const [a, b] = [e.points[i - 1], e.points[i]];
      expect(Math.abs(a.x - b.x) < 0.01 || Math.abs(a.y - b.y) < 0.01, `${label}: segment ${i} is orthogonal`).toBe(
        true,
      );
      for (const n of layout.nodes) {
        if (n.id === e.from || n.id === e.to) continue;
        expect(crossesInterior(a, b, n), `${label}: segment ${i} passes through ${n.id}`).toBe(false);
      }
    }
  }
  // Bands: in goal order, tiling the drawing, each holding exactly its goal's boxes.
  const goalsPresent = GOAL_ORDER.filter((g) => activities.some((a) => a.goal === g));
  expect(layout.bands.map((b) => b.goal)).toEqual(goalsPresent);
  expect(layout.bands[0].y).toBe(0);
  expect(layout.bands.at(-1)!.y + layout.bands.at(-1)!.height).toBeCloseTo(layout.height);
  for (let i = 1; i < layout.bands.length; i++)
    expect(layout.bands[i].y).toBeCloseTo(layout.bands[i - 1].y + layout.bands[i - 1].height);
  for (const n of layout.nodes) {
    const band = layout.bands.find((b) => n.y >= b.y && n.y + n.height <= b.y + b.height);
    expect(band?.goal, `${n.id} lies in the band of its goal`).toBe(n.goal);
  }
}

describe('wrapLabel', () => {
  it('wraps at word boundaries within the line length', () => {
    expect(wrapLabel('Inventory of open source skills and resources', 23)).toEqual([
      'Inventory of open',
      'source skills and',
      'resources',
    ]);
  });
  it('cuts after three lines with an ellipsis', () => {
    expect(wrapLabel('one two three four five six seven eight', 9)).toEqual(['one two', 'three', 'four five…']);
  });
});

describe('roundedPath', () => {
  it('draws a straight line as a move and a line, and rounds each bend with a curve', () => {
    expect(
      roundedPath([
        { x: 0, y: 0 },
        { x: 0, y: 10 },
      ]),
    ).toBe('M0,0 L0,10');
    expect(
      roundedPath([
        { x: 0, y: 0 },
        { x: 0, y: 20 },
        { x: 30, y: 20 },
      ]),
    ).toBe('M0,0 L0,14 Q0,20 6,20 L30,20');
  });
  it('keeps the curve within half of a short segment', () => {
    expect(
      roundedPath([
        { x: 0, y: 0 },
        { x: 0, y: 4 },
        { x: 30, y: 4 },
      ]),
    ).toBe('M0,0 L0,2 Q0,4 2,4 L30,4');
  });
});

describe('activityMapLayout', () => {
  it('lays out the portal’s 25 activities in five goal bands with arrows that pass behind no box', async () => {
    const activities = portalActivities();
    const layout = (await activityMapLayout(GOALS, activities))!;
    expectLegible(layout, activities);
    const links = activities.flatMap((a) => a.next.map((n) => `${a.id}>${n.activity}`));
    expect(layout.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(links.sort());
    // Readable when scaled to a 1,120 px column: at most about that wide at natural size.
    expect(layout.width).toBeLessThanOrEqual(1300);
  }, 60_000);

  it('keeps the same promises on a synthetic graph of 50 activities with random links, back links included', async () => {
    const activities = syntheticActivities(50);
    const layout = (await activityMapLayout(GOALS, activities))!;
    expectLegible(layout, activities);
    const links = new Set(
      activities.flatMap((a) => a.next.filter((n) => n.activity !== a.id).map((n) => `${a.id}>${n.activity}`)),
    );
    expect(new Set(layout.edges.map((e) => `${e.from}>${e.to}`))).toEqual(links);
  }, 60_000);

  it('leaves out self-links, repeated links and links to unlisted activities', async () => {
    const layout = (await activityMapLayout(GOALS, [
      {
        id: 'GGI-A-1',
        goal: 'usage',
        title: 'One',
        path: '/1/',
        next: [{ activity: 'GGI-A-1' }, { activity: 'GGI-A-2' }, { activity: 'GGI-A-2' }, { activity: 'GGI-A-99' }],
      },
      { id: 'GGI-A-2', goal: 'trust', title: 'Two', path: '/2/', next: [] },
    ]))!;
    expect(layout.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['GGI-A-1>GGI-A-2']);
    expect(layout.bands.map((b) => b.goal)).toEqual(['usage', 'trust']);
  }, 60_000);

  it('computes a layout once per process for the same input', async () => {
    const activities = portalActivities();
    const first = activityMapLayout(GOALS, activities);
    expect(activityMapLayout(GOALS, structuredClone(activities))).toBe(first);
    await first;
  }, 60_000);

  it(`draws no graph above ${MAP_GRAPH_LIMIT} activities, and its highlight CSS is empty there`, async () => {
    const many = syntheticActivities(MAP_GRAPH_LIMIT + 1);
    expect(await activityMapLayout(GOALS, many)).toBeUndefined();
    expect(mapHighlightCss(many.map((a) => a.id))).toBe('');
    expect(mapHighlightCss(['GGI-A-17'])).toContain('[data-id="GGI-A-17"]');
  });
});

describe('mapOutline', () => {
  it('lists the goals in order, their activities by id number, each with the activities it leads to', () => {
    const outline = mapOutline(GOALS, [
      { id: 'GGI-A-18', goal: 'usage', title: 'B', path: '/b/', next: [] },
      {
        id: 'GGI-A-17',
        goal: 'usage',
        title: 'A',
        path: '/a/',
        next: [{ activity: 'GGI-A-21' }, { activity: 'GGI-A-18' }, { activity: 'GGI-A-99' }, { activity: 'GGI-A-21' }],
      },
      { id: 'GGI-A-21', goal: 'trust', title: 'C', path: '/c/', next: [{ activity: 'GGI-A-21' }] },
    ]);
    expect(outline.map((g) => g.goal.id)).toEqual(GOAL_ORDER);
    expect(outline[0].activities.map((a) => [a.id, a.next.map((n) => n.id)])).toEqual([
      ['GGI-A-17', ['GGI-A-21', 'GGI-A-18']],
      ['GGI-A-18', []],
    ]);
    expect(outline[0].activities[0].next[0]).toEqual({ id: 'GGI-A-21', title: 'C', path: '/c/' });
    expect(outline[1].activities).toEqual([{ id: 'GGI-A-21', title: 'C', path: '/c/', next: [] }]);
    expect(outline[2].activities).toEqual([]);
  });
  it('serves thousands of activities, as the benchmark makes, in well under a second', () => {
    const many = syntheticActivities(5000);
    const t = performance.now();
    const outline = mapOutline(GOALS, many);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(outline.reduce((n, g) => n + g.activities.length, 0)).toBe(5000);
  });
});
