import { describe, expect, it } from 'vitest';
import { createScorecard, downloadName, scorecardNameProblem } from '../../../src/lib/scorecard/manage.ts';
import { emptyDocument } from '../../../src/lib/scorecard/model.ts';

describe('downloadName', () => {
  const now = new Date('2025-12-02T10:00:00.000Z');
  it('dates the JSON of the whole document', () => {
    expect(downloadName('json', now)).toBe('ggi-scorecards-2025-12-02.json');
  });
  it('names the CSV after the scorecard, as a slug without accents or punctuation', () => {
    expect(downloadName('csv', now, 'Équipe «Achats» / 2026')).toBe('ggi-scorecard-equipe-achats-2026-2025-12-02.csv');
    expect(downloadName('csv', now, '!!!')).toBe('ggi-scorecard-2025-12-02.csv');
  });
});

describe('scorecardNameProblem', () => {
  const now = new Date('2025-12-02T10:00:00.000Z');
  const doc = createScorecard(emptyDocument(now), 'Legal', now);
  const [first, legal] = doc.scorecards;

  it('refuses a name of spaces only', () => {
    expect(scorecardNameProblem(doc, '   ')).toMatch(/only spaces/);
  });
  it('refuses the name another scorecard has, whatever its case and spaces', () => {
    expect(scorecardNameProblem(doc, '  legal ')).toBe(
      'Another scorecard is already called “Legal”: choose another name.',
    );
    expect(scorecardNameProblem(doc, 'Legal', first!.id)).toMatch(/already called/);
  });
  it('takes a free name, and a scorecard keeping its own name', () => {
    expect(scorecardNameProblem(doc, 'Purchasing')).toBeUndefined();
    expect(scorecardNameProblem(doc, 'Legal', legal!.id)).toBeUndefined();
  });
});
