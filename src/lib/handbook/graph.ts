/**
 * The graph of GGI activities formed by their "proposed next" links (GGI handbook 1.3,
 * "Proposed next activities"): forward links, reverse links ("activities that point here"),
 * neighbours within a goal, and a layered layout for the map drawn on /ggi/.
 */
import { activityNumber } from './ordering.ts';

/** What the graph needs of an activity. */
export interface GraphNode {
  id: string;
  goal: string;
  next: readonly { activity: string }[];
}

/** For each activity id, the ids of the activities whose `next` lists it, in id order. */
export function reverseLinks(nodes: readonly GraphNode[]): Map<string, string[]> {
  const out = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const n of nodes) for (const { activity } of n.next) out.get(activity)?.push(n.id);
  for (const list of out.values()) list.sort((a, b) => activityNumber(a) - activityNumber(b));
  return out;
}

/** Neighbours of every id, per list `neighboursInGoal` was given (computed once per list). */
const neighbourTables = new WeakMap<readonly object[], Map<string, { previous?: unknown; next?: unknown }>>();

/**
 * The activities before and after `id` within its goal, in id order (undefined at either end, and
 * both undefined for an id not in the list). `ordered` is the whole list in reading order (goal
 * by goal), not changed after the first call: the neighbours of all its ids are computed on that
 * call and kept for the list, so that a page per activity costs one pass over the list in all,
 * not one each.
 */
export function neighboursInGoal<T extends { id: string; goal: string }>(
  ordered: readonly T[],
  id: string,
): { previous?: T; next?: T } {
  let table = neighbourTables.get(ordered) as Map<string, { previous?: T; next?: T }> | undefined;
  if (!table) {
    table = new Map();
    const byGoal = new Map<string, T[]>();
    const places = ordered.map((a) => {
      const inGoal = byGoal.get(a.goal) ?? [];
      byGoal.set(a.goal, inGoal);
      return { a, inGoal, i: inGoal.push(a) - 1 };
    });
    // An id listed twice keeps the neighbours of its first place.
    for (const { a, inGoal, i } of places) {
      if (!table.has(a.id))
        table.set(a.id, {
          previous: i > 0 ? inGoal[i - 1] : undefined,
          next: i < inGoal.length - 1 ? inGoal[i + 1] : undefined,
        });
    }
    neighbourTables.set(ordered, table);
  }
  return table.get(id) ?? { previous: undefined, next: undefined };
}

/** A node of the activity map: its box (SVG user units) and the lines of its label. */
export interface MapNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

/** A drawn "next" link of the activity map: an SVG path from one box to another. */
export interface MapEdge {
  from: string;
  to: string;
  d: string;
}

/** Sizes of the activity map, in SVG user units. */
export const MAP = {
  column: 214,
  nodeWidth: 184,
  nodeHeight: 66,
  row: 88,
  top: 40,
  left: 12,
  right: 44,
  lineChars: 22,
} as const;

/** Splits a title into lines of at most `max` characters; past three lines, the third ends with "…". */
export function wrapLabel(text: string, max: number = MAP.lineChars): string[] {
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

/**
 * Lays out the activity map: one column per goal (in the given order), activities stacked in id
 * order, and one curve per "next" link. Links go right-to-left or left-to-right between columns
 * and bulge to the right within a column. Returns the nodes, the edges and the drawing's size.
 */
export function mapLayout(
  goals: readonly string[],
  activities: readonly (GraphNode & { title: string })[],
): { nodes: MapNode[]; edges: MapEdge[]; width: number; height: number } {
  const nodes: MapNode[] = [];
  let rows = 0;
  goals.forEach((goal, col) => {
    const inGoal = activities
      .filter((a) => a.goal === goal)
      .sort((a, b) => activityNumber(a.id) - activityNumber(b.id));
    rows = Math.max(rows, inGoal.length);
    inGoal.forEach((a, row) => {
      nodes.push({
        id: a.id,
        x: MAP.left + col * MAP.column,
        y: MAP.top + row * MAP.row,
        width: MAP.nodeWidth,
        height: MAP.nodeHeight,
        lines: wrapLabel(a.title),
      });
    });
  });
  const at = new Map(nodes.map((n) => [n.id, n]));
  const links = activities.flatMap((a) =>
    a.next
      .map((n) => ({ from: a.id, to: n.activity }))
      .filter((l) => at.has(l.from) && at.has(l.to) && l.from !== l.to),
  );
  // Arrows leave and reach a box at points spread along its side, ordered by the other end's
  // height, so that arrowheads do not pile up and lines cross less.
  const ports = (key: 'from' | 'to', other: 'from' | 'to') => {
    const y = new Map<(typeof links)[number], number>();
    const byNode = new Map<string, (typeof links)[number][]>();
    for (const l of links) {
      const list = byNode.get(l[key]) ?? [];
      list.push(l);
      byNode.set(l[key], list);
    }
    for (const node of nodes) {
      const mine = (byNode.get(node.id) ?? []).sort(
        (p, q) => at.get(p[other])!.y - at.get(q[other])!.y || at.get(p[other])!.x - at.get(q[other])!.x,
      );
      mine.forEach((l, i) => y.set(l, node.y + (node.height * (i + 1)) / (mine.length + 1)));
    }
    return y;
  };
  const out = ports('from', 'to');
  const inn = ports('to', 'from');
  const edges: MapEdge[] = links.map((l) => {
    const s = at.get(l.from)!;
    const t = at.get(l.to)!;
    const sy = out.get(l)!;
    const ty = inn.get(l)!;
    let d: string;
    if (t.x > s.x) {
      const x1 = s.x + s.width;
      const x2 = t.x;
      const bend = (x2 - x1) / 2;
      d = `M${x1},${sy} C${x1 + bend},${sy} ${x2 - bend},${ty} ${x2},${ty}`;
    } else if (t.x < s.x) {
      const x1 = s.x;
      const x2 = t.x + t.width;
      const bend = (x1 - x2) / 2;
      d = `M${x1},${sy} C${x1 - bend},${sy} ${x2 + bend},${ty} ${x2},${ty}`;
    } else {
      const x = s.x + s.width;
      const bulge = Math.min(40, 14 + Math.abs(ty - sy) / 8);
      d = `M${x},${sy} C${x + bulge},${sy} ${x + bulge},${ty} ${x},${ty}`;
    }
    return { from: l.from, to: l.to, d };
  });
  return {
    nodes,
    edges,
    width: MAP.left + (goals.length - 1) * MAP.column + MAP.nodeWidth + MAP.right,
    height: MAP.top + rows * MAP.row,
  };
}

/**
 * CSS that, when a map box is pointed at or focused, brings out the arrows leaving it (the others
 * fade): one rule per activity id, since CSS cannot match an attribute against another's value.
 */
export function mapHighlightCss(ids: readonly string[]): string {
  return ids
    .map(
      (id) =>
        `.activity-map:has(.map-node[data-id="${id}"]:is(:hover,:focus-visible)) .map-edges path[data-from="${id}"]{opacity:1 !important;stroke:var(--color-brand);stroke-width:2.2}`,
    )
    .join('\n');
}
