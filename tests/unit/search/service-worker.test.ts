import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../../src/integrations/search-and-offline.ts';
import {
  navigationRules,
  PRECACHE_ROUTE,
  serviceWorkerOptions,
  underScope,
  workerScope,
} from '../../../src/lib/search/service-worker.ts';

/** Whether Workbox's navigation route would answer `path` with the fallback (denylist first, as Workbox does). */
function fallbackAnswers(path: string, scope: string): boolean {
  const { allowlist, denylist } = navigationRules(scope);
  return !denylist.some((r) => r.test(path)) && allowlist.some((r) => r.test(path));
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
    expect(navigationRules('/ospo-zone/').fallback).toBe('/ospo-zone/404.html');
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

  it('precaches files under the base path, from the given folder, into the worker given', () => {
    const o = serviceWorkerOptions('dist-base', '/tmp/sw-src/sw.js', '/ospo-zone/');
    expect(o.globDirectory).toBe('dist-base');
    expect(o.swSrc).toBe('/tmp/sw-src/sw.js');
    expect(o.swDest).toBe('dist-base/sw.js');
    expect(o.modifyURLPrefix).toEqual({ '': '/ospo-zone/' });
  });

  it('serves a folder by its index.html and ignores every query string', () => {
    expect(PRECACHE_ROUTE.directoryIndex).toBe('index.html');
    expect(PRECACHE_ROUTE.ignoreURLParametersMatching.some((r) => r.test('ts'))).toBe(true);
    expect(PRECACHE_ROUTE.ignoreURLParametersMatching.some((r) => r.test('q'))).toBe(true);
  });

  it('writes a worker that precaches every page, asset and Pagefind file of the build once, and neither itself nor other files', async () => {
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
        'notes.md',
      ];
      for (const f of files) {
        mkdirSync(dirname(join(dir, f)), { recursive: true });
        writeFileSync(join(dir, f), f);
      }
      const { count } = await writeServiceWorker(dir, '/ospo-zone/');
      const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
      expect(worker).not.toContain('__WB_MANIFEST');
      // The worker is minified: its one JSON array of entries is the precache list.
      const entries = JSON.parse(worker.match(/\[\{"(?:revision|url)":.*?\}\]/)![0]) as {
        url: string;
        revision: string;
      }[];
      const urls = entries.map((e) => e.url).sort();
      const expected = files
        .filter((f) => !['sw.js', 'notes.md'].includes(f))
        .map((f) => `/ospo-zone/${f}`)
        .sort();
      expect(urls).toEqual(expected);
      expect(count).toBe(expected.length);
      expect(entries.every((e) => /^[0-9a-f]{32}$/.test(e.revision))).toBe(true);
      // The scope is built in (the navigation rules are those under /ospo-zone/), the workbox
      // modules' development checks are not.
      expect(worker).toContain('("/ospo-zone/")');
      expect(worker).not.toContain('process.env');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
