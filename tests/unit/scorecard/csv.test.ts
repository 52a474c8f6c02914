import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyBoardImport,
  BOARD_COLUMNS,
  boardLabels,
  boardTime,
  parseBoardCsv,
  toBoardCsv,
} from '../../../src/lib/scorecard/csv.ts';
import { currentScorecard, emptyDocument } from '../../../src/lib/scorecard/model.ts';
import { setField, setPoint, setStatus } from '../../../src/lib/scorecard/edits.ts';
import { documentSchema } from '../../../src/lib/scorecard/schema.ts';
import type { Catalogue } from '../../../src/lib/scorecard/types.ts';
import { browserBundle, CATALOGUE, deepFreeze, realCatalogue, T0, T1, T2 } from './helpers.ts';

const FIXTURE = readFileSync('tests/fixtures/scorecard/board-issues.csv', 'utf8');
const HEADER = BOARD_COLUMNS.join(',');
const abs = (path: string) => `https://portal.example.org${path}`;
const REAL = realCatalogue();

/** A saved document (frozen) that an import must leave as it is. */
const SAVED = deepFreeze(setStatus(emptyDocument(T0), 'GGI-A-17', 'Done', T0));

/** Reads `text` expecting a refusal: returns its problems; the text and the saved document stay as they were. */
function refused(text: string, catalogue: Catalogue = CATALOGUE): string[] {
  const copy = `${text}`;
  const before = structuredClone(SAVED);
  const result = parseBoardCsv(text, catalogue);
  expect(result.ok).toBe(false);
  expect(text).toBe(copy);
  expect(SAVED).toEqual(before);
  return result.ok ? [] : result.problems;
}

/** A one-row board CSV with `labels`, `updated_at` and the task counts given. */
function oneRow(labels: string, updated = '2026-01-05 14:46:11+00:00', total = '3', done = '1'): string {
  return `${HEADER}\r\n1,GGI-A-17,open,Inventory of skills,"${labels}",${updated},https://x/1,${total},${done}\r\n`;
}

describe('exporting the board CSV', () => {
  let doc = setStatus(emptyDocument(T0), 'GGI-A-17', 'In Progress', T0);
  doc = setPoint(doc, 'GGI-A-17', CATALOGUE.activities[0].points[0], true, T0);
  doc = setPoint(doc, 'GGI-A-17', { id: 'old', text: 'Dropped since.' }, true, T1);
  doc = setStatus(doc, 'GGI-A-28', 'Done', T2);
  doc = setField(doc, 'GGI-A-28', 'objectives', 'Not in the CSV', T2);
  const csv = toBoardCsv(currentScorecard(doc), CATALOGUE, abs);

  it('writes the board’s header and one row per activity, each ending with CRLF', () => {
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('issue_id,activity_id,state,title,labels,updated_at,url,tasks_total,tasks_done');
    expect(lines).toHaveLength(CATALOGUE.activities.length + 2);
    expect(lines.at(-1)).toBe('');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes state, labels as one quoted field, the board’s time, the portal URL and the task counts', () => {
    const lines = csv.split('\r\n');
    expect(lines[1]).toBe(
      ',GGI-A-17,open,Inventory of skills,"Team Leader,Decision Maker,In Progress,Usage Goal",2026-02-10 09:00:00+00:00,https://portal.example.org/ggi/activities/inventory_of_skills/,3,1',
    );
    expect(lines[2]).toBe(
      ',GGI-A-18,open,Competency growth,"Developer,Not Selected,Usage Goal",,https://portal.example.org/ggi/activities/competency_growth/,2,0',
    );
    expect(lines[4]).toBe(
      ',GGI-A-28,closed,Human Resources perspective,"Decision Maker,Done,Trust Goal",2026-03-20 17:30:00+00:00,https://portal.example.org/ggi/activities/human_resources_perspective/,2,0',
    );
  });

  it('quotes commas, quotes and line breaks in a title, and reads back the same', () => {
    const odd: Catalogue = {
      ...CATALOGUE,
      activities: [{ ...CATALOGUE.activities[0], title: 'Skills, "all" of them\nand more' }],
    };
    const text = toBoardCsv(currentScorecard(doc), odd, abs);
    expect(text).toContain(',"Skills, ""all"" of them\nand more",');
    const rows = Papa.parse<string[]>(text.trimEnd(), { newline: '\r\n' }).data;
    expect(rows[1][3]).toBe('Skills, "all" of them\nand more');
    expect(rows[1]).toHaveLength(9);
  });

  it('of the real handbook, gives 25 rows whose import gives back the same statuses', () => {
    let d = emptyDocument(T0);
    d = setStatus(d, 'GGI-A-28', 'Done', T1);
    d = setStatus(d, 'GGI-A-44', 'In Progress', T1);
    const text = toBoardCsv(currentScorecard(d), REAL, abs);
    expect(text.split('\r\n')).toHaveLength(27);
    const back = parseBoardCsv(text, REAL);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.rows).toHaveLength(25);
    expect(back.rows.filter((r) => r.status !== 'Not Selected').map((r) => [r.activityId, r.status])).toEqual([
      ['GGI-A-44', 'In Progress'],
      ['GGI-A-28', 'Done'],
    ]);
  });

  it('labels and times in the board’s own forms', () => {
    expect(boardLabels(['decision-maker'], 'In Progress', 'strategy')).toBe('Decision Maker,In Progress,Strategy Goal');
    expect(boardTime('2026-01-05T14:46:11.000Z')).toBe('2026-01-05 14:46:11+00:00');
  });
});

