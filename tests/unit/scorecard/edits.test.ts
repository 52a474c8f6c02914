import { describe, expect, it } from 'vitest';
import { currentScorecard } from '../../../src/lib/scorecard/model.ts';
import {
  removeOrphanPoint,
  setField,
  setOwner,
  setPoint,
  setStatus,
  setTarget,
} from '../../../src/lib/scorecard/edits.ts';
import { documentSchema } from '../../../src/lib/scorecard/schema.ts';
import { deepFreeze, P1, sample, T0, T1, T2 } from './helpers.ts';

const P2 = { id: 'v2', text: 'The list is kept current.' };

describe('the edits of an activity record', () => {
  it('status, points, fields, owner and target change only the current scorecard, stamped with the time', () => {
    const doc = sample();
    let next = setStatus(doc, 'GGI-A-18', 'Done', T1);
    next = setField(next, 'GGI-A-18', 'objectives', 'Train 10 people\n"by June"', T1);
    next = setOwner(next, 'GGI-A-18', '  Ada  ', T1);
    next = setTarget(next, 'GGI-A-18', '2026-06-30', T2);
    const r = currentScorecard(next).activities['GGI-A-18'];
    expect(r).toMatchObject({ status: 'Done', owner: 'Ada', target: '2026-06-30', updated: T2.toISOString() });
    expect(r.fields.objectives).toBe('Train 10 people\n"by June"');
    expect(next.scorecards[0]).toBe(doc.scorecards[0]);
    expect(currentScorecard(doc).activities['GGI-A-18']).toBeUndefined();
    expect(documentSchema.safeParse(next).success).toBe(true);
  });

  it('a ticked point keeps its text; unticking removes it; ticking twice keeps one', () => {
    const doc = sample();
    let next = setPoint(doc, 'GGI-A-17', P2, true, T1);
    next = setPoint(next, 'GGI-A-17', P2, true, T1);
    expect(currentScorecard(next).activities['GGI-A-17'].points).toEqual({ v1: P1.text, v2: P2.text });
    next = setPoint(next, 'GGI-A-17', P1, false, T2);
    expect(currentScorecard(next).activities['GGI-A-17'].points).toEqual({ v2: P2.text });
    expect(currentScorecard(doc).activities['GGI-A-17'].points).toEqual({ v1: P1.text });
  });

  it('ticking a point of a Not Selected activity sets it In Progress; Done and In Progress stay as they are', () => {
    const doc = sample();
    const started = setPoint(doc, 'GGI-A-20', P1, true, T1);
    expect(currentScorecard(started).activities['GGI-A-20']).toMatchObject({
      status: 'In Progress',
      points: { v1: P1.text },
    });
    const done = setStatus(doc, 'GGI-A-17', 'Done', T1);
    expect(currentScorecard(setPoint(done, 'GGI-A-17', P2, true, T2)).activities['GGI-A-17'].status).toBe('Done');
  });

  it('unticking never changes the status, and setting Not Selected again keeps the ticks', () => {
    const doc = setStatus(sample(), 'GGI-A-17', 'Not Selected', T1);
    expect(currentScorecard(doc).activities['GGI-A-17'].points).toEqual({ v1: P1.text });
    const unticked = setPoint(doc, 'GGI-A-17', P1, false, T2);
    expect(currentScorecard(unticked).activities['GGI-A-17']).toMatchObject({ status: 'Not Selected', points: {} });
  });

  it('an orphan point is removed by its id', () => {
    const doc = deepFreeze(setPoint(sample(), 'GGI-A-17', { id: 'old-3', text: 'Gone.' }, true, T0));
    const next = removeOrphanPoint(doc, 'GGI-A-17', 'old-3', T1);
    expect(Object.keys(currentScorecard(next).activities['GGI-A-17'].points)).toEqual(['v1']);
  });

  it('a field is cut at 20 000 characters', () => {
    const next = setField(sample(), 'GGI-A-17', 'tools', 'x'.repeat(25_000), T1);
    expect(currentScorecard(next).activities['GGI-A-17'].fields.tools).toHaveLength(20_000);
  });

  it('a target date can be cleared, and a text that is no date is refused', () => {
    const doc = setTarget(sample(), 'GGI-A-17', '2026-06-30', T1);
    expect(currentScorecard(setTarget(doc, 'GGI-A-17', '', T1)).activities['GGI-A-17'].target).toBe('');
    expect(() => setTarget(doc, 'GGI-A-17', '30/06/2026', T1)).toThrow(RangeError);
  });
});
