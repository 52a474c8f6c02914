/**
 * What the scorecard page shows of the model, as text and small values: the status slugs its
 * filters and styles match, the dashboard's figures and bar widths, the summary of an activity's scorecard fields, when it last changed, the reminder to
 * export and the names of downloaded files. Pure and without a DOM, so that the page's script
 * and its server-rendered markup share it and unit tests pin the wording. The counting itself is
 * progress.ts's; this module only words it. The sentences said after an edit, and problems as a
 * sentence, are in wording.ts, which loads with the code that says them.
 */
import type { Tally } from './progress.ts';
import type { ActivityRecord, ScorecardDocument } from './types.ts';
import { emptyFields } from './model.ts';
import type { ScorecardFieldKey, Status } from './vocabulary.ts';

/** A status as a slug for attributes and URL parameters: `In Progress` → `in-progress`. */
export function statusSlug(status: Status): string {
  return status.toLowerCase().replace(/\s+/g, '-');
}

/** `n` of `total`, e.g. "2 of 5". */
function of(n: number, total: number): string {
  return `${n} of ${total}`;
}

/** The dashboard's cells for one tally: selected "2 of 5", in progress, done, points "4 of 9" (or "none" without selected activities). */
export function tallyCells(t: Tally): { selected: string; inProgress: string; done: string; points: string } {
  return {
    selected: of(t.selected, t.activities),
    inProgress: String(t.inProgress),
    done: String(t.done),
    points: t.pointsTotal === 0 ? 'none' : of(t.pointsMet, t.pointsTotal),
  };
}

/** Percentage of `n` in `total`, one decimal, 0 when total is 0. */
function percent(n: number, total: number): number {
  return total === 0 ? 0 : Math.round((n / total) * 1000) / 10;
}

/**
 * Widths of the dashboard's bars, in percent of the full bar (0–100, one decimal): selected and
 * done activities of all activities (done is drawn over selected, so the part of selected beyond
 * it is the in-progress share), and points met of the selected activities' points.
 */
export function barWidths(t: Tally): { selected: number; done: number; points: number } {
  return {
    selected: percent(t.selected, t.activities),
    done: percent(t.done, t.activities),
    points: percent(t.pointsMet, t.pointsTotal),
  };
}

/** One line for the page's top bar: "3 of 25 selected · 1 done · 12 of 40 points met". */
export function summaryLine(t: Tally): string {
  const points = t.pointsTotal === 0 ? 'no points to meet' : `${of(t.pointsMet, t.pointsTotal)} points met`;
  return `${of(t.selected, t.activities)} selected · ${t.done} done · ${points}`;
}

/**
 * The count beside a card's verification points: "2 of 5 met"; with ticks on a `Not Selected`
 * activity, that they are kept but not counted ("2 of 5 met, not counted while Not Selected"):
 * the dashboard counts the points of selected activities only.
 */
export function pointsCount(met: number, total: number, status: Status): string {
  const off = status === 'Not Selected' && met > 0 ? ', not counted while Not Selected' : '';
  return `${met} of ${total} met${off}`;
}

/**
 * The summary beside an activity's closed scorecard fields: how many of the five are written,
 * and the owner and target date when set, e.g. "2 of 5 written · owner: Ana · target 2026-03-31";
 * "nothing written yet" when all are empty.
 */
export function fieldsSummary(record: Pick<ActivityRecord, 'fields' | 'owner' | 'target'>): string {
  // The five keys (model.ts's emptyFields: SCORECARD_FIELDS's labels and hints stay out of the page's bundle).
  const keys = Object.keys(emptyFields()) as ScorecardFieldKey[];
  const written = keys.filter((k) => record.fields[k].trim() !== '').length;
  const parts = [
    ...(written > 0 ? [`${of(written, keys.length)} written`] : []),
    ...(record.owner ? [`owner: ${record.owner}`] : []),
    ...(record.target ? [`target ${record.target}`] : []),
  ];
  return parts.length === 0 ? 'nothing written yet' : parts.join(' · ');
}

/**
 * When a record last changed, for its card: "changed 2 Dec 2025" (in `timeZone`, the browser's by
 * default), or "not changed yet" when `updated` is empty or not a date.
 */
export function changedLabel(updated: string, timeZone?: string): string {
  const d = new Date(updated);
  if (!updated || Number.isNaN(d.getTime())) return 'not changed yet';
  return `changed ${d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone })}`;
}

/** Days without an export after which the page reminds the user to download (some browsers clear a site's data after a week or more without a visit). */
export const EXPORT_REMINDER_DAYS = 30;

/**
 * Whether to remind the user to export: the document holds something (a record or a snapshot in
 * some scorecard) and was never exported, or last exported more than EXPORT_REMINDER_DAYS ago;
 * a document never exported counts from its oldest scorecard's creation.
 */
export function exportDue(doc: ScorecardDocument, now: Date): boolean {
  const used = doc.scorecards.some((s) => Object.keys(s.activities).length > 0 || s.snapshots.length > 0);
  if (!used) return false;
  const since = doc.exported ?? doc.scorecards.map((s) => s.created).sort()[0];
  const at = new Date(since ?? '').getTime();
  if (Number.isNaN(at)) return true;
  return now.getTime() - at > EXPORT_REMINDER_DAYS * 86_400_000;
}

/**
 * The scorecard bar's save state: "Read-only copy" (a share link), "Not saved in this browser" (the
 * last write failed), "Saved in this browser", or "Nothing stored yet" (also the page's state
 * before its script runs).
 */
export function saveState(s: { readOnly?: boolean; problem?: unknown; stored?: boolean } = {}): string {
  if (s.readOnly) return 'Read-only copy';
  if (s.problem) return 'Not saved in this browser';
  return s.stored ? 'Saved in this browser' : 'Nothing stored yet';
}
