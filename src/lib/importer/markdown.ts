/**
 * The Markdown side of the importer, on an mdast tree (mdast-util-from-markdown with GitHub's
 * flavour: tables, task lists, footnotes, autolinks) instead of regular expressions. The tree
 * finds headings, task-list items and links; the upstream text itself is kept as written and
 * changed only where a node says so (a link's address, a heading's level), by offsets into the
 * source. So code blocks and inline code are never touched, and nothing is re-serialised.
 */
import type { Definition, Heading, Link, ListItem, Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';

/** Parses Markdown (CommonMark and GitHub's extensions) into an mdast tree with positions. */
export function parseMarkdown(md: string): Root {
  return fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** Start and end offsets of a node in its source. Nodes built by the parser always have them. */
function span(node: Nodes): [number, number] {
  return [node.position!.start.offset!, node.position!.end.offset!];
}

/** Text with every run of white space (line breaks included) made one space, trimmed. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The plain text of a node: its words without marks, link addresses, images or HTML tags. */
export function nodeText(node: Nodes): string {
  return squash(toString(node, { includeImageAlt: false, includeHtml: false }));
}

/**
 * The plain text of each block of a Markdown text (paragraphs, headings, table cells, code
 * blocks), in order; a block's line breaks are kept as `\n`, so callers may treat lines apart.
 */
export function blockTexts(md: string): string[] {
  const out: string[] = [];
  visit(parseMarkdown(md), (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      out.push(toString(node, { includeImageAlt: false, includeHtml: false }));
      return 'skip';
    }
    if (node.type === 'code') out.push(node.value);
    return undefined;
  });
  return out.map((t) => t.trim()).filter(Boolean);
}

/** Markdown reduced to plain text: links to their label, emphasis and code marks dropped, blocks joined by a space. */
export function plainText(md: string): string {
  return squash(blockTexts(md).join(' '));
}

/** Applies replacements `[start, end, text]` (non-overlapping offsets into `source`). */
function splice(source: string, edits: [number, number, string][]): string {
  let out = source;
  for (const [start, end, text] of [...edits].sort((a, b) => b[0] - a[0]))
    out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** Lines (1-based) that belong to code blocks or HTML blocks: white space there is content. */
function literalLines(tree: Root): Set<number> {
  const lines = new Set<number>();
  visit(tree, (node) => {
    if (node.type !== 'code' && node.type !== 'html') return;
    for (let l = node.position!.start.line; l <= node.position!.end.line; l++) lines.add(l);
  });
  return lines;
}

/**
 * Tidies Markdown outside code and HTML blocks: no trailing spaces, tabs made two spaces, at
 * most one blank line in a row; no blank lines at either end. Line endings become `\n`.
 */
export function tidy(md: string): string {
  const text = md.replace(/\r\n?/g, '\n');
  const literal = literalLines(parseMarkdown(text));
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (literal.has(i + 1)) return void out.push(line);
    const clean = line.replace(/\t/g, '  ').replace(/[ \u00a0]+$/, '');
    if (clean === '' && (out.length === 0 || out.at(-1) === '')) return;
    out.push(clean);
  });
  while (out.length && out.at(-1)!.trim() === '') out.pop();
  return out.join('\n');
}

/**
 * Moves the headings inside a section so that the highest becomes `###`, one level below the
 * section's own `##` (upstream often jumps from its section heading straight to `####`). Headings
 * underlined with `===`/`---` become `#` headings. Lines in code blocks are not headings.
 */
export function nestHeadings(body: string): string {
  const headings: Heading[] = [];
  visit(parseMarkdown(body), 'heading', (h) => void headings.push(h));
  if (!headings.length) return body;
  const shift = 3 - Math.min(...headings.map((h) => h.depth));
  const edits: [number, number, string][] = [];
  for (const h of headings) {
    const depth = Math.min(6, Math.max(3, h.depth + shift));
    const [start, end] = span(h);
    const first = h.children[0];
    const last = h.children.at(-1);
    const words = first && last ? body.slice(span(first)[0], span(last)[1]).replace(/\s*\n\s*/g, ' ') : '';
    const text = `${'#'.repeat(depth)}${words ? ` ${words}` : ''}`;
    if (text !== body.slice(start, end)) edits.push([start, end, text]);
  }
  return splice(body, edits);
}

/** The range of a link destination in `text` from `from` on (after `(` or `]:`), or undefined. */
function destination(text: string, from: number, parens: boolean): [number, number, boolean] | undefined {
  let p = from;
  while (p < text.length && /\s/.test(text[p])) p++;
  if (text[p] === '<') {
    const close = text.indexOf('>', p);
    return close > p ? [p + 1, close, true] : undefined;
  }
  const start = p;
  let depth = 0;
  for (; p < text.length; p++) {
    const c = text[p];
    if (c === '\\') {
      p++;
      continue;
    }
    if (/\s/.test(c)) break;
    if (parens && c === '(') depth++;
    if (parens && c === ')') {
      if (depth === 0) break;
      depth--;
    }
  }
  return p > start ? [start, p, false] : undefined;
}

