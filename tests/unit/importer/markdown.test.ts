import { describe, expect, it } from 'vitest';
import {
  listLinks,
  nestHeadings,
  plainText,
  rewriteLinks,
  splitActivity,
  taskItems,
  tidy,
} from '../../../src/lib/importer/markdown.ts';
import { HANDBOOK_RELEASES, publishedWhen, releaseOn } from '../../../src/lib/importer/releases.ts';

const toPortal = (url: string) => url.replace('https://ospo-alliance.org/ggi/activities/', '/ggi/activities/');

describe("the importer's Markdown tree", () => {
  it('rewrites the address of an inline link, keeping its label and title', () => {
    expect(rewriteLinks('See [the *first* one](https://ospo-alliance.org/ggi/activities/a "A title").', toPortal)).toBe(
      'See [the *first* one](/ggi/activities/a "A title").',
    );
  });

  it('rewrites addresses in <…>, with parentheses, and in link definitions used by reference links', () => {
    expect(rewriteLinks('[x](<https://ospo-alliance.org/ggi/activities/a b>)', (u) => u.replace('a b', 'c'))).toBe(
      '[x](<https://ospo-alliance.org/ggi/activities/c>)',
    );
    expect(rewriteLinks('[x](https://e.test/a_(b)) after', (u) => `${u}/`)).toBe('[x](https://e.test/a_(b)/) after');
    expect(rewriteLinks('[x][ref]\n\n[ref]: https://ospo-alliance.org/ggi/activities/a', toPortal)).toBe(
      '[x][ref]\n\n[ref]: /ggi/activities/a',
    );
  });

  it('keeps a bare or <…> address a link when it becomes a site path', () => {
    expect(rewriteLinks('Go to https://ospo-alliance.org/ggi/activities/a now.', toPortal)).toBe(
      'Go to [https://ospo-alliance.org/ggi/activities/a](/ggi/activities/a) now.',
    );
    expect(rewriteLinks('Go to <https://ospo-alliance.org/ggi/activities/a>.', toPortal)).toBe(
      'Go to [https://ospo-alliance.org/ggi/activities/a](/ggi/activities/a).',
    );
    expect(rewriteLinks('Go to https://ospo-alliance.org/about.', (u) => `${u}/`)).toBe(
      'Go to https://ospo-alliance.org/about/.',
    );
  });

  it('never rewrites an address in inline code, a fenced or indented code block, or HTML', () => {
    const md = [
      'Use `[x](https://ospo-alliance.org/ggi/activities/a)` here.',
      '',
      '```',
      '[x](https://ospo-alliance.org/ggi/activities/a) https://ospo-alliance.org/ggi/activities/a',
      '```',
      '',
      '    https://ospo-alliance.org/ggi/activities/a',
      '',
      '<a href="https://ospo-alliance.org/ggi/activities/a">a</a>',
    ].join('\n');
    expect(rewriteLinks(md, toPortal)).toBe(md);
  });

  it('tidies spaces, tabs and blank lines outside code, and leaves code blocks as they are', () => {
    expect(tidy('\n\nText\twith a tab.   \n\n\n\nNext.  \r\n')).toBe('Text  with a tab.\n\nNext.');
    const code = '```\n\tindented   \n\n\n\nkept\n```';
    expect(tidy(`Before.\n\n${code}\n\nAfter.`)).toBe(`Before.\n\n${code}\n\nAfter.`);
  });

  it('moves headings below the section level, turns underlined ones into # headings, and leaves # lines in code alone', () => {
    expect(nestHeadings('#### Deep\n\ntext\n\n##### Deeper')).toBe('### Deep\n\ntext\n\n#### Deeper');
    expect(nestHeadings('Underlined\n---\n\n```\n# not a heading\n```')).toBe(
      '### Underlined\n\n```\n# not a heading\n```',
    );
  });

  it('reads verification points from task-list items only, each as the text of its first paragraph', () => {
    const md =
      '- [ ] A **first** point\n  over two lines.\n\n  More about it.\n  - a nested note\n- An ordinary item.\n* [x] A [linked](https://e.test) point.';
    expect(taskItems(md)).toEqual(['A first point over two lines.', 'A linked point.']);
    expect(taskItems('- [ ] \n- [] not a task')).toEqual([]);
  });

  it('splits an activity at its section headings, not at headings in code or deeper levels', () => {
    const md = '## Title\n\nActivity ID: X.\n\n### One\n\nA\n\n```\n### not a section\n```\n\n#### Sub\n\n### Two\n\nB';
    const split = splitActivity(md, (h) => h === 'One' || h === 'Two');
    expect(split.title).toBe('Title');
    expect(split.preamble.trim()).toBe('Activity ID: X.');
    expect(split.sections.map((s) => s.heading)).toEqual(['One', 'Two']);
    expect(split.sections[0].body).toContain('### not a section');
    expect(split.sections[0].body).toContain('#### Sub');
  });

  it('reads the first link of each list item, with the text after it', () => {
    const { items, stray } = listLinks(
      'Intro line.\n\n- [GGI-A-02 - Two](https://e.test/two) Because **two**.\n- No link here.',
    );
    expect(stray).toEqual(['Intro line.']);
    expect(items.map((i) => i.link && { label: i.link.label, url: i.link.url, after: i.link.after })).toEqual([
      { label: 'GGI-A-02 - Two', url: 'https://e.test/two', after: 'Because two.' },
      undefined,
    ]);
  });

  it('reduces Markdown to plain text: labels without addresses, no marks, images or tags', () => {
    expect(plainText('A [link](https://e.test) and **bold** `code` ![img](x.png) <br> text.\n\nNext block.')).toBe(
      'A link and bold code text. Next block.',
    );
  });
});

describe('the handbook releases', () => {
  it('are listed oldest first, each with the day or month it was published', () => {
    expect(HANDBOOK_RELEASES.map((r) => r.version)).toEqual(['1.0', '1.1', '1.2', '1.3']);
    expect([...HANDBOOK_RELEASES.map((r) => r.date)].sort()).toEqual(HANDBOOK_RELEASES.map((r) => r.date));
  });

  it('give the release current on a day: the last one published on or before it', () => {
    expect(releaseOn('2021-11-09').version).toBe('1.0');
    expect(releaseOn('2022-11-07').version).toBe('1.0');
    expect(releaseOn('2022-11-08').version).toBe('1.1');
    expect(releaseOn('2025-11-30').version).toBe('1.2');
    expect(releaseOn('2025-12-01').version).toBe('1.3');
  });

  it('say when they were published, by day or, where only that is known, by month', () => {
    expect(publishedWhen(HANDBOOK_RELEASES[0])).toBe('on 2021-11-09');
    expect(publishedWhen(HANDBOOK_RELEASES[3])).toBe('in December 2025');
  });

  it('refuse a day before the first release, asking for --version', () => {
    expect(() => releaseOn('2021-06-01')).toThrow(
      /before the first handbook release \(1\.0, 2021-11-09\).*pass --version/,
    );
  });
});
