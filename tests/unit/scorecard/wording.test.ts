import { describe, expect, it } from 'vitest';
import { tally } from './helpers.ts';
import { pointAnnouncement, problemsSentence, statusAnnouncement } from '../../../src/lib/scorecard/wording.ts';

describe('the announcements', () => {
  it('name the activity, its new status, and where its goal and the whole scorecard stand', () => {
    expect(
      statusAnnouncement(
        'Upstream first',
        'In Progress',
        { title: 'Culture', tally: tally({ selected: 2, done: 1 }) },
        tally({ activities: 25, selected: 4, done: 1 }),
      ),
    ).toBe('Upstream first: In Progress. Culture: 2 of 5 selected, 1 done. All goals: 4 of 25 selected, 1 done.');
  });
  it('count the points of the activity after a tick and after an untick', () => {
    expect(pointAnnouncement('Upstream first', true, 3, 5)).toBe('Point met, 3 of 5 for Upstream first.');
    expect(pointAnnouncement('Upstream first', false, 2, 5)).toBe('Point no longer met, 2 of 5 for Upstream first.');
  });
  it('say when a tick set the activity In Progress', () => {
    expect(pointAnnouncement('Upstream first', true, 1, 5, true)).toBe(
      'Point met, 1 of 5 for Upstream first, which is now In Progress.',
    );
  });
});

describe('problemsSentence', () => {
  it('joins problems into one sentence with a single full stop at the end', () => {
    expect(problemsSentence(['The link is damaged: ask for it again.'])).toBe('The link is damaged: ask for it again.');
    expect(problemsSentence(['not valid JSON', 'too long.'])).toBe('not valid JSON; too long.');
  });
});
