/**
 * Draws search results: a list of links with title, kind of page, excerpt and the sections of
 * the page that match (sub-results), and the status line that screen readers announce.
 */
import { SEARCH_TYPE_LABELS, type SearchType } from '../../schemas/vocabularies.ts';
import type { ResultData } from './engine.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind's excerpt marks hits with <mark>; keep that markup and nothing else. */
function excerptNode(html: string): HTMLElement {
  const p = el('p', 'search-excerpt');
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) p.append(node.textContent ?? '');
    else if (node instanceof HTMLElement && node.tagName === 'MARK') p.append(el('mark', '', node.textContent ?? ''));
    else p.append(node.textContent ?? '');
  }
  return p;
}

/** Replaces the content of `list` with one `<li>` per result. */
export function renderResults(list: HTMLElement, results: readonly ResultData[]): void {
  list.replaceChildren(
    ...results.map((r) => {
      const li = el('li', 'search-result');
      const link = el('a', 'search-result-link');
      link.href = r.url;
      link.append(el('span', 'search-result-title', r.meta.title ?? r.url));
      const type = r.filters.type?.[0] as SearchType | undefined;
      if (type) link.append(el('span', 'search-result-type', SEARCH_TYPE_LABELS[type] ?? type));
      li.append(link, excerptNode(r.excerpt));
      // Sections of the page that match, without the page itself again.
      const subs = (r.sub_results ?? []).filter((s) => s.url.includes('#') && s.title !== r.meta.title).slice(0, 3);
      if (subs.length) {
        const ul = el('ul', 'search-subresults');
        for (const s of subs) {
          const item = el('li', '');
          const a = el('a', 'search-subresult-link', s.title);
          a.href = s.url;
          item.append(a);
          ul.append(item);
        }
        li.append(ul);
      }
      return li;
    }),
  );
}

/** The sentence the status line shows (and announces) for a search. */
export function statusText(total: number, q: string): string {
  if (!q) return total ? `${total} pages` : '';
  if (total === 0) return `No results for “${q}”.`;
  return `${total} result${total === 1 ? '' : 's'} for “${q}”`;
}
