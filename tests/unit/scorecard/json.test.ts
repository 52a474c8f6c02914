import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocument, exportJson, parseDocumentImport } from '../../../src/lib/scorecard/json.ts';
import { sizeProblem } from '../../../src/lib/scorecard/size.ts';
import { emptyDocument } from '../../../src/lib/scorecard/model.ts';
import { setField, setPoint, setStatus } from '../../../src/lib/scorecard/edits.ts';
import { closeIteration, createScorecard, markExported } from '../../../src/lib/scorecard/manage.ts';
import type { ScorecardDocument } from '../../../src/lib/scorecard/types.ts';
import { CATALOGUE, deepFreeze, realCatalogue, T0, T1, T2 } from './helpers.ts';

/** A document with two scorecards, records, a snapshot and an export date. */
function sample(): ScorecardDocument {
  let doc = emptyDocument(T0, 'Head office');
  doc = setStatus(doc, 'GGI-A-21', 'Done', T0);
  doc = setStatus(doc, 'GGI-A-17', 'In Progress', T0);
  doc = setPoint(doc, 'GGI-A-17', { id: 'v3', text: 'Gaps are named.' }, true, T0);
  doc = setPoint(doc, 'GGI-A-17', { id: 'v1', text: 'We know who can do what.' }, true, T0);
  doc = setField(doc, 'GGI-A-17', 'operationalNotes', 'Line one\nLine "two", with <b>markup</b>', T0);
  doc = closeIteration(doc, T1, 'Q2');
  doc = createScorecard(doc, 'Research lab', T1);
  doc = setStatus(doc, 'GGI-A-28', 'In Progress', T2);
  return deepFreeze(markExported(doc, T2));
}

const SAMPLE = sample();
const TEXT = exportJson(SAMPLE);

/** The text of `sample()` exported, then changed by `edit` on its parsed form. */
function edited(edit: (d: Record<string, unknown> & ScorecardDocument) => void): string {
  const d = JSON.parse(TEXT);
  edit(d);
  return JSON.stringify(d, null, 2);
}

/**
 * Imports `text`, expecting a refusal: returns its problems. Checks that the text is unchanged,
 * and, when it is JSON of an importable size, that checking the parsed value (frozen, so a change would throw) gives the
 * same problems and leaves the value as it was.
 */
function refused(text: string): string[] {
  const copy = `${text}`;
  const result = parseDocumentImport(text, CATALOGUE, T2);
  expect(result.ok).toBe(false);
  expect(text).toBe(copy);
  if (sizeProblem(text)) return result.ok ? [] : result.problems;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return result.ok ? [] : result.problems;
  }
  const before = structuredClone(value);
  const again = checkDocument(deepFreeze(value), CATALOGUE, T2);
  expect(again).toEqual(result);
  expect(value).toEqual(before);
  return result.ok ? [] : result.problems;
}

