import Ajv2020 from 'ajv/dist/2020.js';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../src/lib/scorecard/model.ts';
import { setField, setPoint, setStatus } from '../../../src/lib/scorecard/edits.ts';
import { createScorecard, closeIteration } from '../../../src/lib/scorecard/manage.ts';
import { formatPath, validate } from '../../../src/lib/scorecard/problems.ts';
import { documentSchema, scorecardJsonSchema } from '../../../src/lib/scorecard/schema.ts';
import type { ScorecardDocument } from '../../../src/lib/scorecard/types.ts';
import { T0, T1 } from './helpers.ts';

/** A valid document with a bit of everything: two scorecards, records, a snapshot, a board import. */
function full(): ScorecardDocument {
  let doc = emptyDocument(T0, 'Head office');
  doc = setStatus(doc, 'GGI-A-17', 'In Progress', T0);
  doc = setPoint(doc, 'GGI-A-17', { id: 'v1', text: 'A point.' }, true, T0);
  doc = setField(doc, 'GGI-A-17', 'operationalNotes', '<b>not markup</b>', T0);
  doc = closeIteration(doc, T1, 'Q2');
  doc = createScorecard(doc, 'Lab', T1);
  const sc = doc.scorecards[1];
  sc.activities['GGI-A-28'] = {
    ...setStatus(doc, 'GGI-A-28', 'Done', T1).scorecards[1].activities['GGI-A-28'],
    board: { tasksDone: 2, tasksTotal: 5, updatedAt: '2026-01-05T14:46:11.000Z' },
  };
  return { ...doc, exported: T1.toISOString() };
}

/** The problems the schema finds in `value`, as lines. */
function problems(value: unknown): string[] {
  const r = validate(documentSchema, value);
  return r.ok ? [] : r.problems;
}

/** `full()` changed by `edit`. */
function broken(edit: (d: ScorecardDocument) => void): unknown {
  const d = structuredClone(full());
  edit(d);
  return d;
}

