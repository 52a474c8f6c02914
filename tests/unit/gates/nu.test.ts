import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cspNoteExcuse, nuGate, vnuProblems } from '../../../scripts/gates/gates.ts';

const NU = 'tests/fixtures/site/nu';
const report = (...messages: object[]) => JSON.stringify({ messages });
const at = (file: string) => `file:${process.cwd()}/site/${file}`;

describe('the Nu HTML Checker report', () => {
  it('gives each error and warning as file: line: message, files relative to the checked folder', () => {
    const json = report(
      { type: 'error', url: at('search/index.html'), lastLine: 46, message: 'Stray start tag “script”.' },
      { type: 'error', url: at('a/index.html'), firstLine: 3, lastLine: 5, message: 'Element “p” not allowed here.' },
      {
        type: 'info',
        subType: 'warning',
        url: at('b/index.html'),
        lastLine: 1,
        message: 'Consider adding a “lang” attribute.',
      },
    );
    expect(vnuProblems(json, 'site', () => '')).toEqual([
      'search/index.html:46: Stray start tag “script”.',
      'a/index.html:3: Element “p” not allowed here.',
      'b/index.html:1: warning: Consider adding a “lang” attribute.',
    ]);
  });

  it('leaves out plain information notes, and keeps a message about no file as it is', () => {
    const json = report(
      { type: 'info', url: at('a/index.html'), lastLine: 4, message: 'Trailing slash on void elements has no effect.' },
      { type: 'non-document-error', subType: 'io', message: 'File not found.' },
    );
    expect(vnuProblems(json, 'site', () => '')).toEqual(['(Nu HTML Checker) File not found.']);
  });

  it('throws on a report that is not JSON', () => {
    expect(() => vnuProblems('Exception in thread "main"', 'site')).toThrow();
  });
});

describe('the CSP notes the Nu checker gate leaves out', () => {
  const page = (csp: string, head: string) =>
    `<!doctype html>\n<html lang="en"><head>\n<meta http-equiv="content-security-policy" content="${csp}">\n${head}\n</head></html>`;
  const inline = 'Inline script violates Content Security Policy (meta tag): blocked by “script-src” directive.';
  it('a note about an inline script whose hash the policy lists (the column ends its start tag)', () => {
    // sha256 of "x()": the CSP hash a browser computes for <script>x()</script>.
    const html = page("script-src 'sha256-D6IGS8VMvCoyaR/l0h9tERrBTATY01CoPS7l6xDv0kI='", '<script>x()</script>');
    expect(cspNoteExcuse(inline, html, 4, 8)).toMatch(/hash is in the policy/);
  });
  it('but not one about an inline script it does not list, nor one whose position is not a start tag', () => {
    const html = page("script-src 'self'", '<script>x()</script>');
    expect(cspNoteExcuse(inline, html, 4, 8)).toBeUndefined();
    expect(cspNoteExcuse(inline, html, 4, 5)).toBeUndefined();
  });
  it('a note about a data block, which never runs', () => {
    const html = page("script-src 'self'", '<script type="application/ld+json">{}</script>');
    expect(cspNoteExcuse(inline, html, 4, 35)).toMatch(/data block/);
  });
  it('a note about a same-origin file, but not about a file from another origin', () => {
    const resource = (url: string) =>
      `Resource violates Content Security Policy (meta tag): external script “${url}” blocked by “script-src” directive.`;
    expect(cspNoteExcuse(resource('/_astro/site.js'), '', 1, 1)).toMatch(/file: URLs/);
    expect(cspNoteExcuse(resource('https://cdn.example.org/lib.js'), '', 1, 1)).toBeUndefined();
    expect(cspNoteExcuse(resource('//cdn.example.org/lib.js'), '', 1, 1)).toBeUndefined();
  });
});

describe('the Nu checker gate', () => {
  // One Java run over the fixtures (a few seconds), as the gate runs once over a whole build.
  let problems: string[] = [];
  beforeAll(() => {
    problems = nuGate(NU);
  }, 60_000);
  const of = (page: string) => problems.filter((p) => p.startsWith(`${page}/`));
  it('fails on a script after </html> and on a meta refresh without its space, which html-validate lets pass', () => {
    expect(of('stray')).toContain('stray/index.html:11: Stray start tag “script”.');
    expect(of('refresh')).toEqual([
      'refresh/index.html:6: Bad value “0;url=/x/” for attribute “content” on element “meta”: Expected a space character, but saw “u” instead.',
    ]);
  });
  it('passes a page whose policy lists its inline script and style, with a data block and same-origin files', () => {
    expect(of('csp')).toEqual([]);
  });
  it('keeps the notes about an inline script the policy does not list and a script from another origin', () => {
    expect(of('unlisted')).toHaveLength(2);
    expect(of('unlisted')[0]).toMatch(
      /^unlisted\/index\.html:7: warning: Inline script violates Content Security Policy/,
    );
    expect(of('unlisted')[1]).toMatch(
      /^unlisted\/index\.html:8: warning: Resource violates .*https:\/\/cdn\.example\.org\/lib\.js/,
    );
  });
  it('fails with the checker’s first words when it writes no report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ospo-nu-'));
    const java = join(dir, 'java');
    writeFileSync(java, '#!/bin/sh\necho "StackOverflowError while evaluating HTML schema."\n');
    chmodSync(java, 0o755);
    try {
      expect(nuGate(`${NU}/csp`, { java })).toEqual([
        'the Nu HTML Checker wrote no report: StackOverflowError while evaluating HTML schema.',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('without Java, fails with one line that says to install a Java runtime', () => {
    expect(nuGate(`${NU}/csp`, { java: '/nowhere/java' })).toEqual([
      'no Java runtime (/nowhere/java not found): the Nu HTML Checker needs one; install a Java runtime (Debian: apt-get install default-jre-headless) and put java on PATH',
    ]);
  });
});