describe('exporting JSON', () => {
  it('writes two-space indented JSON ending with a new line, in the order of types.ts', () => {
    expect(TEXT.endsWith('}\n')).toBe(true);
    const doc = JSON.parse(TEXT);
    expect(Object.keys(doc)).toEqual(['format', 'version', 'current', 'exported', 'scorecards']);
    expect(Object.keys(doc.scorecards[0])).toEqual(['id', 'name', 'created', 'iteration', 'activities', 'snapshots']);
    expect(Object.keys(doc.scorecards[0].activities)).toEqual(['GGI-A-17', 'GGI-A-21']);
    expect(Object.keys(doc.scorecards[0].activities['GGI-A-17'].points)).toEqual(['v1', 'v3']);
    expect(Object.keys(doc.scorecards[0].activities['GGI-A-17'].fields)).toEqual([
      'customizedDescription',
      'opportunityAssessment',
      'objectives',
      'tools',
      'operationalNotes',
    ]);
    expect(TEXT).toContain('\n  "format": "ospo-zone-scorecard",\n');
  });

  it('gives the same text for the same data, whatever order its keys were set in', () => {
    const a = setStatus(setStatus(emptyDocument(T0), 'GGI-A-21', 'Done', T0), 'GGI-A-17', 'Done', T0);
    const b = {
      ...a,
      scorecards: [
        {
          ...a.scorecards[0],
          activities: {
            'GGI-A-17': a.scorecards[0].activities['GGI-A-17'],
            'GGI-A-21': a.scorecards[0].activities['GGI-A-21'],
          },
        },
      ],
    };
    expect(exportJson(a)).toBe(exportJson(b));
  });

  it('round-trips: importing an export gives the same document, and exporting it again the same text', () => {
    const result = parseDocumentImport(TEXT, CATALOGUE, T2);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document).toEqual(SAMPLE);
    expect(exportJson(result.document)).toBe(TEXT);
  });

  it('previews the scorecards with their names, selected and done counts and snapshots', () => {
    const result = parseDocumentImport(TEXT, CATALOGUE, T2);
    expect(result.ok && result.preview).toEqual({
      scorecards: [
        { name: 'Head office', selected: 2, done: 1, snapshots: 1, current: false },
        { name: 'Research lab', selected: 1, done: 0, snapshots: 0, current: true },
      ],
      exported: T2.toISOString(),
    });
  });

  it('imports a version-1 document (fixture), migrated, against the real handbook', () => {
    const text = readFileSync('tests/fixtures/scorecard/scorecard-v1.json', 'utf8');
    const result = parseDocumentImport(text, realCatalogue(), T2);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const sc = result.document.scorecards[0];
    expect(sc.name).toBe('Ministry of Examples');
    expect(sc.activities['GGI-A-17'].points).toEqual({ v1: '', v3: '' });
    expect(sc.activities['GGI-A-28']).toMatchObject({ status: 'Done', points: { v2: '' } });
    expect(result.preview.scorecards).toEqual([
      { name: 'Ministry of Examples', selected: 2, done: 1, snapshots: 0, current: true },
    ]);
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expect(parseDocumentImport(`\uFEFF${TEXT}`, CATALOGUE, T2).ok).toBe(true);
  });

  it('accepts a point the handbook no longer has (shown as from an earlier version)', () => {
    const text = edited((d) => (d.scorecards[0].activities['GGI-A-17'].points['v9'] = 'An old point.'));
    expect(parseDocumentImport(text, CATALOGUE, T2).ok).toBe(true);
  });
});

