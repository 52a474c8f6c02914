import { describe, expect, it } from 'vitest';
import { tally } from './helpers.ts';
import {
  barWidths,
  changedLabel,
  exportDue,
  fieldsSummary,
  pointsCount,
  saveState,
  statusSlug,
  summaryLine,
  tallyCells,
} from '../../../src/lib/scorecard/page-view.ts';
import type { Scorecard, ScorecardDocument } from '../../../src/lib/scorecard/types.ts';

const fields = {
  customizedDescription: '',
  opportunityAssessment: '',
  objectives: '',
  tools: '',
  operationalNotes: '',
};

function doc(scorecards: Partial<Scorecard>[], exported?: string): ScorecardDocument {
  return {
    format: 'ospo-zone-scorecard',
    version: 2,
    current: 'a',
    scorecards: scorecards.map((s, i) => ({
      id: `s${i}`,
      name: 'S',
      created: '2025-01-01T00:00:00.000Z',
      iteration: { name: 'Iteration 1', started: '2025-01-01' },
      activities: {},
      snapshots: [],
      ...s,
    })),
    ...(exported ? { exported } : {}),
  };
}

describe('statusSlug', () => {
  it('turns each status into the slug the filters match', () => {
    expect(['Not Selected', 'In Progress', 'Done'].map((s) => statusSlug(s as 'Done'))).toEqual([
      'not-selected',
      'in-progress',
      'done',
    ]);
  });
});

describe('the dashboard figures', () => {
  it('give selected and points as "n of total" and the counts as numbers', () => {
    expect(tallyCells(tally({ selected: 2, inProgress: 1, done: 1, pointsMet: 4, pointsTotal: 9 }))).toEqual({
      selected: '2 of 5',
      inProgress: '1',
      done: '1',
      points: '4 of 9',
    });
  });
  it('say "none" for points while no activity is selected', () => {
    expect(tallyCells(tally({})).points).toBe('none');
  });
  it('draw done over selected, both out of all activities, and points out of the selected ones', () => {
    expect(barWidths(tally({ selected: 3, done: 1, pointsMet: 1, pointsTotal: 3 }))).toEqual({
      selected: 60,
      done: 20,
      points: 33.3,
    });
  });
  it('draw empty bars, not NaN, when there is nothing to count', () => {
    expect(barWidths(tally({ activities: 0 }))).toEqual({ selected: 0, done: 0, points: 0 });
  });
  it('sum up a scorecard in one line for the top bar', () => {
    expect(summaryLine(tally({ activities: 25, selected: 3, done: 1, pointsMet: 12, pointsTotal: 40 }))).toBe(
      '3 of 25 selected · 1 done · 12 of 40 points met',
    );
    expect(summaryLine(tally({ activities: 25 }))).toBe('0 of 25 selected · 0 done · no points to meet');
  });
});

describe('pointsCount', () => {
  it('counts the met points, and says ticks of a Not Selected activity are not counted', () => {
    expect(pointsCount(2, 5, 'In Progress')).toBe('2 of 5 met');
    expect(pointsCount(0, 5, 'Not Selected')).toBe('0 of 5 met');
    expect(pointsCount(2, 5, 'Not Selected')).toBe('2 of 5 met, not counted while Not Selected');
  });
});

describe('fieldsSummary', () => {
  it('counts the written fields, blanks not counted, and names the owner and target', () => {
    expect(
      fieldsSummary({ fields: { ...fields, objectives: 'Ship it', tools: '  ' }, owner: 'Ana', target: '2026-03-31' }),
    ).toBe('1 of 5 written · owner: Ana · target 2026-03-31');
  });
  it('says nothing is written when all is empty', () => {
    expect(fieldsSummary({ fields, owner: '', target: '' })).toBe('nothing written yet');
  });
});

describe('changedLabel', () => {
  it('gives the day of the last change in the given time zone', () => {
    expect(changedLabel('2025-12-02T23:30:00.000Z', 'UTC')).toBe('changed 2 Dec 2025');
    expect(changedLabel('2025-12-02T23:30:00.000Z', 'Europe/Paris')).toBe('changed 3 Dec 2025');
  });
  it('says "not changed yet" for an empty or broken date', () => {
    expect(changedLabel('')).toBe('not changed yet');
    expect(changedLabel('yesterday')).toBe('not changed yet');
  });
});

describe('exportDue', () => {
  const now = new Date('2025-03-15T00:00:00.000Z');
  const record = {
    status: 'In Progress' as const,
    points: {},
    fields,
    owner: '',
    target: '',
    updated: '2025-03-01T00:00:00.000Z',
  };
  it('never reminds about a document that holds nothing yet', () => {
    expect(exportDue(doc([{}]), now)).toBe(false);
  });
  it('reminds 30 days after the oldest scorecard was created when it was never exported', () => {
    expect(exportDue(doc([{ activities: { 'GGI-A-01': record } }]), now)).toBe(true);
    expect(exportDue(doc([{ created: '2025-03-01T00:00:00.000Z', activities: { 'GGI-A-01': record } }]), now)).toBe(
      false,
    );
  });
  it('reminds 30 days after the last export, not before', () => {
    const used = [{ activities: { 'GGI-A-01': record } }];
    expect(exportDue(doc(used, '2025-02-20T00:00:00.000Z'), now)).toBe(false);
    expect(exportDue(doc(used, '2025-02-01T00:00:00.000Z'), now)).toBe(true);
  });
});

describe('saveState', () => {
  it("names the bar's save state: a share link, a failed write, a stored document, or nothing yet", () => {
    expect(saveState({ readOnly: true, problem: 'quota', stored: true })).toBe('Read-only copy');
    expect(saveState({ problem: 'quota', stored: true })).toBe('Not saved in this browser');
    expect(saveState({ stored: true })).toBe('Saved in this browser');
    expect(saveState()).toBe('Nothing stored yet');
  });
});
