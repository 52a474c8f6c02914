import { describe, expect, it } from 'vitest';
import { cspHash, THEME_SCRIPT } from '../../../src/lib/site/csp.ts';

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
