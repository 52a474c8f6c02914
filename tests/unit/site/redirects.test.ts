import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { redirectHtml, redirectResponse } from '../../../src/lib/site/redirects.ts';

describe('the page at a redirect address', () => {
  const html = redirectHtml('/ggi/activities/upstream_first/', 'https://ospo-alliance.org');

  it('sends the browser on at once, with the space after the semicolon that the HTML standard requires', () => {
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/ggi/activities/upstream_first/">');
    expect(html).toContain('<a href="/ggi/activities/upstream_first/">');
  });

  it('is a whole document with a language and a character set, kept out of search engines, naming its target as canonical', () => {
    expect(html).toMatch(/^<!doctype html><html lang="en"><head><meta charset="utf-8">/);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<link rel="canonical" href="https://ospo-alliance.org/ggi/activities/upstream_first/">');
    expect(html).not.toContain('data-pagefind-body');
  });

  it('is valid HTML under the project’s html-validate rules (the Nu checker checks the built ones in npm run gates)', async () => {
    const rules = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as object;
    const report = await new HtmlValidate({ ...rules, root: true }).validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it('escapes what it writes into attributes and text, and resolves the canonical URL under a base path', () => {
    const odd = redirectHtml('/ospo-zone/a"b<c>/', 'https://example.org/ospo-zone/');
    expect(odd).toContain('content="0; url=/ospo-zone/a&quot;b&lt;c&gt;/"');
    expect(odd).toContain('<code>/ospo-zone/a&quot;b&lt;c&gt;/</code>');
    expect(odd).toContain('href="https://example.org/ospo-zone/a%22b%3Cc%3E/"');
  });

  it('is served as HTML with status 200, which the static build writes as the page', async () => {
    const response = redirectResponse('/x/', 'https://ospo-alliance.org');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(redirectHtml('/x/', 'https://ospo-alliance.org'));
  });
});
