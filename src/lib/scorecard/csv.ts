/**
 * My GGI Board's `issues.csv` (https://gitlab.ow2.org/ggi/my-ggi-board: the board's export of
 * its activity issues), written and read with papaparse. The scorecard page loads this module
 * only by `import()`, when the user exports or imports a CSV. Reading copes with what real exports
 * hold: CRLF line endings, rows whose `activity_id` is empty (older deployments failed to parse
 * it: matched by title, also a former one), several rows for one activity (one per deployment:
 * the newest `updated_at` wins). The board's task counts are kept as its objectives' progress,
 * never turned into ticks.
 */
import Papa from 'papaparse';
import { activityById, activityByTitle } from './catalogue.ts';
import { sizeProblem } from './size.ts';
import { activityRecord } from './model.ts';
import { setStatus } from './edits.ts';
import { setBoard } from './manage.ts';
import type { Catalogue, Scorecard, ScorecardDocument } from './types.ts';
import { STATUSES, type Status } from './vocabulary.ts';

/** My GGI Board's label (kept here, where only the CSV code loads it) for each of the portal's role ids (the board's `roles` names). */
export const BOARD_ROLE_LABELS = {
  developer: 'Developer',
  'team-leader': 'Team Leader',
  'decision-maker': 'Decision Maker',
} as const;

/** My GGI Board's label for a goal id: its name and "Goal", e.g. `Strategy Goal`. */
export function boardGoalLabel(goal: string): string {
  return `${goal.charAt(0).toUpperCase()}${goal.slice(1)} Goal`;
}

/** The columns of the board's issues.csv, in its order. */
export const BOARD_COLUMNS = [
  'issue_id',
  'activity_id',
  'state',
  'title',
  'labels',
  'updated_at',
  'url',
  'tasks_total',
  'tasks_done',
] as const;