describe('importing the board CSV (fixture with the real-world quirks)', () => {
  const result = parseBoardCsv(FIXTURE, REAL);
  const rows = result.ok ? result.rows : [];
  const byId = (id: string) => rows.find((r) => r.activityId === id);

  it('reads the CRLF file and keeps one row per activity, in catalogue order', () => {
    expect(FIXTURE).toContain('\r\n');
    expect(result.ok).toBe(true);
    expect(rows.map((r) => r.activityId)).toEqual(['GGI-A-17', 'GGI-A-18', 'GGI-A-21', 'GGI-A-44', 'GGI-A-28']);
  });

  it('matches a row with an empty activity_id by its current title', () => {
    expect(byId('GGI-A-18')).toEqual({
      line: 3,
      activityId: 'GGI-A-18',
      status: 'Done',
      tasksDone: 4,
      tasksTotal: 4,
      updatedAt: '2025-11-20T08:00:00.000Z',
    });
  });

  it('matches "HR perspective", the former title of GGI-A-28, with an empty activity_id', () => {
    expect(byId('GGI-A-28')).toMatchObject({ line: 4, status: 'In Progress', tasksDone: 1, tasksTotal: 5 });
  });

  it('keeps the newest of two rows for one activity, though it comes first', () => {
    expect(byId('GGI-A-21')).toMatchObject({ line: 5, status: 'In Progress', updatedAt: '2026-02-01T09:30:00.000Z' });
  });

  it('lists the row whose title (with a comma and quotes) matches no activity, with its line', () => {
    expect(result.ok && result.unmatched).toEqual([{ line: 7, title: 'Upstream first, "always"', activityId: '' }]);
  });

  it('takes the status from the progress label, Not Selected included', () => {
    expect(byId('GGI-A-17')?.status).toBe('In Progress');
    expect(byId('GGI-A-44')?.status).toBe('Not Selected');
  });

  it('applies statuses and keeps the board’s task counts without ticking points, leaving the saved document unchanged', () => {
    let doc = setPoint(SAVED, 'GGI-A-17', { id: 'v1', text: 'x' }, true, T0);
    doc = setField(doc, 'GGI-A-17', 'tools', 'Our SCA tool', T0);
    deepFreeze(doc);
    const next = applyBoardImport(doc, rows, T2);
    const sc = currentScorecard(next);
    expect(sc.activities['GGI-A-17']).toMatchObject({
      status: 'In Progress',
      points: { v1: 'x' },
      fields: { tools: 'Our SCA tool' },
      board: { tasksDone: 2, tasksTotal: 6, updatedAt: '2026-01-05T14:46:11.000Z' },
      updated: T2.toISOString(),
    });
    expect(sc.activities['GGI-A-28']).toMatchObject({ status: 'In Progress', points: {} });
    expect(Object.keys(sc.activities).sort()).toEqual(['GGI-A-17', 'GGI-A-18', 'GGI-A-21', 'GGI-A-28', 'GGI-A-44']);
    expect(documentSchema.safeParse(next).success).toBe(true);
    expect(currentScorecard(doc).activities['GGI-A-17'].status).toBe('Done');
  });

  it('reads times with a T, fractions of a second, Z or another offset, and an empty time as oldest', () => {
    const text = [
      HEADER,
      '1,GGI-A-17,open,x,"In Progress",2026-01-05T15:46:11.5+01:00,u,3,1',
      '2,GGI-A-18,open,y,"Done",,u,2,2',
      '3,GGI-A-18,open,y,"In Progress",2020-01-01 00:00:00Z,u,2,1',
    ].join('\n');
    const r = parseBoardCsv(text, CATALOGUE);
    expect(r.ok && r.rows.map((row) => [row.activityId, row.status, row.updatedAt])).toEqual([
      ['GGI-A-17', 'In Progress', '2026-01-05T14:46:11.500Z'],
      ['GGI-A-18', 'In Progress', '2020-01-01T00:00:00.000Z'],
    ]);
  });

  it('lists a row with an activity id the handbook does not have as unmatched', () => {
    const r = parseBoardCsv(`${HEADER}\n1,GGI-A-99,open,Future,"Done",,u,0,0\n`, CATALOGUE);
    expect(r).toEqual({ ok: true, rows: [], unmatched: [{ line: 2, title: 'Future', activityId: 'GGI-A-99' }] });
  });
});

