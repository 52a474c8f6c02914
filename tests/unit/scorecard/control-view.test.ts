import { describe, expect, it } from 'vitest';
import {
  announcement,
  controlView,
  earlierPointsNote,
  summary,
  type ControlView,
} from '../../../src/lib/scorecard/control-view.ts';
import type { ActivityRecord, ScorecardDocument } from '../../../src/lib/scorecard/types.ts';
import { browserBundle } from './helpers.ts';

/** A record as the scorecard stores it, with `status` and ticked `points` (id → text). */
function record(status: ActivityRecord['status'], points: Record<string, string> = {}): ActivityRecord {
  return {
    status,
    points,
    fields: { customizedDescription: '', opportunityAssessment: '', objectives: '', tools: '', operationalNotes: '' },
    owner: '',
    target: '',
    updated: '2026-03-02T10:00:00.000Z',
  };
}

/** A stored document (as text) with two scorecards, the second current, holding `activities`. */
function stored(activities: Record<string, ActivityRecord>): string {
  const doc: ScorecardDocument = {
    format: 'ospo-zone-scorecard',
    version: 2,
    current: 'b',
    scorecards: [
      {
        id: 'a',
        name: 'Head office',
        created: '2026-01-01T00:00:00.000Z',
        iteration: { name: 'Iteration 1', started: '2026-01-01' },
        activities: { 'GGI-A-17': record('Done', { v1: 'x' }) },
        snapshots: [],
      },
      {
        id: 'b',
        name: 'Research department',
        created: '2026-02-01T00:00:00.000Z',
        iteration: { name: 'Iteration 1', started: '2026-02-01' },
        activities,
        snapshots: [],
      },
    ],
  };
  return JSON.stringify(doc);
}

describe('the view of the scorecard control', () => {
  it('shows Not Selected and nothing ticked when nothing is stored yet', () => {
    expect(controlView(null, 'GGI-A-17')).toEqual({ state: 'empty', status: 'Not Selected', ticked: [] });
  });

  it("shows the current scorecard's name, the activity's status and its ticked points", () => {
    const raw = stored({ 'GGI-A-17': record('In Progress', { v2: 'Second point', v3: 'Third point' }) });
    expect(controlView(raw, 'GGI-A-17')).toEqual({
      state: 'ok',
      name: 'Research department',
      status: 'In Progress',
      ticked: ['v2', 'v3'],
    });
  });

  it('shows an activity the current scorecard has no record of as Not Selected, even when another scorecard has one', () => {
    expect(controlView(stored({}), 'GGI-A-17')).toEqual({
      state: 'ok',
      name: 'Research department',
      status: 'Not Selected',
      ticked: [],
    });
  });

  it('does not take an inherited property for a record', () => {
    expect(controlView(stored({}), 'constructor')).toMatchObject({ state: 'ok', status: 'Not Selected', ticked: [] });
  });

  it.each([
    ['text that is not JSON', '{"format": "ospo-zone-scorecard", "version": 2, "scor'],
    ['another kind of JSON', JSON.stringify({ theme: 'dark' })],
    ['an unknown version', stored({}).replace('"version":2', '"version":99')],
  ])('says the document cannot be read when the stored value is %s', (_what, raw) => {
    expect(controlView(raw, 'GGI-A-17')).toEqual({ state: 'unreadable' });
  });
});

describe("the control's summary and announcements", () => {
  const view: ControlView = { state: 'ok', name: 'Research department', status: 'In Progress', ticked: ['v1', 'old'] };

  it('counts only the ticked points the page shows', () => {
    expect(summary(view, ['v1', 'v2', 'v3'])).toBe('In Progress, 1 of 3 points ticked');
    expect(summary(view, ['v1'])).toBe('In Progress, 1 of 1 point ticked');
    expect(summary(view, [])).toBe('In Progress');
  });

  it('points to the scorecard page for ticked points the handbook no longer has, and says nothing when there are none', () => {
    expect(earlierPointsNote(view, ['v1', 'v2'])).toBe(
      'One ticked point comes from an earlier version of the handbook: the scorecard page shows it.',
    );
    expect(earlierPointsNote({ ...view, ticked: ['v8', 'v9', 'v1'] }, ['v1'])).toMatch(
      /^2 ticked points come .* shows them\.$/,
    );
    expect(earlierPointsNote(view, ['v1', 'old'])).toBe('');
    expect(earlierPointsNote({ state: 'unreadable' }, ['v1'])).toBe('');
  });

  it('names the scorecard a change was saved in', () => {
    expect(announcement({ kind: 'status', status: 'Done' }, view, [])).toBe(
      'Status Done, saved in “Research department”.',
    );
    expect(announcement({ kind: 'point', ticked: false }, view, [])).toBe(
      'Point unticked, saved in “Research department”.',
    );
  });

  it('says when a tick set the activity In Progress', () => {
    expect(announcement({ kind: 'point', ticked: true, started: 'GGI-A-21' }, view, [])).toBe(
      'Point ticked; GGI-A-21 is now In Progress, saved in “Research department”.',
    );
  });

  it('gives the new state after a change in another tab', () => {
    expect(announcement({ kind: 'elsewhere' }, view, ['v1', 'v2'])).toBe(
      'Changed in another tab: In Progress, 1 of 2 points ticked.',
    );
  });

  it('says when a change could not be saved, and why', () => {
    expect(announcement({ kind: 'not-saved', reason: 'full' }, view, [])).toMatch(/^Not saved: .*full/);
    expect(announcement({ kind: 'not-saved', reason: 'unavailable' }, view, [])).toMatch(/^Not saved: .*private mode/);
  });

  it('says an unreadable document is left alone and where to recover it', () => {
    expect(announcement({ kind: 'unreadable' }, { state: 'unreadable' }, [])).toMatch(
      /cannot be read.*changes nothing.*scorecard page/,
    );
  });
});

describe("the activity page's control script", () => {
  it('bundles without zod, the schema or the full storage module, in under 3 kB gzipped', async () => {
    const { inputs, gzipped } = await browserBundle('src/scripts/scorecard/control.ts');
    expect(inputs.filter((i) => /zod|papaparse|schema\.ts|storage\.ts|migrate\.ts/.test(i))).toEqual([]);
    expect(gzipped).toBeLessThan(3000);
  });
});