describe('the document schema', () => {
  it('accepts a document the model made, and gives it back equal', () => {
    const doc = full();
    const r = documentSchema.safeParse(doc);
    expect(r.success).toBe(true);
    expect(r.data).toEqual(doc);
  });

  it('names the field and the allowed labels when a status is not one of the three', () => {
    const d = broken((d) => ((d.scorecards[0].activities['GGI-A-17'] as { status: string }).status = 'Started'));
    expect(problems(d)).toEqual([
      'scorecards[0].activities.GGI-A-17.status: expected "Not Selected" or "In Progress" or "Done", found the text "Started"',
    ]);
  });

  it('refuses an activity id that is not GGI-A-NN, naming the key', () => {
    const d = broken((d) => {
      d.scorecards[0].activities['A-17'] = d.scorecards[0].activities['GGI-A-17'];
    });
    expect(problems(d)).toEqual(['scorecards[0].activities.A-17: this key is not an activity id such as GGI-A-17']);
  });

  it('refuses a point id with characters outside a-z, 0-9 and -', () => {
    const d = broken((d) => (d.scorecards[0].activities['GGI-A-17'].points['V 1!'] = 'x'));
    expect(problems(d)).toEqual([
      'scorecards[0].activities.GGI-A-17.points.V 1!: this key is not a point id of 1 to 32 lower-case letters, digits or hyphens (e.g. v1)',
    ]);
  });

  it('refuses a name over 120 characters and a field over 20 000, saying the size found', () => {
    const d = broken((d) => {
      d.scorecards[0].name = 'n'.repeat(121);
      d.scorecards[0].activities['GGI-A-17'].fields.tools = 't'.repeat(20_001);
    });
    expect(problems(d)).toEqual([
      'scorecards[0].name: expected at most 120 characters, found 121 characters',
      'scorecards[0].activities.GGI-A-17.fields.tools: expected at most 20000 characters, found 20001 characters',
    ]);
  });

  it('refuses more than 50 scorecards', () => {
    const d = broken((d) => {
      d.scorecards = Array.from({ length: 51 }, (_, i) => ({ ...d.scorecards[0], id: `s${i}` }));
      d.current = 's0';
    });
    expect(problems(d)).toEqual(['scorecards: expected at most 50 scorecards, found 51 items']);
  });

  it('refuses more than 200 snapshots in a scorecard', () => {
    const d = broken((d) => {
      d.scorecards[0].snapshots = Array.from({ length: 201 }, () => d.scorecards[0].snapshots[0]);
    });
    expect(problems(d)).toEqual(['scorecards[0].snapshots: expected at most 200 closed iterations, found 201 items']);
  });

  it('refuses wrong types, saying what was expected and what was found', () => {
    const d = broken((d) => {
      (d.scorecards[0] as unknown as { activities: unknown }).activities = [];
      (d.scorecards[1] as unknown as { name: unknown }).name = 42;
    });
    expect(problems(d)).toEqual([
      'scorecards[0].activities: expected an object, found a list',
      'scorecards[1].name: expected a text, found the number 42',
    ]);
  });

  it('says which field is missing and which one it does not know', () => {
    const d = broken((d) => {
      delete (d.scorecards[0] as Partial<ScorecardDocument['scorecards'][0]>).created;
      (d.scorecards[0] as unknown as Record<string, unknown>).colour = 'red';
    });
    expect(problems(d)).toEqual([
      'scorecards[0].created: missing (expected a text)',
      'scorecards[0]: unknown field "colour"',
    ]);
  });

  it('refuses dates not written YYYY-MM-DD, date-times not in ISO 8601, and board counts below 0', () => {
    const d = broken((d) => {
      d.scorecards[0].iteration.started = '05/01/2026';
      d.scorecards[0].activities['GGI-A-17'].target = '2026-13-01';
      d.scorecards[0].activities['GGI-A-17'].updated = '2026-01-05 14:46:11';
      d.scorecards[1].activities['GGI-A-28'].board!.tasksDone = -1;
    });
    expect(problems(d)).toEqual([
      'scorecards[0].iteration.started: expected a date written YYYY-MM-DD, found the text "05/01/2026"',
      'scorecards[0].activities.GGI-A-17.target: expected a date written YYYY-MM-DD, or empty, found the text "2026-13-01"',
      'scorecards[0].activities.GGI-A-17.updated: expected a date-time in ISO 8601, UTC (e.g. 2026-01-05T14:46:11.000Z), found the text "2026-01-05 14:46:11"',
      'scorecards[1].activities.GGI-A-28.board.tasksDone: expected a whole number, 0 or more, found the number -1',
    ]);
  });

  it('refuses a current id that names no scorecard, and two scorecards with one id', () => {
    expect(problems(broken((d) => (d.current = 'gone')))).toEqual(['current: names no scorecard of the document']);
    expect(problems(broken((d) => (d.scorecards[0].id = d.scorecards[1].id)))).toEqual([
      'scorecards: two scorecards have the same id',
    ]);
  });

  it('refuses a document without scorecards', () => {
    expect(problems(broken((d) => (d.scorecards = [])))).toContain(
      'scorecards: expected at least one scorecard, found 0 items',
    );
  });

  it('lists at most 20 problems and says how many more there are', () => {
    const d = broken((d) => {
      for (let i = 0; i < 25; i++) (d.scorecards[0].activities[`GGI-A-${30 + i}`] as unknown) = 'x';
    });
    const lines = problems(d);
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe('… and 5 more problems');
  });

  it('words problems the same when a full zod elsewhere has set English messages for every zod', () => {
    const d = broken((d) => {
      (d.scorecards[0] as unknown as { name: unknown }).name = 42;
      (d.scorecards[0].activities['GGI-A-17'] as { status: string }).status = 'Started';
    });
    const plain = problems(d);
    z.config(z.locales.en());
    try {
      expect(problems(d)).toEqual(plain);
      expect(plain[0]).toBe('scorecards[0].name: expected a text, found the number 42');
    } finally {
      z.config({ localeError: undefined });
    }
  });

  it('writes paths with indexes in brackets and the whole document as such', () => {
    expect(formatPath(['scorecards', 0, 'name'])).toBe('scorecards[0].name');
    expect(formatPath([])).toBe('(the document)');
  });
});

describe('under a strict CSP', () => {
  // zod tries `new Function` (which a CSP without 'unsafe-eval' reports as a violation) to compile
  // fast object parsers, unless its global config says jitless: schema.ts sets it on import. The
  // browser check itself is the scorecard page's end-to-end CSP test.
  it('importing the schema turns zod’s code compilation off, and documents still validate', () => {
    expect(z.config().jitless).toBe(true);
    expect(validate(documentSchema, full()).ok).toBe(true);
  });
});

describe('the JSON Schema', () => {
  const schema = scorecardJsonSchema('https://example.org/api/scorecard.schema.json');
  const validate = new Ajv2020({ strict: false }).compile(schema);

  it('is draft 2020-12 with the given $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://example.org/api/scorecard.schema.json');
  });

  it('accepts an exported document', () => {
    const doc = JSON.parse(JSON.stringify(full()));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses a wrong status, a wrong activity id and an unknown field', () => {
    for (const edit of [
      (d: ScorecardDocument) => ((d.scorecards[0].activities['GGI-A-17'] as { status: string }).status = 'Started'),
      (d: ScorecardDocument) => (d.scorecards[0].activities['GGI-17'] = d.scorecards[0].activities['GGI-A-17']),
      (d: ScorecardDocument) => ((d as unknown as Record<string, unknown>).extra = true),
      (d: ScorecardDocument) => ((d as { version: number }).version = 1),
    ]) {
      expect(validate(broken(edit))).toBe(false);
    }
  });
});
