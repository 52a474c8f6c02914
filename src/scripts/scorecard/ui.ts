/**
 * Small DOM helpers of the scorecard page: building elements with text only (never HTML from
 * data) and the aria-live announcements. The notices, dialogs and downloads, which only code
 * loaded on use needs, are in dialogs.ts.
 */

/** The element matching `selector` in `root` (the page by default); throws when the markup lacks it. */
export function $<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`scorecard page: no ${selector}`);
  return el;
}

/**
 * A new element with attributes and children; strings become text nodes, so that text from a
 * document or a file is always shown as text.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** Sets a text only when it differs (no needless layout work). */
export function setText(node: Element, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

let announceTimer: ReturnType<typeof setTimeout> | undefined;
/** Says `text` through the page's polite live region (the last of quick successive calls wins). */
export function announce(text: string): void {
  const region = $('[data-announce]');
  clearTimeout(announceTimer);
  region.textContent = '';
  // A fresh text node a moment later, so that the same sentence twice is read twice.
  announceTimer = setTimeout(() => (region.textContent = text), 50);
}
