/**
 * The edits of one activity record of the current scorecard (status, points, fields, owner,
 * target), each returning a new document as model.ts's operations do, `now` passed in. Apart from
 * model.ts so that the scorecard page loads them with its edit handlers (on the first edit), not
 * with the page; the activity page's reader uses them too. No validation library.
 */
import { activityRecord, currentScorecard } from './model.ts';
import type { ActivityRecord, CataloguePoint, Scorecard, ScorecardDocument } from './types.ts';
import { DATE_PATTERN, LIMITS, type ScorecardFieldKey, type Status } from './vocabulary.ts';

/** The current scorecard replaced by `change(it)`. */
export function withCurrent(doc: ScorecardDocument, change: (sc: Scorecard) => Scorecard): ScorecardDocument {
  const sc = currentScorecard(doc);
  return { ...doc, scorecards: doc.scorecards.map((s) => (s === sc ? change(s) : s)) };
}

/** The current scorecard's record of `activityId` replaced by `change(record)`, stamped `updated` = now. */
export function withRecord(
  doc: ScorecardDocument,
  activityId: string,
  now: Date,
  change: (r: ActivityRecord) => Partial<ActivityRecord>,
): ScorecardDocument {
  return withCurrent(doc, (sc) => {
    const record = activityRecord(sc, activityId);
    const next = { ...record, ...change(record), updated: now.toISOString() };
    return { ...sc, activities: { ...sc.activities, [activityId]: next } };
  });
}

/** Sets the status of `activityId` in the current scorecard. */
export function setStatus(doc: ScorecardDocument, activityId: string, status: Status, now: Date): ScorecardDocument {
  return withRecord(doc, activityId, now, () => ({ status }));
}

/**
 * Ticks (`ticked` true) or unticks a verification point of `activityId` in the current
 * scorecard; a ticked point keeps the point's text of the moment, for the day the handbook drops it.
 * Ticking a point of a `Not Selected` activity also sets it `In Progress` (in the GGI method,
 * choosing an activity for the iteration starts it, and only selected activities count); unticking
 * never changes the status.
 */
export function setPoint(
  doc: ScorecardDocument,
  activityId: string,
  point: CataloguePoint,
  ticked: boolean,
  now: Date,
): ScorecardDocument {
  return withRecord(doc, activityId, now, (r) => {
    const { [point.id]: _dropped, ...rest } = r.points;
    if (!ticked) return { points: rest };
    const points = { ...rest, [point.id]: point.text.slice(0, LIMITS.text) };
    return r.status === 'Not Selected' ? { points, status: 'In Progress' } : { points };
  });
}

/** Removes a ticked point the handbook no longer has (see `orphanPoints` in progress.ts). */
export function removeOrphanPoint(
  doc: ScorecardDocument,
  activityId: string,
  pointId: string,
  now: Date,
): ScorecardDocument {
  return setPoint(doc, activityId, { id: pointId, text: '' }, false, now);
}

/** Sets one of the five fields (plain text, cut to 20 000 characters). */
export function setField(
  doc: ScorecardDocument,
  activityId: string,
  key: ScorecardFieldKey,
  value: string,
  now: Date,
): ScorecardDocument {
  return withRecord(doc, activityId, now, (r) => ({ fields: { ...r.fields, [key]: value.slice(0, LIMITS.text) } }));
}

/** Sets who owns the activity (trimmed, at most 120 characters; may be empty). */
export function setOwner(doc: ScorecardDocument, activityId: string, owner: string, now: Date): ScorecardDocument {
  return withRecord(doc, activityId, now, () => ({ owner: owner.trim().slice(0, LIMITS.name) }));
}

/**
 * Sets the target date, `YYYY-MM-DD` (what `<input type="date">` gives) or empty to clear it.
 * Throws RangeError for any other text.
 */
export function setTarget(doc: ScorecardDocument, activityId: string, target: string, now: Date): ScorecardDocument {
  if (target !== '' && !DATE_PATTERN.test(target)) throw new RangeError(`not a date YYYY-MM-DD: ${target}`);
  return withRecord(doc, activityId, now, () => ({ target }));
}
