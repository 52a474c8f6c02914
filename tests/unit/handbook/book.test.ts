import { describe, expect, it } from 'vitest';
import { bookCover, CONTENT_LICENCE, handbookVersions } from '../../../src/lib/handbook/book.ts';

describe('handbookVersions', () => {
  it('lists each version once, oldest first, by number rather than by letter', () => {
    expect(
      handbookVersions([{ handbook: '1.10' }, { handbook: '1.3' }, { handbook: '1.3' }, { handbook: '1.2' }]),
    ).toEqual(['1.2', '1.3', '1.10']);
  });

  it('throws on a handbook without activities', () => {
    expect(() => handbookVersions([])).toThrow('no activities');
  });
});

describe('bookCover', () => {
  const built = new Date('2026-12-02T23:30:00Z');

  it('names one version, the licence, the build day and the PDF of that version', () => {
    expect(bookCover([{ handbook: '1.3' }, { handbook: '1.3' }], built)).toEqual({
      version: '1.3',
      latest: '1.3',
      licence: CONTENT_LICENCE,
      date: '2026-12-02',
      pdfPath: '/ggi/ggi-handbook-1.3.pdf',
    });
  });

  it('names every version of a partly updated handbook and the PDF after the newest', () => {
    const cover = bookCover([{ handbook: '1.3' }, { handbook: '1.1' }, { handbook: '1.2' }], built);
    expect(cover.version).toBe('1.1, 1.2 and 1.3');
    expect(cover.pdfPath).toBe('/ggi/ggi-handbook-1.3.pdf');
  });
});
