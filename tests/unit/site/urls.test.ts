import { describe, expect, it } from 'vitest';
import { newsPath, onrampSessionPath, pagePath } from '../../../src/lib/routes.ts';
import { sitePathOf, withBase } from '../../../src/lib/site/urls.ts';

describe('withBase', () => {
  it('adds the trailing slash to a page path', () => {
    expect(withBase('/', 'ggi')).toBe('/ggi/');
    expect(withBase('/', '/ggi/goals/usage')).toBe('/ggi/goals/usage/');
  });
  it('leaves file paths without a trailing slash', () => {
    expect(withBase('/', 'rss.xml')).toBe('/rss.xml');
    expect(withBase('/ospo-zone/', 'pagefind/pagefind-ui.js')).toBe('/ospo-zone/pagefind/pagefind-ui.js');
  });
  it('puts the base path in front, with or without its own trailing slash', () => {
    expect(withBase('/ospo-zone/', 'ggi/')).toBe('/ospo-zone/ggi/');
    expect(withBase('/ospo-zone', 'ggi/')).toBe('/ospo-zone/ggi/');
  });
  it('gives the base itself for the home page', () => {
    expect(withBase('/', '')).toBe('/');
    expect(withBase('/ospo-zone/', '/')).toBe('/ospo-zone/');
  });
  it('keeps a fragment or query after the trailing slash', () => {
    expect(withBase('/', 'ggi#goals')).toBe('/ggi/#goals');
    expect(withBase('/', 'search?q=sbom')).toBe('/search/?q=sbom');
  });
});

describe('route functions', () => {
  it('give the site path of a stand-alone page, a news post and an OnRamp session', () => {
    expect(pagePath('governance')).toBe('/governance/');
    expect(newsPath('2021-06-23-ospo-alliance-launched')).toBe('/news/2021-06-23-ospo-alliance-launched/');
    expect(onrampSessionPath('2025-10-17-open-source-strategy-geneva')).toBe(
      '/onramp/2025-10-17-open-source-strategy-geneva/',
    );
  });
  it('give the methodology page its address under the handbook', () => {
    expect(pagePath('methodology')).toBe('/ggi/methodology/');
  });
});

describe('sitePathOf', () => {
  it('takes the base off a pathname and keeps the leading slash', () => {
    expect(sitePathOf('/ospo-zone/ggi/', '/ospo-zone/')).toBe('/ggi/');
    expect(sitePathOf('/ggi/', '/')).toBe('/ggi/');
    expect(sitePathOf('/ospo-zone/', '/ospo-zone')).toBe('/');
  });

  it('gives an empty path for a pathname outside the base', () => {
    expect(sitePathOf('/elsewhere/', '/ospo-zone/')).toBe('');
  });
});
