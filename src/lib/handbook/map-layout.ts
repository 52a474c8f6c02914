/**
 * The activity map on /ggi/: the GGI activities and their "proposed next" links laid out at build
 * time by ELK's layered algorithm (elkjs, run in-process: no web worker, nothing of it reaches the
 * browser), with one horizontal band per goal in goal order and orthogonally routed arrows that
 * never pass behind a box; and the same information as text, a per-goal list of the activities
 * each with the activities it leads to, which the page shows on narrow screens.
 *
 * Scale: the layered layout grows faster than linearly with the graph, and a drawing of hundreds
 * of boxes reads no better than the list. Above `MAP_GRAPH_LIMIT` activities (the benchmark's
 * synthetic layer makes thousands) `activityMapLayout` skips the layout and returns undefined,
 * and the page shows only the text form.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk.bundled.js';
import { groupByGoal } from './ordering.ts';

/**
 * Most activities the map draws as a graph; above it, only the text form is shown. Past about
 * 60 boxes the drawing is over 2,500 units wide (unreadable scaled to the page's column) and the
 * layout takes seconds; the handbook has 25.
 */
export const MAP_GRAPH_LIMIT = 60;

/** What the map needs of a goal. */
export interface MapGoal {
  id: string;
  title: string;
  /** Handbook order, 1–5. */
  order: number;
}

/** What the map needs of an activity: `path` is its page's site path (src/lib/routes.ts). */
export interface MapActivity {
  id: string;
  goal: string;
  title: string;
  path: string;
  next: readonly { activity: string }[];
}

/** Sizes of the drawing, in SVG user units (1 unit = 1 CSS px at natural size). */
export const MAP_SIZES = {
  /** Width of the column on the left that holds the goals' labels. */
  gutter: 104,
  nodeWidth: 166,
  /** Characters per line of a box's title (12.5 px semibold). */
  lineChars: 18,
  /** Box height: `padTop` + id line + `line` per title line + `padBottom`. */
  padTop: 8,
  idLine: 15,
  line: 16,
  padBottom: 8,
} as const;

/** A box of the map (SVG user units, top-left corner) with the lines of its title. */
export interface MapBox {
  id: string;
  goal: string;
  title: string;
  path: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

/** A "next" link drawn as an orthogonal polyline from the border of one box to another's. */
export interface MapArrow {
  from: string;
  to: string;
  /** Start point, bend points, end point (the arrow's tip, on the target's border). */
  points: { x: number; y: number }[];
  /** The polyline as an SVG path, its corners rounded. */
  d: string;
}

/** A goal's band: the full width of the drawing, from `y` down `height` units. */
export interface MapBand {
  goal: string;
  title: string;
  order: number;
  y: number;
  height: number;
}

/** The laid-out map: the drawing's size, the goals' bands, the boxes and the arrows. */
export interface MapLayout {
  width: number;
  height: number;
  bands: MapBand[];
  nodes: MapBox[];
  edges: MapArrow[];
}

/** One goal of the text form: its activities in id order, each with those it leads to. */
export interface MapOutlineGoal {
  goal: MapGoal;
  activities: { id: string; title: string; path: string; next: { id: string; title: string; path: string }[] }[];
}

/** Splits a title into lines of at most `max` characters; past three lines, the third ends with "…". */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > 3) return [lines[0], lines[1], `${lines[2]}…`];
  return lines;
}

/** The "next" links between listed activities, without self-links and repeats, in input order. */
function links(activities: readonly MapActivity[]): { from: string; to: string }[] {
  const ids = new Set(activities.map((a) => a.id));
  const seen = new Set<string>();
  const out: { from: string; to: string }[] = [];
  for (const a of activities)
    for (const { activity } of a.next) {
      const key = `${a.id}>${activity}`;
      if (activity === a.id || !ids.has(activity) || seen.has(key)) continue;
      seen.add(key);
      out.push({ from: a.id, to: activity });
    }
  return out;
}

