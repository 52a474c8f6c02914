/**
 * Links every mention of a GGI activity id in Markdown text (`GGI-A-23`) to that activity's page,
 * so writers name activities by id and readers can follow them. It runs as a Sätteri mdast
 * plugin (Astro 7's Markdown processor, whose plugin API replaces remark's). Text inside a link or
 * a heading is left alone; unknown ids stay plain text.
 */
import { defineMdastPlugin } from 'satteri';

/** The class of a link made from an activity id, styled in src/styles/global.css. */
export const ACTIVITY_ID_CLASS = 'activity-id';

/** A piece of Markdown inline content: plain text, or a link around one id. */
export type InlinePiece =
  | { type: 'text'; value: string }
  | {
      type: 'link';
      url: string;
      /** `class="activity-id"` on the link, which keeps it on one line (src/styles/global.css). */
      data: { hProperties: { className: string[] } };
      children: [{ type: 'text'; value: string }];
    };

/**
 * Splits a text into pieces, each known id becoming a link (`hrefFor(id)` gives its URL, or
 * undefined for an unknown id). Returns undefined when the text names no known id.
 */
export function splitActivityIds(text: string, hrefFor: (id: string) => string | undefined): InlinePiece[] | undefined {
  const pieces: InlinePiece[] = [];
  let last = 0;
  for (const m of text.matchAll(/GGI-A-\d{2,4}/g)) {
    const url = hrefFor(m[0]);
    if (!url) continue;
    if (m.index > last) pieces.push({ type: 'text', value: text.slice(last, m.index) });
    pieces.push({
      type: 'link',
      url,
      data: { hProperties: { className: [ACTIVITY_ID_CLASS] } },
      children: [{ type: 'text', value: m[0] }],
    });
    last = m.index + m[0].length;
  }
  if (!pieces.length) return undefined;
  if (last < text.length) pieces.push({ type: 'text', value: text.slice(last) });
  return pieces;
}

/** The Sätteri plugin; `hrefFor` as for `splitActivityIds`. */
export function activityLinksPlugin(hrefFor: (id: string) => string | undefined) {
  return defineMdastPlugin({
    name: 'ospo-zone:activity-links',
    text(node, ctx) {
      if (!node.value.includes('GGI-A-')) return;
      let p: { type: string } | undefined = ctx.parent(node);
      while (p && p.type !== 'root') {
        if (p.type === 'link' || p.type === 'linkReference' || p.type === 'heading') return;
        p = ctx.parent(p as Parameters<typeof ctx.parent>[0]);
      }
      const pieces = splitActivityIds(node.value, hrefFor);
      if (pieces) ctx.replaceNode(node, pieces);
    },
  });
}