/** An ISO date-time as the board writes `updated_at`: `2026-01-05 14:46:11+00:00`. */
export function boardTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}+00:00`;
}

/**
 * The board's `labels` for an activity: its roles (board names, in the catalogue's order), its
 * progress label, its goal: `Decision Maker,In Progress,Strategy Goal`.
 */
export function boardLabels(roles: readonly string[], status: Status, goal: string): string {
  const role = (r: string) => BOARD_ROLE_LABELS[r as keyof typeof BOARD_ROLE_LABELS] ?? r;
  return [...roles.map(role), status, boardGoalLabel(goal)].join(',');
}

/**
 * Scorecard `sc` as My GGI Board's issues.csv: the header, then one row per catalogue activity in
 * its order: `issue_id` empty; `state` `closed` for Done, else `open`; the title; the labels (see
 * boardLabels); `updated_at` the record's time in the board's form (empty when never changed);
 * `url` the activity page's absolute URL (`absoluteUrl(path)`); `tasks_total` the activity's
 * verification points, `tasks_done` those ticked. CRLF after every row, fields with commas,
 * quotes or line breaks quoted (quotes doubled).
 */
export function toBoardCsv(sc: Scorecard, catalogue: Catalogue, absoluteUrl: (path: string) => string): string {
  const rows = catalogue.activities.map((a) => {
    const r = activityRecord(sc, a.id);
    const ticked = a.points.filter((p) => p.id in r.points).length;
    return [
      '',
      a.id,
      r.status === 'Done' ? 'closed' : 'open',
      a.title,
      boardLabels(a.roles, r.status, a.goal),
      r.updated ? boardTime(r.updated) : '',
      absoluteUrl(a.path),
      String(a.points.length),
      String(ticked),
    ];
  });
  return `${Papa.unparse({ fields: [...BOARD_COLUMNS], data: rows }, { newline: '\r\n' })}\r\n`;
}

/** One board row kept for an activity (the newest of its rows). */
export interface BoardRow {
  /** Line of the file (from 1) where the row starts. */
  line: number;
  activityId: string;
  status: Status;
  tasksDone: number;
  tasksTotal: number;
  /** `updated_at` as an ISO date-time (UTC), or empty when the row has none. */
  updatedAt: string;
}

/** A row whose activity the catalogue does not have: its line, its title and its `activity_id` (maybe empty). */
export interface UnmatchedRow {
  line: number;
  title: string;
  activityId: string;
}

/** The result of reading a board CSV: the rows kept and those matching no activity, or what is wrong. */
export type BoardImport = { ok: true; rows: BoardRow[]; unmatched: UnmatchedRow[] } | { ok: false; problems: string[] };

/** `updated_at` (`2026-01-05 14:46:11+00:00`; a `T`, fractions of a second, `Z` or no offset also read) as ISO, `''` for empty, undefined when unreadable. */
function readTime(value: string): string | undefined {
  if (value === '') return '';
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value);
  if (!m) return undefined;
  const offset = m[4] && m[4] !== 'Z' ? `${m[4].slice(0, 3)}:${m[4].slice(-2)}` : 'Z';
  const t = Date.parse(`${m[1]}T${m[2]}${m[3] ?? ''}${offset}`);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** The progress label among `labels` (comma-separated, any case), or why there is none. */
function readStatus(labels: string): Status | string {
  const found = [
    ...new Set(
      labels
        .split(',')
        .map((l) => STATUSES.find((s) => s.toLowerCase() === l.trim().toLowerCase()))
        .filter((s) => s !== undefined),
    ),
  ];
  if (found.length === 1) return found[0];
  const list = STATUSES.join(', ');
  return found.length === 0
    ? `labels "${labels}" hold none of the progress labels ${list}`
    : `labels "${labels}" hold more than one progress label (${found.join(', ')})`;
}

/** How many problems are listed before "… and N more". */
const MAX_PROBLEMS = 20;

/**
 * Reads My GGI Board's issues.csv against `catalogue`. Refused, with what is wrong: over 1 MB
 * (its size given) or empty; not text; a header lacking one of BOARD_COLUMNS (named), or not the
 * board's header at all; a row with too many or too few values, an unclosed quote, a `labels`
 * with no or several progress labels, an `updated_at` or a task count that cannot be read (each
 * with its line). Otherwise the rows kept: matched by `activity_id`, or when it is empty by title
 * (current or former, ignoring case and punctuation); per activity the newest `updated_at`
 * (on equal times, the later line); in catalogue order. Rows matching no activity are listed in
 * `unmatched`.
 */
export function parseBoardCsv(text: string, catalogue: Catalogue): BoardImport {
  const size = sizeProblem(text);
  if (size) return { ok: false, problems: [size] };
  if (text.includes('\u0000')) return { ok: false, problems: ['The file is not text, so not a CSV file.'] };
  const body = text.replace(/^\uFEFF/, '');
  const problems: string[] = [];
  const records: { line: number; values: string[]; quotes?: string }[] = [];
  let line = 1;
  let start = 0;
  Papa.parse<string[]>(body, {
    delimiter: ',',
    step: (result) => {
      const end = result.meta.cursor;
      const values = result.data;
      const code = result.errors[0]?.code;
      const quotes =
        code === 'MissingQuotes'
          ? 'a quoted value is not closed'
          : code === 'InvalidQuotes'
            ? 'a quoted value is badly formed (a quote inside one is written twice: "")'
            : undefined;
      if (quotes || !(values.length === 1 && values[0].trim() === '')) records.push({ line, values, quotes });
      for (let i = start; i < end; i++) if (body.charCodeAt(i) === 10) line++;
      start = end;
    },
  });
  const header = records.shift();
  const columns = header?.values.map((v) => v.trim()) ?? [];
  const missing = BOARD_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length === BOARD_COLUMNS.length)
    return {
      ok: false,
      problems: [
        `The file is not My GGI Board's issues.csv: its first line should be the header ${BOARD_COLUMNS.join(',')}, and it is ${JSON.stringify((body.split(/\r?\n/)[0] ?? '').slice(0, 80))}.`,
      ],
    };
  if (missing.length > 0)
    return {
      ok: false,
      problems: [
        `The header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: My GGI Board's issues.csv has ${BOARD_COLUMNS.join(',')}.`,
      ],
    };
  const col = Object.fromEntries(BOARD_COLUMNS.map((c) => [c, columns.indexOf(c)])) as Record<
    (typeof BOARD_COLUMNS)[number],
    number
  >;
  const kept = new Map<string, BoardRow>();
  const unmatched: UnmatchedRow[] = [];
  for (const { line: at, values, quotes } of records) {
    if (quotes) {
      problems.push(`line ${at}: ${quotes}`);
      continue;
    }
    if (values.length !== columns.length) {
      problems.push(`line ${at}: ${values.length} values where the header has ${columns.length} columns`);
      continue;
    }
    const get = (c: (typeof BOARD_COLUMNS)[number]) => values[col[c]].trim();
    const status = readStatus(get('labels'));
    const updatedAt = readTime(get('updated_at'));
    const counts = [get('tasks_done'), get('tasks_total')].map((v) =>
      v === '' ? 0 : /^\d+$/.test(v) ? Number(v) : NaN,
    );
    if (!(STATUSES as readonly string[]).includes(status)) problems.push(`line ${at}: ${status}`);
    if (updatedAt === undefined)
      problems.push(`line ${at}: updated_at "${get('updated_at')}" is not a time such as 2026-01-05 14:46:11+00:00`);
    if (counts.some(Number.isNaN))
      problems.push(
        `line ${at}: tasks_done and tasks_total must be whole numbers, found "${get('tasks_done')}" and "${get('tasks_total')}"`,
      );
    if (problems.length > 0) continue;
    const id = get('activity_id');
    const activity = id ? activityById(catalogue, id) : activityByTitle(catalogue, get('title'));
    if (!activity) {
      unmatched.push({ line: at, title: get('title'), activityId: id });
      continue;
    }
    const row: BoardRow = {
      line: at,
      activityId: activity.id,
      status: status as Status,
      tasksDone: counts[0],
      tasksTotal: counts[1],
      updatedAt: updatedAt!,
    };
    const before = kept.get(activity.id);
    if (!before || row.updatedAt >= before.updatedAt) kept.set(activity.id, row);
  }
  if (problems.length > 0)
    return {
      ok: false,
      problems:
        problems.length > MAX_PROBLEMS
          ? [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more problems`]
          : problems,
    };
  const rows = catalogue.activities.map((a) => kept.get(a.id)).filter((r) => r !== undefined);
  return { ok: true, rows, unmatched };
}

/**
 * `doc` with the board rows applied to its current scorecard: each row's status set, and its task
 * counts and time kept as the record's `board`; everything else (points, fields) as it was.
 */
export function applyBoardImport(doc: ScorecardDocument, rows: readonly BoardRow[], now: Date): ScorecardDocument {
  let next = doc;
  for (const r of rows) {
    next = setStatus(next, r.activityId, r.status, now);
    next = setBoard(
      next,
      r.activityId,
      { tasksDone: r.tasksDone, tasksTotal: r.tasksTotal, updatedAt: r.updatedAt },
      now,
    );
  }
  return next;
}
