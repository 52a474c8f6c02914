/**
 * The graph of GGI activities formed by their "proposed next" links (GGI handbook 1.3,
 * "Proposed next activities"): forward links and reverse links ("activities that point here").
 * The map drawn on /ggi/ is laid out by `map-layout.ts`.
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
