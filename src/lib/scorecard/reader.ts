/**
 * The activity page's reader and writer of the stored document: a few checks of its shape instead
 * of the schema, so the page loads no validation library (this module imports no zod, directly
 * or not; a unit test bundles it to make sure). It changes only the record it is asked to, keeps
 * everything else as stored, and never writes over a value it cannot read: the scorecard page,
 * which validates fully, keeps such a value aside and tells the user.
 */
import { emptyDocument } from './model.ts';
import { setPoint, setStatus } from './edits.ts';
import type { CataloguePoint, Scorecard, ScorecardDocument } from './types.ts';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, type Status } from './vocabulary.ts';

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * The stored document and its current scorecard, or `null` when `raw` is null (nothing stored)
 * or fails the minimal checks: JSON, `format` the portal's, `version` 2, a `scorecards` list in
 * which `current` names a scorecard with an `activities` object. (An older version is not read
 * here; the scorecard page migrates it.)
 */
export function readCurrent(raw: string | null): { doc: ScorecardDocument; scorecard: Scorecard } | null {
  if (raw === null) return null;
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isObject(doc) || doc.format !== DOCUMENT_FORMAT || doc.version !== DOCUMENT_VERSION) return null;
  if (!Array.isArray(doc.scorecards)) return null;
  const scorecard: unknown = doc.scorecards.find((s) => isObject(s) && s.id === doc.current);
  if (!isObject(scorecard) || !isObject(scorecard.activities)) return null;
  return { doc: doc as unknown as ScorecardDocument, scorecard: scorecard as unknown as Scorecard };
}

/** One change the activity page makes: a status, and/or a point ticked or unticked. */
export interface ActivityChange {
  status?: Status;
  point?: { point: CataloguePoint; ticked: boolean };
}

/**
 * The stored value `raw` with `change` made to `activityId` in the current scorecard, as the JSON
 * text to store; with nothing stored (`raw` null), a new document ("My scorecard") holding the
 * change. `null` when `raw` fails readCurrent's checks, or the activity's record is not an object
 * with `points` and `fields` objects: the caller must then leave the stored value as it is.
 */
export function writeActivityChange(
  raw: string | null,
  activityId: string,
  change: ActivityChange,
  now: Date,
): string | null {
  let doc: ScorecardDocument;
  if (raw === null) doc = emptyDocument(now);
  else {
    const read = readCurrent(raw);
    const record: unknown = read?.scorecard.activities[activityId];
    if (!read || (record !== undefined && !(isObject(record) && isObject(record.points) && isObject(record.fields))))
      return null;
    doc = read.doc;
  }
  if (change.status) doc = setStatus(doc, activityId, change.status, now);
  if (change.point) doc = setPoint(doc, activityId, change.point.point, change.point.ticked, now);
  return JSON.stringify(doc);
}
