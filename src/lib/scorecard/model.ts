/**
 * Operations on a scorecard document. Each returns a new document and leaves the one it is given
 * untouched (the page keeps the previous one for undo and for "the saved data stays as it was");
 * parts that do not change are shared, not copied. Time is passed in (`now`), never read here,
 * and written as `YYYY-MM-DD` (dates, UTC) or `toISOString()` (date-times). No validation
 * library: the activity page's reader uses this module too. What only the scorecard page's
 * tools do (several scorecards, iterations, exports, board imports) is in manage.ts, loaded
 * with them; the edits of one activity's record are in edits.ts, loaded on the first edit.
 */
import type { ActivityRecord, Scorecard, ScorecardDocument } from './types.ts';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, LIMITS, type ScorecardFieldKey } from './vocabulary.ts';

/** Name of the scorecard a new document starts with. */
export const DEFAULT_SCORECARD_NAME = 'My scorecard';

/** `now` as a date `YYYY-MM-DD` (UTC). */
export function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** A random scorecard id: 12 characters of `[a-z0-9]` (crypto.getRandomValues, which needs no secure context). */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** `name` trimmed and cut to 120 characters; `fallback` when nothing is left. */
export function cleanName(name: string, fallback: string): string {
  return name.trim().slice(0, LIMITS.name) || fallback;
}

/** The name of iteration `n` (from 1) when none is given: "Iteration n". */
export function iterationName(n: number): string {
  return `Iteration ${n}`;
}

/** A new, empty scorecard named `name` (default "My scorecard"), its first iteration started today. */
export function newScorecard(now: Date, name = DEFAULT_SCORECARD_NAME): Scorecard {
  return {
    id: newId(),
    name: cleanName(name, DEFAULT_SCORECARD_NAME),
    created: now.toISOString(),
    iteration: { name: iterationName(1), started: today(now) },
    activities: {},
    snapshots: [],
  };
}

/** A document holding one new, empty scorecard named `name` (default "My scorecard"). */
export function emptyDocument(now: Date, name?: string): ScorecardDocument {
  const sc = newScorecard(now, name);
  return { format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION, current: sc.id, scorecards: [sc] };
}

/** Makes the scorecard with `id` the current one; an unknown id changes nothing. */
export function switchScorecard(doc: ScorecardDocument, id: string): ScorecardDocument {
  return doc.scorecards.some((s) => s.id === id) ? { ...doc, current: id } : doc;
}

/** The current scorecard (the first one should `current` name none, which the schema does not let through). */
export function currentScorecard(doc: ScorecardDocument): Scorecard {
  return doc.scorecards.find((s) => s.id === doc.current) ?? doc.scorecards[0];
}

/** The five fields, empty (written out rather than mapped from SCORECARD_FIELDS, so the reader's bundle leaves out the labels). */
export function emptyFields(): Record<ScorecardFieldKey, string> {
  return {
    customizedDescription: '',
    opportunityAssessment: '',
    objectives: '',
    tools: '',
    operationalNotes: '',
  } satisfies Record<ScorecardFieldKey, string>;
}

/**
 * The record of `activityId` in `sc`, or the record an activity has before anything is written:
 * `Not Selected`, no points, empty fields, owner and target, `updated` empty.
 */
export function activityRecord(sc: Scorecard, activityId: string): ActivityRecord {
  return (
    sc.activities[activityId] ?? {
      status: 'Not Selected',
      points: {},
      fields: emptyFields(),
      owner: '',
      target: '',
      updated: '',
    }
  );
}
