import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { activityLinksPlugin, splitActivityIds } from '../../../src/lib/handbook/activity-links.ts';

const hrefFor = (id: string) => (id === 'GGI-A-23' ? '/ggi/activities/manage_software_dependencies/' : undefined);

describe('splitActivityIds', () => {
  it('turns a known id into a link and keeps the text around it', () => {
    expect(splitActivityIds('See (GGI-A-23) first.', hrefFor)).toEqual([
      { type: 'text', value: 'See (' },
      {
        type: 'link',
        url: '/ggi/activities/manage_software_dependencies/',
        data: { hProperties: { className: ['activity-id'] } },
        children: [{ type: 'text', value: 'GGI-A-23' }],
      },
      { type: 'text', value: ') first.' },
    ]);
  });
  it('gives nothing for a text without a known id', () => {
    expect(splitActivityIds('GGI-A-99 is unknown.', hrefFor)).toBeUndefined();
  });
});

describe('activityLinksPlugin, in the Markdown processor', () => {
  const render = (md: string) => markdownToHtml(md, { mdastPlugins: [activityLinksPlugin(hrefFor)] }).html;
  it('links ids in paragraphs and list items, also inside emphasis', () => {
    expect(render('Read GGI-A-23.\n\n- *see GGI-A-23*')).toBe(
      '<p>Read <a href="/ggi/activities/manage_software_dependencies/" class="activity-id">GGI-A-23</a>.</p>\n<ul>\n<li><em>see <a href="/ggi/activities/manage_software_dependencies/" class="activity-id">GGI-A-23</a></em></li>\n</ul>\n',
    );
  });
  it('leaves ids in headings, in links and unknown ids as they are', () => {
    const html = render('## About GGI-A-23\n\n[GGI-A-23](https://example.org) and GGI-A-99');
    expect(html).not.toContain('/ggi/activities/');
  });
});

describe('tableScrollPlugin, in the Markdown processor', () => {
  it('wraps a table in a focusable scrolling container', async () => {
    const { tableScrollPlugin } = await import('../../../src/lib/site/table-scroll.ts');
    const html = markdownToHtml('| a | b |\n| - | - |\n| 1 | 2 |', { hastPlugins: [tableScrollPlugin] }).html;
    expect(html).toMatch(/^<div class="table-scroll" tabindex="0"><table>/);
    expect(html.trim()).toMatch(/<\/table><\/div>$/);
  });
});

describe('baseLinksPlugin, in the Markdown processor', () => {
  it('puts the base path in front of root-relative links only', async () => {
    const { baseLinksPlugin, withBasePath } = await import('../../../src/lib/site/base-links.ts');
    const html = markdownToHtml('[a](/members/) [b](https://x.org/) [c](#top) [d](/ospo-zone/news/)', {
      mdastPlugins: [baseLinksPlugin('/ospo-zone/')],
    }).html;
    expect(html).toContain('href="/ospo-zone/members/"');
    expect(html).toContain('href="https://x.org/"');
    expect(html).toContain('href="#top"');
    expect(html).toContain('href="/ospo-zone/news/"');
    expect(withBasePath('/members/', '/')).toBe('/members/');
    expect(withBasePath('//cdn.example/x', '/ospo-zone/')).toBe('//cdn.example/x');
  });
});
