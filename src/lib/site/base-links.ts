/**
 * Sätteri mdast plugin: puts the site's base path in front of root-relative links in Markdown
 * (`[members](/members/)` → `/ospo-zone/members/` when the site lives under /ospo-zone/), so
 * content can link within the site without knowing where it is deployed.
 */
import { defineMdastPlugin } from 'satteri';

/** The URL with `base` in front, for a root-relative URL that does not carry it yet; others unchanged. */
export function withBasePath(url: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  if (b === '/' || !url.startsWith('/') || url.startsWith('//') || url.startsWith(b)) return url;
  return b + url.slice(1);
}

/** The plugin for a site built under `base` (e.g. "/" or "/ospo-zone/"). */
export function baseLinksPlugin(base: string) {
  return defineMdastPlugin({
    name: 'ospo-zone:base-links',
    link(node, ctx) {
      const url = withBasePath(node.url, base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
  });
}
