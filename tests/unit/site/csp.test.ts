import { describe, expect, it } from 'vitest';
import { cspHash, SCORECARD_PREPAINT_SCRIPT, THEME_SCRIPT } from '../../../src/lib/site/csp.ts';
import { STORAGE_KEY } from '../../../src/lib/scorecard/vocabulary.ts';

describe('cspHash', () => {
  it('is the sha256 source a browser computes over the exact text between the tags', () => {
    // echo -n 'x()' | openssl dgst -sha256 -binary | base64
    expect(cspHash('x()')).toBe('sha256-D6IGS8VMvCoyaR/l0h9tERrBTATY01CoPS7l6xDv0kI=');
    expect(cspHash('x()\n')).not.toBe(cspHash('x()'));
  });
});

describe('the pre-paint theme script', () => {
  it('applies a stored light or dark theme, and nothing else, before the first paint', () => {
    const run = (stored: string | null, storage = true) => {
      const documentElement = { dataset: {} as Record<string, string> };
      const localStorage = {
        getItem: () => {
          if (!storage) throw new Error('storage refused');
          return stored;
        },
      };
      new Function('localStorage', 'document', THEME_SCRIPT)(localStorage, { documentElement });
      return documentElement.dataset.theme;
    };
    expect(run('dark')).toBe('dark');
    expect(run('light')).toBe('light');
    expect(run('purple')).toBeUndefined();
    expect(run(null)).toBeUndefined();
    expect(run('dark', false)).toBeUndefined();
  });
});

describe("the scorecard page's pre-paint script", () => {
  const run = (stored: string | null, hash = '', storage = true) => {
    const documentElement = { dataset: {} as Record<string, string> };
    const localStorage = {
      getItem: (key: string) => {
        if (!storage) throw new Error('storage refused');
        return key === STORAGE_KEY ? stored : null;
      },
    };
    new Function('localStorage', 'document', 'location', SCORECARD_PREPAINT_SCRIPT)(
      localStorage,
      { documentElement },
      { hash },
    );
    return documentElement.dataset.scorecardStored;
  };
  it('marks the page when this browser keeps a scorecard, even an empty or unreadable one', () => {
    expect(run('{"format":"ospo-zone-scorecard"}')).toBe('');
    expect(run('')).toBe('');
  });
  it('marks the page for a share link, which shows a read-only copy instead', () => {
    expect(run(null, '#share=abc')).toBe('');
  });
  it('leaves a first visit unmarked, so its "No scorecard yet" notice shows, and ignores storage errors', () => {
    expect(run(null)).toBeUndefined();
    expect(run(null, '#GGI-A-01')).toBeUndefined();
    expect(run('x', '', false)).toBeUndefined();
  });
});