/**
 * The text form of the map: per goal (handbook order), its activities (id order), each with the
 * activities it leads to (its `next` list, in the handbook's order, unknown ids left out). Linear
 * in the number of activities and links, so it serves the synthetic layer as well.
 */
export function mapOutline(goals: readonly MapGoal[], activities: readonly MapActivity[]): MapOutlineGoal[] {
  const at = new Map(activities.map((a) => [a.id, a]));
  return groupByGoal(goals, activities).map(({ goal, activities: list }) => ({
    goal,
    activities: list.map((a) => ({
      id: a.id,
      title: a.title,
      path: a.path,
      next: [...new Set(a.next.map((n) => n.activity))]
        .flatMap((id) => (id === a.id ? [] : (at.get(id) ?? [])))
        .map((n) => ({ id: n.id, title: n.title, path: n.path })),
    })),
  }));
}

/**
 * An orthogonal polyline as an SVG path whose corners are rounded with quarter curves of at most
 * `radius` units (less where a segment is shorter), so that crossing lines read apart from bends.
 */
export function roundedPath(points: readonly { x: number; y: number }[], radius = 6): string {
  const f = (n: number) => String(Math.round(n * 10) / 10);
  if (points.length === 0) return '';
  let d = `M${f(points[0].x)},${f(points[0].y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [p, c, n] = [points[i - 1], points[i], points[i + 1]];
    const r = Math.min(radius, Math.hypot(c.x - p.x, c.y - p.y) / 2, Math.hypot(n.x - c.x, n.y - c.y) / 2);
    const towards = (a: { x: number; y: number }, len: number) => {
      const l = Math.hypot(a.x - c.x, a.y - c.y) || 1;
      return { x: c.x + ((a.x - c.x) / l) * len, y: c.y + ((a.y - c.y) / l) * len };
    };
    const a = towards(p, r);
    const b = towards(n, r);
    d += ` L${f(a.x)},${f(a.y)} Q${f(c.x)},${f(c.y)} ${f(b.x)},${f(b.y)}`;
  }
  const last = points[points.length - 1];
  return `${d} L${f(last.x)},${f(last.y)}`;
}

/** ELK's options: layered, top to bottom, one partition (band) per goal, orthogonal edges. */
const ELK_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.partitioning.activate': 'true',
  // One drawing: ELK would otherwise lay out unconnected activities apart, outside their bands.
  'elk.separateConnectedComponents': 'false',
  'elk.padding': '[top=16,left=12,bottom=16,right=12]',
  'elk.spacing.nodeNode': '20',
  'elk.layered.spacing.nodeNodeBetweenLayers': '40',
  'elk.layered.spacing.edgeNodeBetweenLayers': '14',
  'elk.spacing.edgeNode': '12',
  'elk.spacing.edgeEdge': '8',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '8',
  // Network-simplex placement: straight runs, few bends, and a drawing about a quarter
  // narrower than the default placement's (measured on the handbook's 25 activities).
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
};

/** Layouts already computed in this process, by their input (the page renders once per build). */
const layouts = new Map<string, Promise<MapLayout | undefined>>();

/**
 * The map's layout (see the module comment): boxes, arrows and goal bands in SVG user units,
 * the drawing starting at (0, 0). Goals in handbook `order`; activities of a goal not listed are
 * left out, and so are links to unlisted activities and self-links. Undefined above
 * `MAP_GRAPH_LIMIT` activities. Memoised per process by the input's content: a second call with
 * the same data returns the same promise. The handbook's 25 activities take about a second on a
 * busy 2-core machine, ELK's start included. Rejects if ELK fails.
 */
export function activityMapLayout(
  goals: readonly MapGoal[],
  activities: readonly MapActivity[],
): Promise<MapLayout | undefined> {
  const key = JSON.stringify([goals, activities]);
  let layout = layouts.get(key);
  if (!layout) {
    layout = computeLayout(goals, activities);
    layouts.set(key, layout);
  }
  return layout;
}

async function computeLayout(
  goals: readonly MapGoal[],
  activities: readonly MapActivity[],
): Promise<MapLayout | undefined> {
  if (activities.length > MAP_GRAPH_LIMIT) return undefined;
  const S = MAP_SIZES;
  const groups = groupByGoal(goals, activities);
  const listed = groups.flatMap((g) => g.activities);
  const boxes = new Map(
    listed.map((a) => {
      const lines = wrapLabel(a.title, S.lineChars);
      const height = S.padTop + S.idLine + lines.length * S.line + S.padBottom;
      return [a.id, { a, lines, height }];
    }),
  );
  const partition = new Map(groups.flatMap((g, i) => g.activities.map((a) => [a.id, i])));
  const arrows = links(listed);
  const graph: ElkNode = {
    id: 'map',
    layoutOptions: ELK_OPTIONS,
    children: listed.map((a) => ({
      id: a.id,
      width: S.nodeWidth,
      height: boxes.get(a.id)!.height,
      layoutOptions: { 'elk.partitioning.partition': String(partition.get(a.id)) },
    })),
    edges: arrows.map((l, i) => ({ id: `e${i}`, sources: [l.from], targets: [l.to] })),
  };
  const out = await new ELK().layout(graph);
  const dx = S.gutter;
  const nodes: MapBox[] = (out.children ?? []).map((c) => {
    const { a, lines, height } = boxes.get(c.id)!;
    return {
      id: a.id,
      goal: a.goal,
      title: a.title,
      path: a.path,
      x: (c.x ?? 0) + dx,
      y: c.y ?? 0,
      width: S.nodeWidth,
      height,
      lines,
    };
  });
  const edges: MapArrow[] = (out.edges ?? []).map((e) => {
    const arrow = arrows[Number(e.id.slice(1))]; // ids are `e<index>` (see the graph above)
    const s = e.sections?.[0];
    const points = s ? [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map((p) => ({ x: p.x + dx, y: p.y })) : [];
    return { from: arrow.from, to: arrow.to, points, d: roundedPath(points) };
  });
  const width = (out.width ?? 0) + dx;
  const height = out.height ?? 0;
  // Each band reaches halfway to its neighbours' boxes, so that the bands tile the drawing.
  const spans = groups.map((g) => {
    const mine = nodes.filter((n) => n.goal === g.goal.id);
    return mine.length
      ? { top: Math.min(...mine.map((n) => n.y)), bottom: Math.max(...mine.map((n) => n.y + n.height)) }
      : undefined;
  });
  const bands: MapBand[] = [];
  groups.forEach((g, i) => {
    const span = spans[i];
    if (!span) return;
    const before = spans.slice(0, i).findLast((s) => s);
    const after = spans.slice(i + 1).find((s) => s);
    const top = before ? (before.bottom + span.top) / 2 : 0;
    const bottom = after ? (span.bottom + after.top) / 2 : height;
    bands.push({ goal: g.goal.id, title: g.goal.title, order: g.goal.order, y: top, height: bottom - top });
  });
  return { width, height, bands, nodes, edges };
}

/**
 * CSS that, when a map box is pointed at or focused, brings out the arrows leaving it (the others
 * fade): one rule per activity id, since CSS cannot match an attribute against another's value.
 * Empty above `MAP_GRAPH_LIMIT` ids, where the map is not drawn.
 */
export function mapHighlightCss(ids: readonly string[]): string {
  if (ids.length > MAP_GRAPH_LIMIT) return '';
  return ids
    .map(
      (id) =>
        `.activity-map:has(.map-node[data-id="${id}"]:is(:hover,:focus-visible)) .map-edges path[data-from="${id}"]{opacity:1 !important;stroke:var(--color-brand);stroke-width:2.2}`,
    )
    .join('\n');
}
