/**
 * Operations on a scorecard document that only the scorecard page's tools use, loaded with them
 * rather than with the page: several scorecards (create, rename, delete), iterations (rename,
 * close), the export date and a My GGI Board import's progress, and the names of downloaded files. Like model.ts, each returns a new
 * document and leaves the one it is given untouched; time is passed in (`now`).
 */
import { cleanName, emptyDocument, iterationName, newScorecard, today } from './model.ts';
import { withCurrent, withRecord } from './edits.ts';
import type { ActivityRecord, ScorecardDocument, Snapshot } from './types.ts';
import { DATE_PATTERN, LIMITS } from './vocabulary.ts';

/** Adds a new, empty scorecard named `name` and makes it the current one. */
export function createScorecard(doc: ScorecardDocument, name: string, now: Date): ScorecardDocument {
  const sc = newScorecard(now, name);
  return { ...doc, current: sc.id, scorecards: [...doc.scorecards, sc] };
}

/** The scorecard with `id` renamed to `name` (trimmed, at most 120 characters); an empty name or unknown id changes nothing. */
export function renameScorecard(doc: ScorecardDocument, id: string, name: string): ScorecardDocument {
  return {
    ...doc,
    scorecards: doc.scorecards.map((s) => (s.id === id ? { ...s, name: cleanName(name, s.name) } : s)),
  };
}

/**
 * Why `name` cannot be given to a scorecard (New, Rename), or undefined: blank, or the name of
 * another scorecard than `selfId` (compared trimmed, ignoring case: two "Legal" in the switcher
 * could not be told apart). A copy from a share link gets a free name instead (adopt.ts, freeName).
 */
export function scorecardNameProblem(doc: ScorecardDocument, name: string, selfId?: string): string | undefined {
  const wanted = cleanName(name, '');
  if (wanted === '') return 'Give a name: it cannot be empty or only spaces.';
  const same = doc.scorecards.find((s) => s.id !== selfId && s.name.toLowerCase() === wanted.toLowerCase());
  if (same) return `Another scorecard is already called “${same.name}”: choose another name.`;
  return undefined;
}

/**
 * Removes the scorecard with `id`. When it was the current one, the first remaining becomes
 * current; when it was the last, a new empty scorecard takes its place. An unknown id changes nothing.
 */
export function deleteScorecard(doc: ScorecardDocument, id: string, now: Date): ScorecardDocument {
  if (!doc.scorecards.some((s) => s.id === id)) return doc;
  const rest = doc.scorecards.filter((s) => s.id !== id);
  if (rest.length === 0) return { ...emptyDocument(now), ...(doc.exported ? { exported: doc.exported } : {}) };
  return { ...doc, current: doc.current === id ? rest[0].id : doc.current, scorecards: rest };
}

/**
 * Names and dates the current iteration of the current scorecard: `name` trimmed (at most 120
 * characters; empty keeps the old name), `started` `YYYY-MM-DD`. Throws RangeError for another date.
 */
export function renameIteration(doc: ScorecardDocument, name: string, started: string): ScorecardDocument {
  if (!DATE_PATTERN.test(started)) throw new RangeError(`not a date YYYY-MM-DD: ${started}`);
  return withCurrent(doc, (sc) => ({ ...sc, iteration: { name: cleanName(name, sc.iteration.name), started } }));
}

/**
 * Closes the current scorecard's iteration: a Snapshot (its name, start, closed today, and the
 * status and ticked point ids of every activity with a record) joins the snapshots, and the next
 * iteration starts today, named `nextName` or "Iteration <n>". Past 200 snapshots, the oldest is dropped.
 */
export function closeIteration(doc: ScorecardDocument, now: Date, nextName?: string): ScorecardDocument {
  return withCurrent(doc, (sc) => {
    const snapshot: Snapshot = {
      name: sc.iteration.name,
      started: sc.iteration.started,
      closed: today(now),
      activities: Object.fromEntries(
        Object.entries(sc.activities).map(([id, r]) => [id, { status: r.status, points: Object.keys(r.points) }]),
      ),
    };
    const snapshots = [...sc.snapshots, snapshot].slice(-LIMITS.snapshots);
    const name = cleanName(nextName ?? '', iterationName(sc.snapshots.length + 2));
    return { ...sc, snapshots, iteration: { name, started: today(now) } };
  });
}

/** Records that the document was exported `now` (for the reminder to export). */
export function markExported(doc: ScorecardDocument, now: Date): ScorecardDocument {
  return { ...doc, exported: now.toISOString() };
}

/**
 * Keeps what a My GGI Board import says of the activity's objectives (its `tasks_done` of
 * `tasks_total` and the row's `updated_at`, ISO or empty): shown as the board's progress, never
 * turned into ticks.
 */
export function setBoard(
  doc: ScorecardDocument,
  activityId: string,
  board: NonNullable<ActivityRecord['board']>,
  now: Date,
): ScorecardDocument {
  return withRecord(doc, activityId, now, () => ({ board: { ...board } }));
}

/**
 * The name of a downloaded file: "ggi-scorecards-2025-12-02.json" for the document, and for one
 * scorecard's board CSV "ggi-scorecard-<name as a slug>-2025-12-02.csv" (date in UTC).
 */
export function downloadName(kind: 'json' | 'csv', now: Date, scorecardName = ''): string {
  const date = now.toISOString().slice(0, 10);
  if (kind === 'json') return `ggi-scorecards-${date}.json`;
  const slug = scorecardName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `ggi-scorecard-${slug ? `${slug}-` : ''}${date}.csv`;
}
