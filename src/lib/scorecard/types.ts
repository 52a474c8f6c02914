/**
 * The shapes of the scorecard, as plain TypeScript types: the stored document (browser only, never
 * content) and the catalogue of activities it is measured against. `schema.ts` validates the same
 * shapes with zod (its types are checked to equal these); this module imports nothing that runs,
 * so that the activity page's small reader can use it without a validation library.
 */
import type { ScorecardFieldKey, Status } from './vocabulary.ts';

/** A verification point as the handbook defines it: stable id (unique within the activity) and text. */
export interface CataloguePoint {
  id: string;
  text: string;
}

/** What the scorecard needs to know of one activity (built at build time from the content layer). */
export interface CatalogueActivity {
  /** `GGI-A-NN`. */
  id: string;
  title: string;
  /** Former titles (from the activity's former slugs), to match My GGI Board rows by title. */
  formerTitles: string[];
  /** Goal id, one of GOALS. */
  goal: string;
  /** Role ids, from ROLES. */
  roles: string[];
  /** Site path of the activity page (without base). */
  path: string;
  points: CataloguePoint[];
}

/** The handbook as the scorecard sees it: goals in order, activities in reading order. */
export interface Catalogue {
  /** Handbook version, e.g. "1.3". */
  handbook: string;
  goals: { id: string; title: string }[];
  activities: CatalogueActivity[];
}

/** One activity's record in a scorecard. Absent record = `Not Selected`, nothing written. */
export interface ActivityRecord {
  status: Status;
  /**
   * Ticked verification points: point id → the point's text when it was ticked. The text lets a
   * point the handbook no longer has be shown ("from an earlier version of the handbook") until
   * the user removes it.
   */
  points: Record<string, string>;
  /** The five scorecard fields, plain text (empty string when unset). */
  fields: Record<ScorecardFieldKey, string>;
  /** Who owns the activity in the organisation (free text). */
  owner: string;
  /** Target date, `YYYY-MM-DD`, or empty. */
  target: string;
  /** When the record last changed, ISO 8601 date-time (UTC). */
  updated: string;
  /**
   * Progress of the board's objectives, from a My GGI Board import: its `tasks_done` of
   * `tasks_total` checkboxes, and the row's `updated_at`. Shown, never turned into ticks.
   */
  board?: { tasksDone: number; tasksTotal: number; updatedAt: string };
}

/** What an iteration snapshot keeps of an activity. */
export interface SnapshotActivity {
  status: Status;
  /** Ids of the ticked points at closing time. */
  points: string[];
}

/** A closed iteration: its name and dates, and the state of every activity with a record. */
export interface Snapshot {
  name: string;
  /** `YYYY-MM-DD`. */
  started: string;
  /** `YYYY-MM-DD`. */
  closed: string;
  activities: Record<string, SnapshotActivity>;
}

/** One scorecard: an organisation's (or a department's) progress through the activities. */
export interface Scorecard {
  /** Random id, stable across renames. */
  id: string;
  name: string;
  /** ISO 8601 date-time. */
  created: string;
  /** The current iteration: name and start date (`YYYY-MM-DD`). */
  iteration: { name: string; started: string };
  /** Activity id → record. */
  activities: Record<string, ActivityRecord>;
  /** Closed iterations, oldest first. */
  snapshots: Snapshot[];
}

/** The stored document: every scorecard of this browser, and which one is current. */
export interface ScorecardDocument {
  format: 'ospo-zone-scorecard';
  version: 2;
  /** Id of the current scorecard (one of `scorecards`). */
  current: string;
  scorecards: Scorecard[];
  /** When the user last exported (ISO 8601 date-time), for the reminder to export; absent if never. */
  exported?: string;
}
