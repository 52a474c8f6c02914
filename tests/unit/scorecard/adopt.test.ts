import { describe, expect, it } from 'vitest';
import { addScorecardCopy, freeName } from '../../../src/lib/scorecard/adopt.ts';
import { emptyDocument, newScorecard } from '../../../src/lib/scorecard/model.ts';

const now = new Date('2025-12-02T10:00:00.000Z');

describe('freeName', () => {
  it('keeps a name nobody has, and numbers one that is taken', () => {
    expect(freeName('Sales', ['Legal'])).toBe('Sales');
    expect(freeName('Sales', ['Sales', 'Sales (2)'])).toBe('Sales (3)');
  });
  it('cuts a long name so that the number still fits in 120 characters', () => {
    const long = 'x'.repeat(120);
    const name = freeName(long, [long]);
    expect(name).toHaveLength(120);
    expect(name.endsWith(' (2)')).toBe(true);
  });
});

describe('addScorecardCopy', () => {
  it('adds the copy under a new id and a free name, and makes it current, leaving the others as they were', () => {
    const doc = emptyDocument(now, 'Shared');
    const shared = {
      ...newScorecard(now, 'Shared'),
      id: doc.scorecards[0].id,
      activities: {
        'GGI-A-01': {
          status: 'Done' as const,
          points: { v1: 'A.' },
          fields: {
            customizedDescription: '',
            opportunityAssessment: '',
            objectives: 'Ship',
            tools: '',
            operationalNotes: '',
          },
          owner: 'Ana',
          target: '',
          updated: now.toISOString(),
        },
      },
    };
    const next = addScorecardCopy(doc, shared);
    expect(next.scorecards).toHaveLength(2);
    expect(next.scorecards[0]).toBe(doc.scorecards[0]);
    const copy = next.scorecards[1];
    expect(copy.id).not.toBe(shared.id);
    expect(copy.name).toBe('Shared (2)');
    expect(copy.activities).toEqual(shared.activities);
    expect(next.current).toBe(copy.id);
  });
  it('refuses a 51st scorecard', () => {
    let doc = emptyDocument(now);
    doc = { ...doc, scorecards: Array.from({ length: 50 }, (_, i) => ({ ...newScorecard(now, `S${i}`) })) };
    expect(() => addScorecardCopy(doc, newScorecard(now))).toThrow(RangeError);
  });
});
