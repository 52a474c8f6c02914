/**
 * The graph of GGI activities formed by their "proposed next" links (GGI handbook 1.3,
 * "Proposed next activities"): forward links, reverse links ("activities that point here"),
 * neighbours within a goal. The map drawn on /ggi/ is laid out by `map-layout.ts`.
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
