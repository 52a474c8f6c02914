/**
 * What the scorecard page says after an edit (aria-live announcements of a status or a point
 * changed) and problems put in one sentence (notices, a share link that cannot be read). Pure and
 * without a DOM; apart from page-view.ts so that it loads with the code that says it (the cards'
 * edit handlers, the notices), not with the page. Unit tests pin the wording.
 */
import type { Tally } from './progress.ts';
import type { Status } from './vocabulary.ts';

/** `n` of `total`, e.g. "2 of 5". */
function of(n: number, total: number): string {
  return `${n} of ${total}`;
}

/**
 * What the page announces (aria-live) after a status change: the activity, its new status, and
 * where its goal and the whole scorecard stand, e.g. "Upstream first: In Progress. Culture:
 * 2 of 5 selected, 1 done. All goals: 4 of 25 selected, 1 done."
 */
export function statusAnnouncement(
  activity: string,
  status: Status,
  goal: { title: string; tally: Tally },
  overall: Tally,
): string {
  const part = (name: string, t: Tally) => `${name}: ${of(t.selected, t.activities)} selected, ${t.done} done.`;
  return `${activity}: ${status}. ${part(goal.title, goal.tally)} ${part('All goals', overall)}`;
}

/**
 * What the page announces after a point is ticked or unticked: "Point met, 3 of 5 for Upstream
 * first." (`met` and `total` count the activity's points); `started` when the tick set the
 * activity In Progress (setPoint in edits.ts): "Point met, 1 of 5 for Upstream first, which is
 * now In Progress."
 */
export function pointAnnouncement(
  activity: string,
  ticked: boolean,
  met: number,
  total: number,
  started = false,
): string {
  const now = started ? ', which is now In Progress' : '';
  return `${ticked ? 'Point met' : 'Point no longer met'}, ${of(met, total)} for ${activity}${now}.`;
}

/**
 * Problems (each a phrase or a sentence) as one sentence: joined by "; ", each one's own final
 * full stop dropped, one full stop at the end: `['Damaged.', 'cut']` → "Damaged; cut.".
 */
export function problemsSentence(problems: readonly string[]): string {
  return `${problems.map((p) => p.trim().replace(/\.+$/, '')).join('; ')}.`;
}