describe('malformed board CSVs are refused, saying what is wrong', () => {
  it('a missing column, named', () => {
    const text = FIXTURE.replace('labels,', '').replace(/"[^"]*Goal",/g, '');
    expect(refused(text)).toEqual([
      "The header lacks the column labels: My GGI Board's issues.csv has issue_id,activity_id,state,title,labels,updated_at,url,tasks_total,tasks_done.",
    ]);
  });

  it('two missing columns, both named', () => {
    expect(refused('activity_id,title,labels,updated_at,url,tasks_total,tasks_done\r\n')[0]).toMatch(
      /^The header lacks the columns issue_id, state:/,
    );
  });

  it('a file that is not CSV (a JSON document)', () => {
    expect(refused('{"format":"ospo-zone-scorecard","version":2}')).toEqual([
      'The file is not My GGI Board\'s issues.csv: its first line should be the header issue_id,activity_id,state,title,labels,updated_at,url,tasks_total,tasks_done, and it is "{\\"format\\":\\"ospo-zone-scorecard\\",\\"version\\":2}".',
    ]);
  });

  it('a file that is not text', () => {
    expect(refused('PK\u0003\u0004\u0000\u0000binary')).toEqual(['The file is not text, so not a CSV file.']);
  });

  it('an empty file', () => {
    expect(refused('')).toEqual(['The file is empty.']);
  });

  it('a file over 1 MB, giving its size', () => {
    const text = FIXTURE + `${'31,GGI-A-44,open,Run code reviews,"Not Selected",,u,4,0\r\n'.repeat(20_000)}`;
    expect(refused(text)[0]).toMatch(
      /^The file is too big: 1\.\d MB \(1 \d{3} \d{3} bytes\); the scorecard imports files of up to 1 MB/,
    );
  });

  it('a status outside the three labels, with its line', () => {
    expect(refused(oneRow('Team Leader,Started,Usage Goal'))).toEqual([
      'line 2: labels "Team Leader,Started,Usage Goal" hold none of the progress labels Not Selected, In Progress, Done',
    ]);
  });

  it('two progress labels in one row', () => {
    expect(refused(oneRow('Done,In Progress'))).toEqual([
      'line 2: labels "Done,In Progress" hold more than one progress label (Done, In Progress)',
    ]);
  });

  it('a time that cannot be read', () => {
    expect(refused(oneRow('Done', '05/01/2026'))).toEqual([
      'line 2: updated_at "05/01/2026" is not a time such as 2026-01-05 14:46:11+00:00',
    ]);
  });

  it('task counts that are not whole numbers', () => {
    expect(refused(oneRow('Done', '', 'three', '1'))).toEqual([
      'line 2: tasks_done and tasks_total must be whole numbers, found "1" and "three"',
    ]);
  });

  it('a row with too few values, its line counted across a quoted line break', () => {
    const text = `${HEADER}\r\n1,GGI-A-17,open,"Two\r\nlines","Done",,u,1,1\r\n2,GGI-A-18,open\r\n`;
    expect(refused(text)).toEqual(['line 4: 3 values where the header has 9 columns']);
  });

  it('a quoted value that is never closed', () => {
    expect(refused(`${HEADER}\r\n1,GGI-A-17,open,"Unclosed title,Done,,u,1,1\r\n`)).toEqual([
      'line 2: a quoted value is not closed',
    ]);
  });

  it('a quote inside a quoted value that is not doubled', () => {
    expect(refused(`${HEADER}\r\n1,GGI-A-17,open,"Say "hi"","Done",,u,1,1\r\n`)).toEqual([
      'line 2: a quoted value is badly formed (a quote inside one is written twice: "")',
    ]);
  });
});

describe('the CSV module’s weight', () => {
  it('bundles papaparse but no zod, since the page loads it on demand beside the schema it already has', async () => {
    const { inputs } = await browserBundle('src/lib/scorecard/csv.ts');
    expect(inputs.some((i) => i.includes('papaparse'))).toBe(true);
    expect(inputs.filter((i) => /zod|schema\.ts/.test(i))).toEqual([]);
  });
});
