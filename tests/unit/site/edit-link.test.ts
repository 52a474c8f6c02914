import { describe, expect, it } from 'vitest';
import { editUrl } from '../../../src/lib/site/edit-link.ts';
import { redirectPaths } from '../../../src/lib/site/redirects.ts';
import type { Entry } from '../../../src/lib/content/entries.ts';

describe('editUrl', () => {
  it('points to the web editor of the file on the main branch', () => {
    expect(editUrl('https://github.com/org/repo/', 'content/activities/en/x.md')).toBe(
      'https://github.com/org/repo/edit/main/content/activities/en/x.md',
    );
  });
});

describe('redirectPaths', () => {
  it('gives the id address of each English activity and the address of each former slug', () => {
    const data = {
      title: 'X',
      goal: 'usage',
      roles: ['developer'],
      summary: 'X.',
      verification: [
        { id: 'v1', text: 'A.' },
        { id: 'v2', text: 'B.' },
      ],
      next: [],
      handbook: '1.3',
    } as const;
    const entry = (lang: string, id: string, aliases?: string[]): Entry => ({
      collection: 'activities',
      path: `activities/${lang}/x.md`,
      name: 'x',
      lang,
      data: {
        ...data,
        roles: [...data.roles],
        verification: data.verification.map((v) => ({ ...v })),
        next: [],
        id,
        aliases,
      },
    });
    expect(
      redirectPaths([entry('en', 'GGI-A-28', ['hr_perspective']), entry('fr', 'GGI-A-28', ['rh'])]).filter((p) =>
        p.startsWith('/ggi/'),
      ),
    ).toEqual(['/ggi/GGI-A-28/', '/ggi/activities/hr_perspective/']);
  });
  it('adds the old addresses of the former site, so that they stay out of the sitemap too', () => {
    expect(redirectPaths([])).toEqual([
      '/news/20251017_onramp_ocsin_open_source_strategy/',
      '/news/20260112_quarterly_q4_update_recap/',
      '/news/2025-12-01-ggi-handbook-1-3/',
    ]);
  });
});
