/**
 * Small DOM helpers of the scorecard page: building elements with text only (never HTML from
 * data), the notices above the dashboard, the aria-live announcements, the native dialogs and
 * file downloads.
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

/** A button for a notice or a dialog. */
export function button(label: string, onClick: () => void, primary = false): HTMLButtonElement {
  const b = el('button', { type: 'button', class: primary ? 'sc-button sc-primary' : 'sc-button' }, label);
  b.addEventListener('click', onClick);
  return b;
}

/** A notice: its tone (a problem is announced at once, as an alert), its text, and links or buttons. */
export interface Notice {
  tone?: 'info' | 'problem';
  title: string;
  text?: (Node | string)[];
  actions?: HTMLElement[];
}

/** Shows (or replaces) the notice `id` above the dashboard; `undefined` removes it. */
export function notice(id: string, n: Notice | undefined): void {
  const box = $('[data-notices]');
  const old = box.querySelector(`[data-notice="${CSS.escape(id)}"]`);
  if (!n) {
    old?.remove();
    return;
  }
  const tone = n.tone ?? 'info';
  const div = el(
    'div',
    { class: 'sc-notice', 'data-notice': id, 'data-tone': tone, role: tone === 'problem' ? 'alert' : 'status' },
    el('p', { class: 'font-semibold' }, n.title),
  );
  if (n.text?.length) div.append(el('div', { class: 'mt-1 text-sm' }, ...n.text));
  if (n.actions?.length) div.append(el('div', { class: 'mt-2 flex flex-wrap gap-2' }, ...n.actions));
  if (old) old.replaceWith(div);
  else box.append(div);
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

/** What a dialog asks. */
export interface Ask {
  title: string;
  /** Paragraphs or elements of the dialog's body (confirm dialog). */
  body?: (Node | string)[];
  /** The text field's label and value (name dialog). */
  label?: string;
  value?: string;
  ok: string;
}

/**
 * Opens the dialog `kind` (`name`: a text to give; `confirm`: yes or no) and resolves with the
 * text (name), `''` (confirm), or null when cancelled. Focus returns to where it was.
 */
export function ask(kind: 'name' | 'confirm', q: Ask): Promise<string | null> {
  const dialog = $<HTMLDialogElement>(`dialog[data-dialog="${kind}"]`);
  const back = document.activeElement as HTMLElement | null;
  setText($('[data-dialog-title]', dialog), q.title);
  setText($('[data-dialog-ok]', dialog), q.ok);
  const input = dialog.querySelector<HTMLInputElement>('[data-dialog-input]');
  if (input) {
    setText($('[data-dialog-label]', dialog), q.label ?? 'Name');
    input.value = q.value ?? '';
  }
  const body = dialog.querySelector('[data-dialog-body]');
  if (body) body.replaceChildren(...(q.body ?? []).map((b) => (typeof b === 'string' ? el('p', {}, b) : b)));
  dialog.returnValue = '';
  dialog.showModal();
  if (input) input.select();
  return new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => {
        back?.focus();
        if (dialog.returnValue !== 'ok') resolve(null);
        else resolve(input ? input.value.trim() : '');
      },
      { once: true },
    );
  });
}

/** Offers `text` as a file download named `name`. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A link that downloads `text` as the file `name` (for a notice). */
export function downloadLink(label: string, name: string, text: string): HTMLAnchorElement {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  return el('a', { href: url, download: name, class: 'sc-button' }, label);
}