describe('malformed JSON imports are refused, saying what is wrong', () => {
  it('a version this portal does not know', () => {
    expect(refused(edited((d) => ((d as { version: number }).version = 3)))).toEqual([
      'version: 3 is not a version this portal reads (1 or 2); the file may come from a newer portal',
    ]);
  });

  it('a document without a version', () => {
    expect(refused(edited((d) => delete (d as Partial<ScorecardDocument>).version))[0]).toMatch(/^version: missing/);
  });

  it('another format field', () => {
    expect(refused(edited((d) => ((d as { format: string }).format = 'my-ggi-board-export')))).toEqual([
      'format: expected "ospo-zone-scorecard", found "my-ggi-board-export": this is not an OSPO.Zone scorecard document',
    ]);
  });

  it('an activity id the handbook does not have', () => {
    const text = edited((d) => (d.scorecards[1].activities['GGI-A-99'] = d.scorecards[1].activities['GGI-A-28']));
    expect(refused(text)).toEqual(['scorecards[1].activities.GGI-A-99: not an activity of the handbook (version 1.3)']);
  });

  it('an unknown activity id in a snapshot', () => {
    const text = edited((d) => (d.scorecards[0].snapshots[0].activities['GGI-A-98'] = { status: 'Done', points: [] }));
    expect(refused(text)).toEqual([
      'scorecards[0].snapshots[0].activities.GGI-A-98: not an activity of the handbook (version 1.3)',
    ]);
  });

  it('wrong types', () => {
    const text = edited((d) => {
      (d.scorecards[0] as unknown as { name: unknown }).name = 7;
      (d.scorecards[0].activities['GGI-A-17'] as unknown as { points: unknown }).points = ['v1'];
    });
    expect(refused(text)).toEqual([
      'scorecards[0].name: expected a text, found the number 7',
      'scorecards[0].activities.GGI-A-17.points: expected an object, found a list',
    ]);
  });

  it('truncated JSON, saying where it ends', () => {
    const problems = refused(TEXT.slice(0, 200));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^The file is not valid JSON: it ends too early, at line 9, column \d+: is it complete\?/,
    );
  });

  it('text that is not JSON, saying where', () => {
    const problems = refused('{\n  "format": "ospo-zone-scorecard",\n  version: 2\n}');
    expect(problems[0]).toMatch(/^The file is not valid JSON at line 3, column 3: /);
  });

  it('a file over 1 MB, giving its size', () => {
    const text = edited((d) => (d.scorecards[0].activities['GGI-A-17'].fields.tools = 'é'.repeat(600_000)));
    const bytes = new TextEncoder().encode(text).length;
    expect(bytes).toBeGreaterThan(1_200_000);
    expect(refused(text)).toEqual([
      `The file is too big: 1.1 MB (${String(bytes).replace(/\B(?=(\d{3})+$)/g, ' ')} bytes); the scorecard imports files of up to 1 MB (1 048 576 bytes).`,
    ]);
  });

  it('an empty file', () => {
    expect(refused('')).toEqual(['The file is empty.']);
    expect(refused(' \n\t')).toEqual(['The file is empty.']);
  });

  it('a status outside the three labels', () => {
    const text = edited((d) => ((d.scorecards[1].activities['GGI-A-28'] as { status: string }).status = 'in progress'));
    expect(refused(text)).toEqual([
      'scorecards[1].activities.GGI-A-28.status: expected "Not Selected" or "In Progress" or "Done", found the text "in progress"',
    ]);
  });

  it('a point id with bad characters', () => {
    const text = edited((d) => (d.scorecards[0].activities['GGI-A-17'].points['<script>'] = 'x'));
    expect(refused(text)).toEqual([
      'scorecards[0].activities.GGI-A-17.points.<script>: this key is not a point id of 1 to 32 lower-case letters, digits or hyphens (e.g. v1)',
    ]);
  });

  it('a JSON array instead of an object', () => {
    expect(refused(`[${TEXT}]`)).toEqual([
      'The file holds a JSON list, not a scorecard document (an object with "format": "ospo-zone-scorecard").',
    ]);
  });

  it('a JSON string, number or null', () => {
    expect(refused('"ospo-zone-scorecard"')[0]).toMatch(/^The file holds a JSON string, not a scorecard document/);
    expect(refused('2')[0]).toMatch(/^The file holds a JSON number/);
    expect(refused('null')[0]).toMatch(/^The file holds null/);
  });

  it('a current scorecard that the document does not hold', () => {
    expect(refused(edited((d) => (d.current = 'elsewhere')))).toEqual(['current: names no scorecard of the document']);
  });

  it('a misspelt field', () => {
    const text = edited((d) => {
      const r = d.scorecards[0].activities['GGI-A-17'] as unknown as Record<string, unknown>;
      r.ownr = r.owner;
      delete r.owner;
    });
    expect(refused(text)).toEqual([
      'scorecards[0].activities.GGI-A-17.owner: missing (expected a text)',
      'scorecards[0].activities.GGI-A-17: unknown field "ownr"',
    ]);
  });

  it('a version-1 document whose ticked points are not positions', () => {
    const text = JSON.stringify({ version: 1, activities: { 'GGI-A-17': { status: 'Done', checked: ['v1'] } } });
    expect(refused(text)).toEqual([
      'activities.GGI-A-17.checked[0]: expected a point position (0, 1, 2, …), found "v1"',
    ]);
  });

  it('a My GGI Board CSV given as JSON', () => {
    const csv = readFileSync('tests/fixtures/scorecard/board-issues.csv', 'utf8');
    expect(refused(csv)[0]).toMatch(/^The file is not valid JSON/);
  });
});
