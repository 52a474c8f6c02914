/**
 * The document as a JSON file: exported with a stable key order (so that exporting the same data
 * gives the same file, and an import of it round-trips exactly), and imported with every check
 * between the file and the saved data: size, JSON, format and version (with migration), the
 * schema, the catalogue. An import that fails changes nothing: it only returns what is wrong.
 */
import { MigrationError, migrateDocument } from './migrate.ts';
import { validate } from './problems.ts';
import { documentSchema } from './schema.ts';
import type { ActivityRecord, Catalogue, Scorecard, ScorecardDocument, Snapshot } from './types.ts';
import { sizeProblem } from './size.ts';
import { emptyFields } from './model.ts';
import { DOCUMENT_FORMAT, isSelected, type ScorecardFieldKey } from './vocabulary.ts';

/** Line and column (from 1) of offset `at` in `text`. */
function lineColumn(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

/**
 * Where and why `text` is not JSON, from the engine's message (V8 gives a position or says the
 * input ends; Firefox gives line and column): "at line 3, column 5", or "it ends too early" when
 * the engine says so or its position is the end of the text (an unterminated string, say).
 */
function jsonProblem(text: string, error: Error): string {
  const m = error.message;
  const lc = /line (\d+) column (\d+)/.exec(m);
  const pos = /position (\d+)/.exec(m);
  const where = lc
    ? { line: Number(lc[1]), column: Number(lc[2]) }
    : pos
      ? lineColumn(text, Number(pos[1]))
      : undefined;
  const end = text.trimEnd().length;
  if (/end of (JSON|data)|EOF/i.test(m) || (pos && Number(pos[1]) >= end - 1)) {
    const last = lineColumn(text, end);
    return `The file is not valid JSON: it ends too early, at line ${last.line}, column ${last.column}: is it complete? (${m})`;
  }
  return `The file is not valid JSON${where ? ` at line ${where.line}, column ${where.column}` : ''}: ${m}`;
}

/** What an import would bring, for the user to confirm: per scorecard, its name and counts. */
export interface ImportPreview {
  scorecards: { name: string; selected: number; done: number; snapshots: number; current: boolean }[];
  /** When the file's document was last exported, if it says. */
  exported?: string;
}

/** The result of reading an import: the document and its preview, or what is wrong. */
export type DocumentImport =
  { ok: true; document: ScorecardDocument; preview: ImportPreview } | { ok: false; problems: string[] };

/** A JSON value in words, for "the file holds …". */
function holds(value: unknown): string {
  if (Array.isArray(value)) return 'a JSON list';
  if (value === null) return 'null';
  return typeof value === 'string' ? 'a JSON string' : `a JSON ${typeof value}`;
}

/** The activity ids of `doc` (records and snapshots) the catalogue lacks, as problems. */
function unknownActivities(doc: ScorecardDocument, catalogue: Catalogue): string[] {
  const known = new Set(catalogue.activities.map((a) => a.id));
  const version = catalogue.handbook ? ` (version ${catalogue.handbook})` : '';
  const problems: string[] = [];
  doc.scorecards.forEach((sc, i) => {
    for (const id of Object.keys(sc.activities))
      if (!known.has(id)) problems.push(`scorecards[${i}].activities.${id}: not an activity of the handbook${version}`);
    sc.snapshots.forEach((s, j) => {
      for (const id of Object.keys(s.activities))
        if (!known.has(id))
          problems.push(`scorecards[${i}].snapshots[${j}].activities.${id}: not an activity of the handbook${version}`);
    });
  });
  return problems;
}

/**
 * Checks `raw` (parsed JSON, never changed) as a scorecard document: an object, migrated from an
 * older version (see migrate.ts), valid by the schema, naming only activities of `catalogue`
 * (points the catalogue lacks are allowed: they are shown as from an earlier handbook).
 */
export function checkDocument(raw: unknown, catalogue: Catalogue, now: Date): DocumentImport {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return {
      ok: false,
      problems: [
        `The file holds ${holds(raw)}, not a scorecard document (an object with "format": "${DOCUMENT_FORMAT}").`,
      ],
    };
  let migrated: unknown;
  try {
    migrated = migrateDocument(raw, now);
  } catch (error) {
    if (error instanceof MigrationError) return { ok: false, problems: [error.message] };
    throw error;
  }
  const parsed = validate(documentSchema, migrated);
  if (!parsed.ok) return parsed;
  const unknown = unknownActivities(parsed.data, catalogue);
  if (unknown.length > 0) return { ok: false, problems: unknown };
  return { ok: true, document: parsed.data, preview: previewOf(parsed.data) };
}

/** The preview of a valid document. */
export function previewOf(doc: ScorecardDocument): ImportPreview {
  return {
    scorecards: doc.scorecards.map((sc) => {
      const records = Object.values(sc.activities);
      return {
        name: sc.name,
        selected: records.filter((r) => isSelected(r.status)).length,
        done: records.filter((r) => r.status === 'Done').length,
        snapshots: sc.snapshots.length,
        current: sc.id === doc.current,
      };
    }),
    ...(doc.exported ? { exported: doc.exported } : {}),
  };
}

/**
 * Reads an imported file's text: refused (`problems`, each saying what is wrong and where) when
 * it is over 1 MB (its size given) or empty, not JSON (line and column), not an object, of another
 * `format` or an unknown `version`, invalid by the schema (`path: message`), or naming an activity
 * `catalogue` lacks. Otherwise the document (migrated if older) and its preview.
 */
export function parseDocumentImport(text: string, catalogue: Catalogue, now: Date): DocumentImport {
  const size = sizeProblem(text);
  if (size) return { ok: false, problems: [size] };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [jsonProblem(text, error as Error)] };
  }
  return checkDocument(raw, catalogue, now);
}

/** `record`'s keys sorted: activity ids by number, point ids naturally (v2 before v10). */
function sortedKeys<T>(record: Record<string, T>, map: (v: T) => unknown = (v) => v): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(record)
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
      .map((k) => [k, map(record[k])]),
  );
}

function orderedRecord(r: ActivityRecord): unknown {
  return {
    status: r.status,
    points: sortedKeys(r.points),
    fields: Object.fromEntries((Object.keys(emptyFields()) as ScorecardFieldKey[]).map((k) => [k, r.fields[k]])),
    owner: r.owner,
    target: r.target,
    updated: r.updated,
    ...(r.board
      ? { board: { tasksDone: r.board.tasksDone, tasksTotal: r.board.tasksTotal, updatedAt: r.board.updatedAt } }
      : {}),
  };
}

function orderedSnapshot(s: Snapshot): unknown {
  return {
    name: s.name,
    started: s.started,
    closed: s.closed,
    activities: sortedKeys(s.activities, (a) => ({ status: a.status, points: [...a.points] })),
  };
}

function orderedScorecard(sc: Scorecard): unknown {
  return {
    id: sc.id,
    name: sc.name,
    created: sc.created,
    iteration: { name: sc.iteration.name, started: sc.iteration.started },
    activities: sortedKeys(sc.activities, orderedRecord),
    snapshots: sc.snapshots.map(orderedSnapshot),
  };
}

/**
 * The document as a JSON file's text: indented by two spaces, ending with a new line, keys in a
 * fixed order (the order of types.ts; activities and points sorted by id), so that the same data
 * always gives the same text.
 */
export function exportJson(doc: ScorecardDocument): string {
  const ordered = {
    format: doc.format,
    version: doc.version,
    current: doc.current,
    ...(doc.exported ? { exported: doc.exported } : {}),
    scorecards: doc.scorecards.map(orderedScorecard),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
