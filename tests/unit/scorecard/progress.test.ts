import { describe, expect, it } from 'vitest';
import { currentScorecard, emptyDocument } from '../../../src/lib/scorecard/model.ts';
import { setPoint, setStatus } from '../../../src/lib/scorecard/edits.ts';
import { closeIteration } from '../../../src/lib/scorecard/manage.ts';
import { iterationHistory, review } from '../../../src/lib/scorecard/history.ts';
import { orphanPoints, tally } from '../../../src/lib/scorecard/progress.ts';
import type { ScorecardDocument } from '../../../src/lib/scorecard/types.ts';
import type { Status } from '../../../src/lib/scorecard/vocabulary.ts';
import { CATALOGUE, deepFreeze, T0, T1, T2 } from './helpers.ts';

const point = (activity: string, id: string) =>
  CATALOGUE.activities.find((a) => a.id === activity)!.points.find((p) => p.id === id)!;

/** A document whose current scorecard has `statuses` and the ticked `points` (activity → ids). */
function withWork(
  statuses: Record<string, Status>,
  points: Record<string, string[]> = {},
  doc = emptyDocument(T0),
): ScorecardDocument {
  // Points first: a tick sets a Not Selected activity In Progress, and the statuses given win.
  for (const [id, ps] of Object.entries(points))
    for (const p of ps) doc = setPoint(doc, id, point(id, p) ?? { id: p, text: 'gone' }, true, T0);
  for (const [id, s] of Object.entries(statuses)) doc = setStatus(doc, id, s, T0);
  return deepFreeze(doc);
}

const ZERO = { selected: 0, inProgress: 0, done: 0, pointsMet: 0, pointsTotal: 0 };

describe('the tally', () => {
  it('of an empty scorecard counts the activities and nothing else', () => {
    const t = tally(currentScorecard(emptyDocument(T0)), CATALOGUE);
    expect(t.overall).toEqual({ activities: 4, ...ZERO });
    expect(t.goals).toEqual([
      { goal: 'usage', title: 'Usage', tally: { activities: 2, ...ZERO } },
      { goal: 'trust', title: 'Trust', tally: { activities: 2, ...ZERO } },
    ]);
  });

  it('counts points over the selected activities only, met being ticked points the catalogue has', () => {
    const doc = withWork(
      { 'GGI-A-17': 'In Progress', 'GGI-A-21': 'Done', 'GGI-A-18': 'Not Selected' },
      { 'GGI-A-17': ['v1', 'v3'], 'GGI-A-18': ['v1', 'v2'], 'GGI-A-21': ['v2'] },
    );
    const t = tally(currentScorecard(doc), CATALOGUE);
    // selected: A-17 (3 points, 2 met) and A-21 (2 points, 1 met); A-18's ticks do not count.
    expect(t.overall).toEqual({ activities: 4, selected: 2, inProgress: 1, done: 1, pointsMet: 3, pointsTotal: 5 });
    expect(t.goals[0].tally).toEqual({
      activities: 2,
      selected: 1,
      inProgress: 1,
      done: 0,
      pointsMet: 2,
      pointsTotal: 3,
    });
    expect(t.goals[1].tally).toEqual({
      activities: 2,
      selected: 1,
      inProgress: 0,
      done: 1,
      pointsMet: 1,
      pointsTotal: 2,
    });
  });

  it('does not count a ticked point the handbook no longer has, nor an activity it lacks', () => {
    let doc = withWork({ 'GGI-A-17': 'Done', 'GGI-A-99': 'Done' }, { 'GGI-A-17': ['v1'] });
    doc = setPoint(doc, 'GGI-A-17', { id: 'old', text: 'An older point.' }, true, T0);
    expect(tally(currentScorecard(doc), CATALOGUE).overall).toEqual({
      activities: 4,
      selected: 1,
      inProgress: 0,
      done: 1,
      pointsMet: 1,
      pointsTotal: 3,
    });
  });
});

describe('orphan points', () => {
  it('are the ticked points the catalogue no longer has, with their text of the time', () => {
    let doc = withWork({ 'GGI-A-17': 'In Progress' }, { 'GGI-A-17': ['v2'] });
    doc = setPoint(doc, 'GGI-A-17', { id: 'v9', text: 'A point of handbook 1.2.' }, true, T0);
    const record = currentScorecard(doc).activities['GGI-A-17'];
    expect(orphanPoints(record, CATALOGUE.activities[0])).toEqual([{ id: 'v9', text: 'A point of handbook 1.2.' }]);
    expect(orphanPoints(record, { ...CATALOGUE.activities[0], points: [] })).toHaveLength(2);
  });
});

