/**
 * What a scorecard adds up to, measured against the catalogue (the handbook as it is now): the
 * dashboard's counts per goal and overall, ticked points the handbook no longer has, progress
 * across iterations and the review of what changed since the last one. Pure functions, no
 * validation library; records of activities the catalogue lacks are not counted.
 */
import { activityRecord } from './model.ts';
import type { ActivityRecord, Catalogue, CatalogueActivity, CataloguePoint, Scorecard } from './types.ts';
import { isSelected, STATUSES, type Status } from './vocabulary.ts';

/**
 * Counts over a set of activities: how many there are, how many are selected (`In Progress` or
 * `Done`), in progress, done; and the verification points of the *selected* activities, met
 * (ticked and still in the handbook) of all of theirs.
 */
export interface Tally {
  activities: number;
  selected: number;
  inProgress: number;
  done: number;
  pointsMet: number;
  pointsTotal: number;
}

/** The dashboard: overall, and per goal in the catalogue's order. */
export interface Progress {
  overall: Tally;
  goals: { goal: string; title: string; tally: Tally }[];
}

/** An activity's state for counting: its status and the ids of its ticked points. */
interface State {
  status: Status;
  points: readonly string[];
}

/** Points of `activity` among `ticked` (ids): those the catalogue still has. */
function met(activity: CatalogueActivity, ticked: readonly string[]): number {
  const set = new Set(ticked);
  return activity.points.filter((p) => set.has(p.id)).length;
}

/** The Tally of `activities`, each in the state `stateOf` gives (undefined: not selected, nothing ticked). */
function tallyOf(activities: readonly CatalogueActivity[], stateOf: (id: string) => State | undefined): Tally {
  const t: Tally = { activities: 0, selected: 0, inProgress: 0, done: 0, pointsMet: 0, pointsTotal: 0 };
  for (const a of activities) {
    t.activities++;
    const s = stateOf(a.id);
    if (!s || !isSelected(s.status)) continue;
    t.selected++;
    if (s.status === 'Done') t.done++;
    else t.inProgress++;
    t.pointsTotal += a.points.length;
    t.pointsMet += met(a, s.points);
  }
  return t;
}

/** Counts overall and per goal for `stateOf`. */
function progressOf(catalogue: Catalogue, stateOf: (id: string) => State | undefined): Progress {
  return {
    overall: tallyOf(catalogue.activities, stateOf),
    goals: catalogue.goals.map((g) => ({
      goal: g.id,
      title: g.title,
      tally: tallyOf(
        catalogue.activities.filter((a) => a.goal === g.id),
        stateOf,
      ),
    })),
  };
}

/** A scorecard's records as states. */
function currentState(sc: Scorecard): (id: string) => State | undefined {
  return (id) => {
    const r = sc.activities[id];
    return r && { status: r.status, points: Object.keys(r.points) };
  };
}

/** The dashboard's counts of scorecard `sc`: overall and per goal (see Tally). */
export function tally(sc: Scorecard, catalogue: Catalogue): Progress {
  return progressOf(catalogue, currentState(sc));
}

/**
 * The ticked points of `record` that `activity` no longer has (the handbook dropped or renamed
 * them), with the text they had when ticked, in the record's order: shown as "from an earlier
 * version of the handbook" until the user removes them.
 */
export function orphanPoints(record: ActivityRecord, activity: CatalogueActivity): CataloguePoint[] {
  const known = new Set(activity.points.map((p) => p.id));
  return Object.entries(record.points)
    .filter(([id]) => !known.has(id))
    .map(([id, text]) => ({ id, text }));
}

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
