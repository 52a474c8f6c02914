/**
 * What the scorecard control of an activity page (src/scripts/scorecard/control.ts) shows, from
 * the stored document's raw text: the current scorecard's name, the activity's status and its
 * ticked points, or that the document cannot be read; and the sentences it announces. It reads
 * through the small reader (`reader.ts`), never the zod schema, so that the activity page loads
 * no validation library.
 */
import { readCurrent } from './reader.ts';
import { STATUSES, type Status } from './vocabulary.ts';

/**
 * The control's state for one activity:
 * - `empty`: nothing stored yet (the first change creates the document);
 * - `ok`: the current scorecard's name, the activity's status (`Not Selected` when it has no
 *   record) and the ids of its ticked points, in the stored order;
 * - `unreadable`: something is stored but the reader refuses it: the control shows it, changes
 *   nothing, and sends the user to the scorecard page, which keeps it aside.
 */
export type ControlView =
  | { state: 'empty'; status: Status; ticked: string[] }
  | { state: 'ok'; name: string; status: Status; ticked: string[] }
  | { state: 'unreadable' };

/** The control's view of `activityId` (`GGI-A-NN`) in the stored text `raw` (null: nothing stored). */
export function controlView(raw: string | null, activityId: string): ControlView {
  if (raw === null) return { state: 'empty', status: 'Not Selected', ticked: [] };
  const read = readCurrent(raw);
  if (!read) return { state: 'unreadable' };
  const record: unknown = Object.hasOwn(read.scorecard.activities, activityId)
    ? read.scorecard.activities[activityId]
    : undefined;
  if (!record || typeof record !== 'object')
    return { state: 'ok', name: read.scorecard.name, status: 'Not Selected', ticked: [] };
  const { status, points } = record as { status?: unknown; points?: unknown };
  return {
    state: 'ok',
    name: read.scorecard.name,
    status: STATUSES.find((s) => s === status) ?? 'Not Selected',
    ticked: points && typeof points === 'object' ? Object.keys(points) : [],
  };
}

/**
 * A one-line summary of the activity in the view, for announcements: `In Progress, 2 of 5
 * points ticked` (`pointIds`: the ids of the points the page shows; ticked points it does not
 * show are not counted). Empty for an unreadable view.
 */
export function summary(view: ControlView, pointIds: readonly string[]): string {
  if (view.state === 'unreadable') return '';
  const ticked = pointIds.filter((id) => view.ticked.includes(id)).length;
  if (!pointIds.length) return view.status;
  return `${view.status}, ${ticked} of ${pointIds.length} ${pointIds.length === 1 ? 'point' : 'points'} ticked`;
}

/**
 * The note on ticked points the page does not show (points of an earlier version of the
 * handbook, which the scorecard page lists until the user removes them), or `''` when there are
 * none. `pointIds` as in `summary`.
 */
export function earlierPointsNote(view: ControlView, pointIds: readonly string[]): string {
  if (view.state === 'unreadable') return '';
  const n = view.ticked.filter((id) => !pointIds.includes(id)).length;
  if (!n) return '';
  return `${n === 1 ? 'One ticked point comes' : `${n} ticked points come`} from an earlier version of the handbook: the scorecard page shows ${n === 1 ? 'it' : 'them'}.`;
}

/** What happened, for the control's live region. */
export type ControlEvent =
  | { kind: 'status'; status: Status }
  | { kind: 'point'; ticked: boolean; started?: string }
  | { kind: 'elsewhere' }
  | { kind: 'not-saved'; reason: 'unavailable' | 'full' }
  | { kind: 'unreadable' };

/**
 * The sentence the control announces after `event`, given the view after it: saved changes name
 * the scorecard; a change from another tab gives the new summary; a failure says what happened
 * and that nothing was saved; a tick that set the activity In Progress (`started`: its id, see
 * setPoint in edits.ts) says so. `pointIds` as in `summary`.
 */
export function announcement(event: ControlEvent, view: ControlView, pointIds: readonly string[]): string {
  const where = view.state === 'ok' ? ` in “${view.name}”` : '';
  switch (event.kind) {
    case 'status':
      return `Status ${event.status}, saved${where}.`;
    case 'point':
      return `Point ${event.ticked ? 'ticked' : 'unticked'}${event.started ? `; ${event.started} is now In Progress` : ''}, saved${where}.`;
    case 'elsewhere':
      return view.state === 'unreadable' ? '' : `Changed in another tab: ${summary(view, pointIds)}.`;
    case 'not-saved':
      return event.reason === 'full'
        ? 'Not saved: the browser’s storage for this site is full. Export your scorecard from the scorecard page.'
        : 'Not saved: this browser does not let the portal keep anything (private mode or blocked storage).';
    case 'unreadable':
      return 'The scorecard stored in this browser cannot be read, so this page changes nothing. The scorecard page keeps it aside and lets you download it.';
  }
}
