/**
 * Behaviour of the search dialog, loaded on its first opening: searches as the visitor types,
 * shows the first results, announces their number, and moves through them with the arrow keys.
 * Focus stays in the dialog (a modal <dialog>), Esc closes it, and focus returns to the button.
 */
import { stateToSearch } from '../../lib/search-state.ts';
import { pagefind, search } from './engine.ts';
import { renderResults, statusText } from './render.ts';

/** Sets up the dialog; `opener` gets the focus back when it closes. */
export function wireSearchDialog(dialog: HTMLDialogElement, opener: HTMLElement): void {
  const input = dialog.querySelector<HTMLInputElement>('input[type=search]')!;
  const list = dialog.querySelector<HTMLElement>('[data-search-results]')!;
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  const more = dialog.querySelector<HTMLAnchorElement>('[data-search-more]')!;
  const searchPage = more.getAttribute('href')!.replace(/\?.*$/, '');
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = async () => {
    const q = input.value.trim();
    const mine = ++latest;
    more.href = `${searchPage}${stateToSearch({ q, filters: {} })}`;
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const outcome = await search({ q, filters: {} }, 8);
      if (mine !== latest) return; // a newer query has started
      renderResults(list, outcome.results);
      status.textContent = statusText(outcome.total, q);
    } catch {
      status.textContent = 'Search could not load its index. It works on the built site (npm start), not in development.';
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 100);
  });
  dialog.querySelector('form')?.addEventListener('submit', (event) => {
    // Enter in the box opens the first result, or the full search page when there is none.
    event.preventDefault();
    const first = list.querySelector<HTMLAnchorElement>('a');
    location.href = first ? first.href : more.href;
  });

  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-result-link')];
    if (!links.length) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') links[at < 0 ? 0 : Math.min(at + 1, links.length - 1)].focus();
    else if (at <= 0) input.focus();
    else links[at - 1].focus();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close(); // a click on the backdrop
  });
  dialog.addEventListener('close', () => opener.focus());

  void pagefind().catch(() => undefined); // start loading the index while the visitor types
  if (input.value.trim()) void run();
}
