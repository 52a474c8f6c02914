import { describe, expect, it } from 'vitest';
import { migrateDocument, MigrationError } from '../../../src/lib/scorecard/migrate.ts';
import { emptyDocument } from '../../../src/lib/scorecard/model.ts';
import { documentSchema } from '../../../src/lib/scorecard/schema.ts';
import { deepFreeze, T0 } from './helpers.ts';

/** A document as the first draft stored it. */
const VERSION_1 = {
  version: 1,
  name: 'Ministry of Examples',
  activities: {
    'GGI-A-17': { status: 'In Progress', checked: [0, 2], notes: 'Start with the platform team.' },
    'GGI-A-28': { status: 'Done', checked: [] },
  },
};

describe('migration', () => {
  it('turns version 1 into one valid version-2 scorecard, points by position becoming v<position + 1>', () => {
    const raw = deepFreeze(structuredClone(VERSION_1));
    const doc = migrateDocument(raw, T0);
    const parsed = documentSchema.parse(doc);
    expect(parsed.scorecards).toHaveLength(1);
    const sc = parsed.scorecards[0];
    expect(parsed.current).toBe(sc.id);
    expect(sc).toMatchObject({
      name: 'Ministry of Examples',
      created: '2026-01-05T14:46:11.000Z',
      iteration: { name: 'Iteration 1', started: '2026-01-05' },
      snapshots: [],
    });
    expect(sc.activities['GGI-A-17']).toMatchObject({
      status: 'In Progress',
      points: { v1: '', v3: '' },
      updated: '2026-01-05T14:46:11.000Z',
    });
    expect(sc.activities['GGI-A-17'].fields.operationalNotes).toBe('Start with the platform team.');
    expect(sc.activities['GGI-A-28']).toMatchObject({ status: 'Done', points: {} });
    expect(raw).toEqual(VERSION_1);
  });

  it('gives the same result for the same input and time', () => {
    expect(migrateDocument(VERSION_1, T0)).toEqual(migrateDocument(VERSION_1, T0));
  });

  it('returns a version-2 document as it is', () => {
    const doc = deepFreeze(emptyDocument(T0));
    expect(migrateDocument(doc, T0)).toBe(doc);
  });

  it('leaves what is not an object for the schema to refuse', () => {
    expect(migrateDocument([1, 2], T0)).toEqual([1, 2]);
    expect(migrateDocument(null, T0)).toBeNull();
  });

  it('refuses an unknown version, saying which versions it reads and that a newer portal may have written it', () => {
    expect(() => migrateDocument({ format: 'ospo-zone-scorecard', version: 3 }, T0)).toThrow(
      new MigrationError(
        'version: 3 is not a version this portal reads (1 or 2); the file may come from a newer portal',
      ),
    );
    expect(() => migrateDocument({ format: 'ospo-zone-scorecard', version: '2' }, T0)).toThrow(
      'version: "2" is not a version this portal reads (1 or 2)',
    );
  });

  it('refuses a document without a version, and a version 2 without the format', () => {
    expect(() => migrateDocument({ format: 'ospo-zone-scorecard' }, T0)).toThrow('version: missing');
    expect(() => migrateDocument({ version: 2, scorecards: [] }, T0)).toThrow('format: missing');
  });

  it('refuses another format, quoting it', () => {
    expect(() => migrateDocument({ format: 'my-ggi-board', version: 2 }, T0)).toThrow(
      'format: expected "ospo-zone-scorecard", found "my-ggi-board": this is not an OSPO.Zone scorecard document',
    );
  });

  it('refuses a version-1 point position that is not a whole number from 0', () => {
    const raw = { version: 1, activities: { 'GGI-A-17': { status: 'Done', checked: [1, -1] } } };
    expect(() => migrateDocument(raw, T0)).toThrow(
      'activities.GGI-A-17.checked[1]: expected a point position (0, 1, 2, …), found -1',
    );
    expect(() => migrateDocument({ version: 1, activities: { 'GGI-A-17': 'Done' } }, T0)).toThrow(
      'activities.GGI-A-17: expected an object',
    );
  });

  it('a version-1 document with a wrong status migrates, and the schema then names the field', () => {
    const raw = { version: 1, name: 'X', activities: { 'GGI-A-17': { status: 'Started', checked: [] } } };
    const r = documentSchema.safeParse(migrateDocument(raw, T0));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(['scorecards', 0, 'activities', 'GGI-A-17', 'status']);
  });
});
