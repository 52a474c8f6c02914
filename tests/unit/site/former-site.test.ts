import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMER_REDIRECTS, OFF_PORTAL_PATHS } from '../../../src/lib/site/former-site.ts';
import { newsPath, onrampSessionPath, pagePath } from '../../../src/lib/routes.ts';

/** File names (without .md) of the entries of a content folder, templates left out. */
const names = (folder: string) =>
  readdirSync(`content/${folder}`)
    .filter((f) => f.endsWith('.md') && !f.startsWith('_'))
    .map((f) => f.slice(0, -3));

/** Site paths of the news posts, OnRamp sessions and stand-alone pages in content/. */
const contentPaths = new Set([
  ...names('news').map((n) => newsPath(n)),
  ...names('onramp').map((n) => onrampSessionPath(n)),
  ...names('pages').map((n) => pagePath(n)),
]);

describe('the old addresses of the former site', () => {
  it('each redirect to a page that the content produces', () => {
    for (const r of FORMER_REDIRECTS) expect(contentPaths.has(r.to), `${r.from} → ${r.to}`).toBe(true);
  });
  it('never take the address of a page of the portal', () => {
    for (const r of FORMER_REDIRECTS) expect(contentPaths.has(r.from), r.from).toBe(false);
  });
  it('are written as paths with a leading and a trailing slash, each once', () => {
    for (const r of FORMER_REDIRECTS) expect(r.from).toMatch(/^\/.+\/$/);
    expect(new Set(FORMER_REDIRECTS.map((r) => r.from)).size).toBe(FORMER_REDIRECTS.length);
  });
});

describe('the off-portal paths', () => {
  it('are files (a path with an extension), each with its reason', () => {
    for (const o of OFF_PORTAL_PATHS) {
      expect(o.path).toMatch(/^\/[^?#]+\.[a-z0-9]+$/i);
      expect(o.reason.length).toBeGreaterThan(20);
    }
  });
});

describe('the governance page', () => {
  it("is a stand-alone page at /governance/, the address of the former site's charter", () => {
    expect(contentPaths.has('/governance/')).toBe(true);
  });
});
