/**
 * What a scorecard adds up to, measured against the catalogue (the handbook as it is now): the
 * dashboard's counts per goal and overall, and ticked points the handbook no longer has
 * (progress across iterations and the review are history.ts's, which counts with this). Pure
 * functions, no validation library; records of activities the catalogue lacks are not counted.
 */
import type { ActivityRecord, Catalogue, CatalogueActivity, CataloguePoint, Scorecard } from './types.ts';
import { isSelected, type Status } from './vocabulary.ts';

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
export interface State {
  status: Status;
  points: readonly string[];
}

/** Points of `activity` among `ticked` (ids): those the catalogue still has. */
export function met(activity: CatalogueActivity, ticked: readonly string[]): number {
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
export function progressOf(catalogue: Catalogue, stateOf: (id: string) => State | undefined): Progress {
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
