import { describe, expect, it } from 'vitest';
import { downloadName } from '../../../src/lib/scorecard/manage.ts';

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
