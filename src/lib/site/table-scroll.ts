/**
 * Sätteri hast plugin: wraps each Markdown table in a scrolling container, so a wide table
 * scrolls on a narrow screen while the table keeps its table semantics (a `display: block` table
 * loses them in some screen readers). The container is focusable, so keyboard users can scroll
 * it (WCAG 2.1.1); it is no landmark, since a page may hold many tables (the one-page handbook).
 */
import { defineHastPlugin } from 'satteri';

export const tableScrollPlugin = defineHastPlugin({
  name: 'ospo-zone:table-scroll',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      ctx.wrapNode(node, { raw: '<div class="table-scroll" tabindex="0"></div>' });
    },
  },
});
