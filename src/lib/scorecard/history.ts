/**
 * The scorecard's history: progress across its iterations and the review of what changed since
 * the last closed one. Only the page's history view (loaded once there is a closed iteration or
 * the review is opened) needs it, so it is apart from progress.ts's counts, which it uses.
 */
import { activityRecord } from './model.ts';
import { met, progressOf, tally, type Progress } from './progress.ts';
import type { Catalogue, Scorecard } from './types.ts';
import { isSelected, STATUSES, type Status } from './vocabulary.ts';

/** One iteration of the history: its name, start, close (absent for the current one) and counts. */
export interface IterationProgress {
  name: string;
  started: string;
  closed?: string;
  tally: Progress;
}

/** Progress across iterations: each closed one (oldest first), then the current one. */
export function iterationHistory(sc: Scorecard, catalogue: Catalogue): IterationProgress[] {
  return [
    ...sc.snapshots.map((s) => ({
      name: s.name,
      started: s.started,
      closed: s.closed,
      tally: progressOf(catalogue, (id) => s.activities[id]),
    })),
    { name: sc.iteration.name, started: sc.iteration.started, tally: tally(sc, catalogue) },
  ];
}

/** What changed for one activity since the last closed iteration. */
export interface ReviewItem {
  activityId: string;
  /**
   * `done`: it became Done; `progressed`: more points met, or from Not Selected to In Progress;
   * `stalled`: In Progress before and after with the same points met; `regressed`: its status went
   * back (Done → In Progress, or to Not Selected) or fewer points are met.
   */
  change: 'done' | 'progressed' | 'stalled' | 'regressed';
  before: { status: Status; pointsMet: number };
  after: { status: Status; pointsMet: number };
}

/**
 * The review: per catalogue activity (in its order), what changed between the last snapshot (no
 * snapshot: every activity Not Selected with nothing ticked) and now, by the rules of ReviewItem,
 * the status first (a status going back is `regressed` whatever the points did). Left out:
 * activities not selected before or after, and those Done before and after with the same points
 * met (nothing to review).
 */
export function review(sc: Scorecard, catalogue: Catalogue): ReviewItem[] {
  const last = sc.snapshots.at(-1);
  const items: ReviewItem[] = [];
  for (const a of catalogue.activities) {
    const was = last?.activities[a.id];
    const now = activityRecord(sc, a.id);
    const before = { status: was?.status ?? 'Not Selected', pointsMet: was ? met(a, was.points) : 0 } as const;
    const after = { status: now.status, pointsMet: met(a, Object.keys(now.points)) };
    const rank = (s: Status) => STATUSES.indexOf(s);
    let change: ReviewItem['change'] | undefined;
    if (!isSelected(before.status) && !isSelected(after.status)) change = undefined;
    else if (after.status === 'Done' && before.status !== 'Done') change = 'done';
    else if (rank(after.status) < rank(before.status) || after.pointsMet < before.pointsMet) change = 'regressed';
    else if (after.pointsMet > before.pointsMet || rank(after.status) > rank(before.status)) change = 'progressed';
    else if (after.status === 'In Progress') change = 'stalled';
    if (change) items.push({ activityId: a.id, change, before, after });
  }
  return items;
}

/** The review's headings, by kind of change (ReviewItem), in the order shown. */
export const REVIEW_HEADINGS = {
  done: 'Done',
  progressed: 'Progressed',
  stalled: 'Stalled',
  regressed: 'Went back',
} as const;