/** Whether an address can stand in a link without `<…>`: no spaces or angle brackets, balanced parentheses. */
function plainDestination(url: string): boolean {
  if (/[\s<>]/.test(url)) return false;
  let depth = 0;
  for (const c of url) {
    depth += c === '(' ? 1 : c === ')' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** Whether an address is absolute (has a scheme), so it can stand in `<…>` or alone. */
const absolute = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url);

/**
 * Rewrites the addresses of links and link definitions with `rewrite(url)` (which returns the new
 * address, or the same one to keep it). Only link and definition nodes are read, so addresses in
 * code blocks, inline code, HTML and plain text stay as they are. A bare or `<…>` address that
 * becomes a site path is written as a link with the old address as its label, so it stays a link.
 */
export function rewriteLinks(md: string, rewrite: (url: string) => string): string {
  const edits: [number, number, string][] = [];
  visit(parseMarkdown(md), (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const next = rewrite(node.url);
    if (next === node.url) return;
    const [start, end] = span(node);
    const source = md.slice(start, end);
    if (node.type === 'link' && !source.startsWith('[')) {
      // An autolink: `<https://…>`, or a bare address GitHub's flavour links by itself.
      const bracketed = source.startsWith('<');
      const label = bracketed ? source.slice(1, -1) : source;
      edits.push([start, end, absolute(next) ? (bracketed ? `<${next}>` : next) : `[${label}](${next})`]);
      return;
    }
    const after = labelEnd(node, md);
    const range = after === undefined ? undefined : destination(md, after, node.type === 'link');
    if (!range || range[1] > end) return;
    const [from, to, angle] = range;
    edits.push([from, to, angle || plainDestination(next) ? next : `<${next}>`]);
  });
  return splice(md, edits);
}

/** Offset just after the `](` of an inline link or the `]:` of a definition. */
function labelEnd(node: Link | Definition, md: string): number | undefined {
  const [start, end] = span(node);
  if (node.type === 'definition') {
    const m = /(?<!\\)\]:/.exec(md.slice(start, end));
    return m ? start + m.index + 2 : undefined;
  }
  const last = node.children.at(-1);
  const from = last ? span(last)[1] : start + 1;
  const i = md.indexOf('](', from);
  return i >= 0 && i < end ? i + 2 : undefined;
}

/**
 * Verification points: the GitHub task-list items (`- [ ]`, `- [x]`) of a Markdown text, at any
 * depth, each as the plain text of its first paragraph (the statement; what follows it in the
 * item, such as explanations and nested lists, is not part of the point). Items of an ordinary
 * list carry `checked: null` and are not points.
 */
export function taskItems(md: string): string[] {
  const points: string[] = [];
  visit(parseMarkdown(md), 'listItem', (item: ListItem) => {
    if (typeof item.checked !== 'boolean') return;
    const first = item.children.find((c) => c.type === 'paragraph');
    const text = first ? nodeText(first) : '';
    if (text) points.push(text);
  });
  return points;
}

/** A heading of an activity's file and the Markdown below it, up to the next such heading. */
export interface RawSection {
  heading: string;
  body: string;
}

/**
 * Splits an activity's Markdown into its title, the text between title and first section
 * (where "Activity ID: …" stands) and its sections. The title is the first top-level heading of
 * level 1 or 2 that `isSection` does not take for a section name; the sections are the top-level
 * headings of the highest level below it (### in the handbook). Deeper headings stay in a body.
 */
export function splitActivity(
  md: string,
  isSection: (heading: string) => boolean,
): { title?: string; preamble: string; sections: RawSection[] } {
  const tree = parseMarkdown(md);
  const headings = tree.children.filter((n: RootContent): n is Heading => n.type === 'heading');
  const titleNode = headings.find((h) => h.depth <= 2 && !isSection(nodeText(h)));
  const rest = headings.filter((h) => h !== titleNode && (!titleNode || span(h)[0] > span(titleNode)[0]));
  const level = rest.length ? Math.min(...rest.map((h) => h.depth)) : 0;
  const marks = rest.filter((h) => h.depth === level);
  const sections = marks.map((h, i) => ({
    heading: nodeText(h),
    body: md.slice(span(h)[1], i + 1 < marks.length ? span(marks[i + 1])[0] : md.length),
  }));
  const preambleStart = titleNode ? span(titleNode)[1] : 0;
  const preamble = md.slice(preambleStart, marks.length ? span(marks[0])[0] : md.length);
  return { title: titleNode ? nodeText(titleNode) : undefined, preamble, sections };
}

/** A link in a list item: its label (plain text), its address and the plain text after it. */
export interface ListLink {
  label: string;
  url: string;
  after: string;
  /** The item's whole text, for reports. */
  item: string;
}

/**
 * The items of the lists in a Markdown text, each with its first link (label, address and the
 * text that follows it in the item), or `link: undefined` for an item without one. Text outside
 * lists is returned as `stray` blocks.
 */
export function listLinks(md: string): { items: { link?: ListLink; text: string }[]; stray: string[] } {
  const tree = parseMarkdown(md);
  const items: { link?: ListLink; text: string }[] = [];
  const stray: string[] = [];
  for (const block of tree.children) {
    if (block.type !== 'list') {
      if (block.type !== 'definition') stray.push(nodeText(block));
      continue;
    }
    for (const item of block.children) {
      const text = nodeText(item);
      let link: ListLink | undefined;
      const paragraph = item.children.find((c) => c.type === 'paragraph');
      if (paragraph) {
        const at = paragraph.children.findIndex((c) => c.type === 'link');
        if (at >= 0) {
          const node = paragraph.children[at] as Link;
          const after = squash(
            paragraph.children
              .slice(at + 1)
              .map((c) => toString(c, { includeImageAlt: false, includeHtml: false }))
              .join(''),
          );
          link = { label: nodeText(node), url: node.url, after, item: text };
        }
      }
      items.push({ link, text });
    }
  }
  return { items, stray: stray.filter(Boolean) };
}

/** The first paragraph of a Markdown text, as plain text (lists, tables and headings skipped). */
export function firstParagraph(md: string): string | undefined {
  const p = parseMarkdown(md).children.find((n) => n.type === 'paragraph');
  return p ? nodeText(p) : undefined;
}