describe('iterations', () => {
  /** Iteration 1: A-17 In Progress (v1); iteration 2: A-17 Done (v1, v2), A-18 In Progress; now: A-21 too. */
  function history(): ScorecardDocument {
    let doc = withWork({ 'GGI-A-17': 'In Progress' }, { 'GGI-A-17': ['v1'] });
    doc = closeIteration(doc, T1);
    doc = withWork({ 'GGI-A-17': 'Done', 'GGI-A-18': 'In Progress' }, { 'GGI-A-17': ['v2'] }, doc);
    doc = closeIteration(doc, T2);
    return withWork({ 'GGI-A-21': 'In Progress' }, {}, doc);
  }

  it('the history gives every closed iteration, oldest first, then the current one without a closing date', () => {
    const h = iterationHistory(currentScorecard(history()), CATALOGUE);
    expect(h.map(({ name, started, closed }) => ({ name, started, closed }))).toEqual([
      { name: 'Iteration 1', started: '2026-01-05', closed: '2026-02-10' },
      { name: 'Iteration 2', started: '2026-02-10', closed: '2026-03-20' },
      { name: 'Iteration 3', started: '2026-03-20', closed: undefined },
    ]);
    expect(h.map((i) => i.tally.overall)).toEqual([
      { activities: 4, selected: 1, inProgress: 1, done: 0, pointsMet: 1, pointsTotal: 3 },
      { activities: 4, selected: 2, inProgress: 1, done: 1, pointsMet: 2, pointsTotal: 5 },
      { activities: 4, selected: 3, inProgress: 2, done: 1, pointsMet: 2, pointsTotal: 7 },
    ]);
  });

  it('with nothing closed, the history is the current iteration alone', () => {
    const h = iterationHistory(currentScorecard(emptyDocument(T0)), CATALOGUE);
    expect(h).toHaveLength(1);
    expect(h[0].closed).toBeUndefined();
  });

  it('the review names what became done, progressed and stalled since the last snapshot, in catalogue order', () => {
    let doc = withWork(
      { 'GGI-A-17': 'In Progress', 'GGI-A-18': 'In Progress', 'GGI-A-21': 'In Progress' },
      {
        'GGI-A-21': ['v1'],
      },
    );
    doc = closeIteration(doc, T1);
    doc = withWork({ 'GGI-A-17': 'Done', 'GGI-A-28': 'In Progress' }, { 'GGI-A-21': ['v2'] }, doc);
    expect(review(currentScorecard(doc), CATALOGUE)).toEqual([
      {
        activityId: 'GGI-A-17',
        change: 'done',
        before: { status: 'In Progress', pointsMet: 0 },
        after: { status: 'Done', pointsMet: 0 },
      },
      {
        activityId: 'GGI-A-18',
        change: 'stalled',
        before: { status: 'In Progress', pointsMet: 0 },
        after: { status: 'In Progress', pointsMet: 0 },
      },
      {
        activityId: 'GGI-A-21',
        change: 'progressed',
        before: { status: 'In Progress', pointsMet: 1 },
        after: { status: 'In Progress', pointsMet: 2 },
      },
      {
        activityId: 'GGI-A-28',
        change: 'progressed',
        before: { status: 'Not Selected', pointsMet: 0 },
        after: { status: 'In Progress', pointsMet: 0 },
      },
    ]);
  });

  it('the review calls a status going back, or fewer points, regressed, whatever else happened', () => {
    let doc = withWork(
      { 'GGI-A-17': 'Done', 'GGI-A-18': 'In Progress', 'GGI-A-21': 'In Progress' },
      {
        'GGI-A-18': ['v1', 'v2'],
      },
    );
    doc = closeIteration(doc, T1);
    doc = withWork({ 'GGI-A-17': 'In Progress', 'GGI-A-21': 'Not Selected' }, { 'GGI-A-17': ['v1', 'v2'] }, doc);
    doc = setPoint(doc, 'GGI-A-18', point('GGI-A-18', 'v2'), false, T2);
    expect(review(currentScorecard(doc), CATALOGUE).map((i) => [i.activityId, i.change])).toEqual([
      ['GGI-A-17', 'regressed'],
      ['GGI-A-18', 'regressed'],
      ['GGI-A-21', 'regressed'],
    ]);
  });

  it('the review leaves out activities unselected before and after, and Done ones that did not change', () => {
    let doc = withWork({ 'GGI-A-17': 'Done', 'GGI-A-18': 'Not Selected' }, { 'GGI-A-18': ['v1'] });
    doc = closeIteration(doc, T1);
    expect(review(currentScorecard(doc), CATALOGUE)).toEqual([]);
  });

  it('without a snapshot, the review compares every record with nothing selected', () => {
    const doc = withWork({ 'GGI-A-17': 'Done', 'GGI-A-18': 'In Progress', 'GGI-A-21': 'Not Selected' });
    expect(review(currentScorecard(doc), CATALOGUE).map((i) => [i.activityId, i.change])).toEqual([
      ['GGI-A-17', 'done'],
      ['GGI-A-18', 'progressed'],
    ]);
  });
});
