import { describe, expect, it } from 'vitest';
import { activityById, activityByTitle, buildCatalogue, titleKey } from '../../../src/lib/scorecard/catalogue.ts';
import { POINT_ID_PATTERN } from '../../../src/lib/scorecard/vocabulary.ts';
import { CATALOGUE, realCatalogue } from './helpers.ts';

describe('building the catalogue', () => {
  it('orders goals by their order and activities by goal, then by id number', () => {
    const c = buildCatalogue({
      goals: [
        { id: 'trust', title: 'Trust', order: 2 },
        { id: 'usage', title: 'Usage', order: 1 },
      ],
      activities: [
        {
          id: 'GGI-A-21',
          title: 'T',
          goal: 'trust',
          roles: ['developer'],
          verification: [],
          path: '/t/',
          handbook: '1.3',
        },
        { id: 'GGI-A-42', title: 'U2', goal: 'usage', roles: [], verification: [], path: '/u2/', handbook: '1.2' },
        {
          id: 'GGI-A-17',
          title: 'U1',
          goal: 'usage',
          roles: ['team-leader'],
          verification: [{ id: 'v1', text: 'One.' }],
          path: '/u1/',
          aliases: ['old_name'],
          handbook: '1.3',
        },
      ],
    });
    expect(c.goals).toEqual([
      { id: 'usage', title: 'Usage' },
      { id: 'trust', title: 'Trust' },
    ]);
    expect(c.activities.map((a) => a.id)).toEqual(['GGI-A-17', 'GGI-A-42', 'GGI-A-21']);
    expect(c.activities[0]).toEqual({
      id: 'GGI-A-17',
      title: 'U1',
      formerTitles: ['old name'],
      goal: 'usage',
      roles: ['team-leader'],
      path: '/u1/',
      points: [{ id: 'v1', text: 'One.' }],
    });
    expect(c.handbook).toBe('1.2, 1.3');
  });

  it('from the real handbook: 25 activities in 5 goals, GGI-A-28 with its former title, points with valid ids', () => {
    const c = realCatalogue();
    expect(c.goals.map((g) => g.id)).toEqual(['usage', 'trust', 'culture', 'engagement', 'strategy']);
    expect(c.activities).toHaveLength(25);
    expect(c.activities[0].id).toBe('GGI-A-17');
    const hr = activityById(c, 'GGI-A-28')!;
    expect(hr).toMatchObject({
      title: 'Human Resources perspective',
      formerTitles: ['hr perspective'],
      path: '/ggi/activities/human_resources_perspective/',
    });
    for (const a of c.activities) {
      expect(a.points.length, a.id).toBeGreaterThanOrEqual(2);
      for (const p of a.points) expect(p.id, a.id).toMatch(POINT_ID_PATTERN);
      expect(new Set(a.points.map((p) => p.id)).size, a.id).toBe(a.points.length);
    }
  });
});

describe('finding an activity by title', () => {
  it('ignores case, accents and punctuation', () => {
    expect(titleKey('  C-Level   awareness! ')).toBe('c level awareness');
    expect(titleKey('Évaluer l’opportunité')).toBe('evaluer l opportunite');
    expect(activityByTitle(CATALOGUE, 'manage LEGAL compliance.')?.id).toBe('GGI-A-21');
  });

  it('finds GGI-A-28 by its former title "HR perspective"', () => {
    expect(activityByTitle(CATALOGUE, 'HR perspective')?.id).toBe('GGI-A-28');
    expect(activityByTitle(realCatalogue(), 'HR Perspective')?.id).toBe('GGI-A-28');
  });

  it('finds nothing for an unknown or empty title', () => {
    expect(activityByTitle(CATALOGUE, 'Something else')).toBeUndefined();
    expect(activityByTitle(CATALOGUE, ' ,, ')).toBeUndefined();
  });
});
