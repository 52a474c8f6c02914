import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../src/lib/scorecard/model.ts';
import { setField, setStatus } from '../../../src/lib/scorecard/edits.ts';
import { createScorecard } from '../../../src/lib/scorecard/manage.ts';
import { readCurrent, writeActivityChange } from '../../../src/lib/scorecard/reader.ts';
import { documentSchema } from '../../../src/lib/scorecard/schema.ts';
import type { ScorecardDocument } from '../../../src/lib/scorecard/types.ts';
import { browserBundle, T0, T1 } from './helpers.ts';

const POINT = { id: 'v2', text: 'The list is kept current.' };

/** A stored text: two scorecards, the second current, with a note in A-17 of the first. */
function stored(): string {
  let doc = setField(emptyDocument(T0, 'Head office'), 'GGI-A-17', 'tools', 'Our SCA tool', T0);
  doc = createScorecard(doc, 'Lab', T0);
  return JSON.stringify(doc);
}

describe('reading the current scorecard', () => {
  it('gives the document and its current scorecard', () => {
    const r = readCurrent(stored());
    expect(r?.scorecard.name).toBe('Lab');
    expect(r?.doc.scorecards).toHaveLength(2);
  });

  it('gives nothing for no value, bad JSON, another format or version, or a current that names no scorecard', () => {
    const doc = JSON.parse(stored()) as ScorecardDocument;
    for (const raw of [
      null,
      '{',
      '[]',
      JSON.stringify({ ...doc, format: 'other' }),
      JSON.stringify({ ...doc, version: 1 }),
      JSON.stringify({ ...doc, current: 'gone' }),
      JSON.stringify({ ...doc, scorecards: {} }),
      JSON.stringify({ ...doc, scorecards: doc.scorecards.map((s) => ({ ...s, activities: [] })) }),
    ])
      expect(readCurrent(raw), String(raw).slice(0, 60)).toBeNull();
  });
});

describe('writing a change from an activity page', () => {
  it('changes the status and points of the one activity in the current scorecard and keeps the rest as stored', () => {
    const raw = stored();
    let next = writeActivityChange(raw, 'GGI-A-17', { status: 'In Progress' }, T1)!;
    next = writeActivityChange(next, 'GGI-A-17', { point: { point: POINT, ticked: true } }, T1)!;
    const before = JSON.parse(raw) as ScorecardDocument;
    const after = documentSchema.parse(JSON.parse(next));
    expect(after.scorecards[0]).toEqual(before.scorecards[0]);
    expect(after.scorecards[1].activities['GGI-A-17']).toMatchObject({
      status: 'In Progress',
      points: { v2: POINT.text },
      updated: T1.toISOString(),
    });
    expect(JSON.parse(raw)).toEqual(before);
  });

  it('unticks a point, and makes both changes given together', () => {
    const ticked = writeActivityChange(
      stored(),
      'GGI-A-18',
      { status: 'Done', point: { point: POINT, ticked: true } },
      T1,
    )!;
    const r = readCurrent(writeActivityChange(ticked, 'GGI-A-18', { point: { point: POINT, ticked: false } }, T1))!;
    expect(r.scorecard.activities['GGI-A-18']).toMatchObject({ status: 'Done', points: {} });
  });

  it('with nothing stored, creates a valid document holding the change', () => {
    const next = writeActivityChange(null, 'GGI-A-28', { status: 'Done' }, T1)!;
    const doc = documentSchema.parse(JSON.parse(next));
    expect(doc.scorecards[0].name).toBe('My scorecard');
    expect(doc.scorecards[0].activities['GGI-A-28'].status).toBe('Done');
  });

  it('refuses to write over a value it cannot read, or a record that is not one', () => {
    expect(writeActivityChange('{"not":"a scorecard"}', 'GGI-A-17', { status: 'Done' }, T1)).toBeNull();
    expect(writeActivityChange('garbage', 'GGI-A-17', { status: 'Done' }, T1)).toBeNull();
    const doc = setStatus(emptyDocument(T0), 'GGI-A-17', 'Done', T0);
    (doc.scorecards[0].activities['GGI-A-17'] as unknown as { points: unknown }).points = null;
    expect(writeActivityChange(JSON.stringify(doc), 'GGI-A-17', { status: 'Done' }, T1)).toBeNull();
  });
});

describe('the reader’s weight', () => {
  it('bundles without zod, in under 2 kB gzipped', async () => {
    const { inputs, gzipped } = await browserBundle('src/lib/scorecard/reader.ts');
    expect(inputs.filter((i) => /zod|schema\.ts/.test(i))).toEqual([]);
    expect(gzipped).toBeLessThan(2000);
  });
});
