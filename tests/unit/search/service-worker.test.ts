import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getManifest } from 'workbox-build';
import { serviceWorkerOptions, underScope, workerScope } from '../../../src/lib/search/service-worker.ts';

/** Whether Workbox's navigation route would answer `path` with the fallback (denylist first, as Workbox does). */
function fallbackAnswers(path: string, scope: string): boolean {
  const { navigateFallbackAllowlist: allow = [], navigateFallbackDenylist: deny = [] } = serviceWorkerOptions(
    'dist',
    scope,
  );
  return !deny.some((r) => r.test(path)) && allow.some((r) => r.test(path));
}

describe('the service worker scope', () => {
  it('is the base path with one trailing slash', () => {
    expect(workerScope(undefined)).toBe('/');
    expect(workerScope('')).toBe('/');
    expect(workerScope('/ospo-zone')).toBe('/ospo-zone/');
    expect(workerScope('/ospo-zone/')).toBe('/ospo-zone/');
    expect(workerScope('/ospo-zone//')).toBe('/ospo-zone/');
  });

  it('matches paths under it and no other, special characters taken literally', () => {
    const r = underScope('/ospo-zone/');
    expect(['/ospo-zone/', '/ospo-zone/ggi/', '/ospo-zone/search/?q=x'].filter((p) => r.test(p))).toHaveLength(3);
    expect(['/', '/ospo-zone', '/ospo-zone-2/', '/elsewhere/ospo-zone/'].filter((p) => r.test(p))).toEqual([]);
    expect(underScope('/a.b/').test('/axb/')).toBe(false);
  });
});

describe('the navigation fallback (the 404 page for pages the worker does not hold)', () => {
  it('is the 404 page under the base path', () => {
    expect(serviceWorkerOptions('dist-base', '/ospo-zone/').navigateFallback).toBe('/ospo-zone/404.html');
  });

  it('answers navigations under the base path only', () => {
    expect(fallbackAnswers('/ospo-zone/no-such-page/', '/ospo-zone/')).toBe(true);
    expect(fallbackAnswers('/other-project/', '/ospo-zone/')).toBe(false);
    expect(fallbackAnswers('/ospo-zone', '/ospo-zone/')).toBe(false);
    expect(fallbackAnswers('/other-project/', '/')).toBe(true); // at the root, everything is the portal
  });

  it('never answers for a data file or for Pagefind', () => {
    expect(fallbackAnswers('/ospo-zone/api/ggi.json', '/ospo-zone/')).toBe(false);
    expect(fallbackAnswers('/ospo-zone/onramp/series.ics', '/ospo-zone/')).toBe(false);
    expect(fallbackAnswers('/ospo-zone/pagefind/', '/ospo-zone/')).toBe(false);
  });

  it('precaches files under the base path, from the given folder', () => {
    const o = serviceWorkerOptions('dist-base', '/ospo-zone/');
    expect(o.globDirectory).toBe('dist-base');
    expect(o.swDest).toBe('dist-base/sw.js');
    expect(o.modifyURLPrefix).toEqual({ '': '/ospo-zone/' });
  });

  it('precaches every page, asset and Pagefind file of the build once, and neither the worker nor other files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-test-'));
    try {
      const files = [
        'index.html',
        'ggi/index.html',
        '_astro/site.css',
        '_astro/app.js',
        'api/ggi.json',
        'onramp/series.ics',
        'pagefind/pagefind.js',
        'pagefind/pagefind-ui.css',
        'pagefind/pagefind-entry.json',
        'pagefind/wasm.en.pagefind',
        'pagefind/fragment/en_1.pf_fragment',
        'sw.js',
        'workbox-1234.js',
        'notes.md',
      ];
      for (const f of files) {
        mkdirSync(dirname(join(dir, f)), { recursive: true });
        writeFileSync(join(dir, f), f);
      }
      const { globDirectory, globPatterns, globIgnores, modifyURLPrefix, maximumFileSizeToCacheInBytes } =
        serviceWorkerOptions(dir, '/ospo-zone/');
      const { manifestEntries } = await getManifest({
        globDirectory,
        globPatterns,
        globIgnores,
        modifyURLPrefix,
        maximumFileSizeToCacheInBytes,
      });
      const urls = manifestEntries!.map((e) => (typeof e === 'string' ? e : e.url)).sort();
      expect(urls).toEqual(
        files
          .filter((f) => !['sw.js', 'workbox-1234.js', 'notes.md'].includes(f))
          .map((f) => `/ospo-zone/${f}`)
          .sort(),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
