/**
 * The scorecard page's notices above the dashboard, its native dialogs and file downloads: DOM
 * helpers that only the code loaded on use (actions, transfers, notices) needs, so that they are
 * not part of the script the page loads at first (ui.ts has the rest).
 */
import { $, el, setText } from './ui.ts';

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

/** What a dialog asks. */
export interface Ask {
  title: string;
  /** Paragraphs or elements of the dialog's body (confirm dialog). */
  body?: (Node | string)[];
  /** The text field's label and value (name dialog). */
  label?: string;
  value?: string;
  /**
   * Why the field's text (trimmed) cannot be taken, or undefined (name dialog): the dialog then
   * stays open and says so beside the field. A text of spaces only is always refused.
   */
  check?: (value: string) => string | undefined;
  ok: string;
  /** The main button deletes something: it looks so (red). */
  danger?: boolean;
}

/** What the name dialog says of a text of spaces only. */
const BLANK = 'Give a name: it cannot be empty or only spaces.';

/**
 * Opens the dialog `kind` (`name`: a text to give; `confirm`: yes or no) and resolves with the
 * text (name, trimmed), `''` (confirm), or null when cancelled (Cancel or Esc). Enter does the
 * main action: it is the form's only submit button. A name the field's validity refuses (`check`,
 * or blank) keeps the dialog open with the reason shown. Focus returns to where it was.
 */
export function ask(kind: 'name' | 'confirm', q: Ask): Promise<string | null> {
  const dialog = $<HTMLDialogElement>(`dialog[data-dialog="${kind}"]`);
  const back = document.activeElement as HTMLElement | null;
  setText($('[data-dialog-title]', dialog), q.title);
  const ok = $('[data-dialog-ok]', dialog);
  setText(ok, q.ok);
  ok.classList.toggle('sc-danger', q.danger === true);
  ok.classList.toggle('sc-primary', q.danger !== true);
  const input = dialog.querySelector<HTMLInputElement>('[data-dialog-input]');
  const problem = dialog.querySelector<HTMLElement>('[data-dialog-problem]');
  const listening = new AbortController();
  const { signal } = listening;
  if (input) {
    setText($('[data-dialog-label]', dialog), q.label ?? 'Name');
    input.value = q.value ?? '';
    const why = () => (input.value.trim() === '' ? BLANK : (q.check?.(input.value.trim()) ?? ''));
    const validate = () => input.setCustomValidity(why());
    validate();
    input.removeAttribute('aria-invalid');
    if (problem) setText(problem, '');
    input.addEventListener(
      'input',
      () => {
        validate();
        // Once told, the reason follows the text (and goes when the text is fine).
        if (input.hasAttribute('aria-invalid')) showProblem(input, problem);
      },
      { signal },
    );
    input.addEventListener(
      'invalid',
      (e) => {
        e.preventDefault();
        showProblem(input, problem);
        input.focus();
      },
      { signal },
    );
  }
  const body = dialog.querySelector('[data-dialog-body]');
  if (body) body.replaceChildren(...(q.body ?? []).map((b) => (typeof b === 'string' ? el('p', {}, b) : b)));
  $('[data-dialog-cancel]', dialog).addEventListener('click', () => dialog.close('cancel'), { signal });
  dialog.returnValue = '';
  dialog.showModal();
  if (input) input.select();
  return new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => {
        listening.abort();
        back?.focus();
        if (dialog.returnValue !== 'ok') resolve(null);
        else resolve(input ? input.value.trim() : '');
      },
      { once: true },
    );
  });
}

/** Shows beside `input` why its text is refused (its validity's message), or nothing when it is fine. */
function showProblem(input: HTMLInputElement, problem: HTMLElement | null): void {
  const message = input.validationMessage;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  if (problem) setText(problem, message);
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
