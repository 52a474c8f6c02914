import { describe, expect, it } from 'vitest';
import {
  activityRecord,
  currentScorecard,
  emptyDocument,
  emptyFields,
  newId,
  switchScorecard,
  today,
} from '../../../src/lib/scorecard/model.ts';
import { setStatus } from '../../../src/lib/scorecard/edits.ts';
import {
  closeIteration,
  createScorecard,
  deleteScorecard,
  markExported,
  renameIteration,
  renameScorecard,
} from '../../../src/lib/scorecard/manage.ts';
import { documentSchema } from '../../../src/lib/scorecard/schema.ts';
import { SCORECARD_FIELDS } from '../../../src/lib/scorecard/vocabulary.ts';
import { deepFreeze, sample, T0, T1, T2 } from './helpers.ts';

describe('a new document', () => {
  it('holds one empty scorecard, current, its first iteration started today (UTC), and passes the schema', () => {
    const doc = emptyDocument(new Date('2026-01-05T23:30:00-02:00'));
    expect(doc.scorecards).toHaveLength(1);
    const sc = doc.scorecards[0];
    expect(doc.current).toBe(sc.id);
    expect(sc).toMatchObject({ name: 'My scorecard', activities: {}, snapshots: [] });
    expect(sc.iteration).toEqual({ name: 'Iteration 1', started: '2026-01-06' });
    expect(sc.created).toBe('2026-01-06T01:30:00.000Z');
    expect(documentSchema.safeParse(doc).success).toBe(true);
  });

  it('takes the name it is given, trimmed', () => {
    expect(emptyDocument(T0, '  Ministry  ').scorecards[0].name).toBe('Ministry');
  });

  it('gets ids that differ each time and are 12 lower-case letters or digits', () => {
    const ids = new Set(Array.from({ length: 200 }, newId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]{12}$/);
  });
});

describe('several scorecards', () => {
  it('a created scorecard joins the document and becomes current; the original is unchanged', () => {
    const doc = deepFreeze(emptyDocument(T0, 'A'));
    const next = createScorecard(doc, 'B', T1);
    expect(next.scorecards.map((s) => s.name)).toEqual(['A', 'B']);
    expect(currentScorecard(next).name).toBe('B');
    expect(doc.scorecards).toHaveLength(1);
  });

  it('renames by id, ignoring an empty name and an unknown id', () => {
    const doc = sample();
    const first = doc.scorecards[0].id;
    expect(renameScorecard(doc, first, 'HQ').scorecards[0].name).toBe('HQ');
    expect(renameScorecard(doc, first, '   ').scorecards[0].name).toBe('Head office');
    expect(renameScorecard(doc, 'nope', 'X').scorecards.map((s) => s.name)).toEqual(['Head office', 'Research lab']);
    expect(renameScorecard(doc, first, 'x'.repeat(300)).scorecards[0].name).toHaveLength(120);
  });

  it('switches to a known scorecard and stays put for an unknown id', () => {
    const doc = sample();
    const first = doc.scorecards[0].id;
    expect(currentScorecard(switchScorecard(doc, first)).name).toBe('Head office');
    expect(switchScorecard(doc, 'nope')).toBe(doc);
  });

  it('deleting the current scorecard makes the first remaining one current', () => {
    const doc = sample();
    const next = deleteScorecard(doc, doc.current, T1);
    expect(next.scorecards.map((s) => s.name)).toEqual(['Head office']);
    expect(next.current).toBe(doc.scorecards[0].id);
  });

  it('deleting another scorecard keeps the current one current', () => {
    const doc = sample();
    const next = deleteScorecard(doc, doc.scorecards[0].id, T1);
    expect(next.current).toBe(doc.current);
    expect(next.scorecards).toHaveLength(1);
  });

  it('deleting the last scorecard leaves a fresh empty one, keeping the date of the last export', () => {
    const doc = deepFreeze(markExported(emptyDocument(T0, 'Only'), T1));
    const next = deleteScorecard(doc, doc.current, T2);
    expect(next.scorecards).toHaveLength(1);
    expect(next.scorecards[0]).toMatchObject({ name: 'My scorecard', created: T2.toISOString(), activities: {} });
    expect(next.current).not.toBe(doc.current);
    expect(next.exported).toBe(T1.toISOString());
  });

  it('deleting an unknown id changes nothing', () => {
    const doc = sample();
    expect(deleteScorecard(doc, 'nope', T1)).toBe(doc);
  });
});

describe('an activity record', () => {
  it('defaults to Not Selected with nothing written when the scorecard has none', () => {
    expect(activityRecord(currentScorecard(emptyDocument(T0)), 'GGI-A-20')).toEqual({
      status: 'Not Selected',
      points: {},
      fields: { customizedDescription: '', opportunityAssessment: '', objectives: '', tools: '', operationalNotes: '' },
      owner: '',
      target: '',
      updated: '',
    });
  });

  it('has empty fields under exactly the five keys of the vocabulary', () => {
    expect(Object.keys(emptyFields())).toEqual(SCORECARD_FIELDS.map((f) => f.key));
  });
});

describe('iterations', () => {
  it('the current iteration can be renamed and re-dated', () => {
    const next = renameIteration(sample(), 'Q1 2026', '2026-01-01');
    expect(currentScorecard(next).iteration).toEqual({ name: 'Q1 2026', started: '2026-01-01' });
    expect(() => renameIteration(sample(), 'Q1', 'January')).toThrow(RangeError);
  });

  it('closing keeps a snapshot of every activity with a record and starts the next iteration today', () => {
    let doc = renameIteration(sample(), 'Q1', '2026-01-01');
    doc = setStatus(doc, 'GGI-A-21', 'Done', T0);
    doc = deepFreeze(doc);
    const next = closeIteration(doc, T1, 'Q2');
    const sc = currentScorecard(next);
    expect(sc.snapshots).toEqual([
      {
        name: 'Q1',
        started: '2026-01-01',
        closed: '2026-02-10',
        activities: {
          'GGI-A-17': { status: 'In Progress', points: ['v1'] },
          'GGI-A-21': { status: 'Done', points: [] },
        },
      },
    ]);
    expect(sc.iteration).toEqual({ name: 'Q2', started: '2026-02-10' });
    expect(sc.activities).toBe(currentScorecard(doc).activities);
    expect(documentSchema.safeParse(next).success).toBe(true);
  });

  it('without a name the next iteration is numbered after the ones closed', () => {
    const once = closeIteration(sample(), T1);
    const twice = closeIteration(once, T2);
    expect(currentScorecard(once).iteration.name).toBe('Iteration 2');
    expect(currentScorecard(twice).iteration.name).toBe('Iteration 3');
    expect(currentScorecard(twice).snapshots.map((s) => s.name)).toEqual(['Iteration 1', 'Iteration 2']);
  });

  it('keeps at most 200 snapshots, dropping the oldest', () => {
    let doc = sample();
    for (let i = 0; i < 201; i++) doc = closeIteration(doc, T1);
    const snapshots = currentScorecard(doc).snapshots;
    expect(snapshots).toHaveLength(200);
    expect(snapshots[0].name).toBe('Iteration 2');
  });
});

describe('export date', () => {
  it('is recorded as an ISO date-time', () => {
    expect(markExported(sample(), T2).exported).toBe('2026-03-20T17:30:00.000Z');
    expect(today(T2)).toBe('2026-03-20');
  });
});
