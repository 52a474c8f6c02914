/**
 * Behaviour of the search dialog, loaded on its first opening: searches as the visitor types,
 * shows the first results, announces their number, and moves through them with the arrow keys.
 * Focus stays in the dialog (a modal <dialog>), Esc closes it, and focus returns to the button.
 */
import { stateToSearch } from '../../lib/search/search-state.ts';
import { searchPath } from '../../lib/routes.ts';
import { withBase } from '../../lib/site/urls.ts';
import { pagefind, search, warmUp } from './engine.ts';
import { renderResults, statusText } from './render.ts';

/** The dialog's markup (our own, static). */
function dialogHtml(searchPage: string): string {
  return `<div class="flex max-h-[80vh] flex-col">
  <form role="search" aria-label="Quick search" action="${searchPage}" method="get" class="flex items-center gap-2 border-b border-border p-3">
    <h2 id="search-dialog-title" class="sr-only">Search the portal</h2>
    <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" class="shrink-0 text-muted"><circle cx="11" cy="11" r="7"></circle><path d="m20 20-4-4"></path></svg>
    <input type="search" name="q" autocomplete="off" spellcheck="false" aria-label="Search the portal" aria-describedby="search-dialog-status" placeholder="Search the handbook and the portal" class="min-w-0 flex-1 bg-transparent py-1 text-lg outline-none">
    <button type="submit" class="sr-only">Open the first result</button>
    <button type="button" data-search-close class="rounded border border-border px-2 py-1 text-xs text-muted hover:text-fg">Close <span class="sr-only">search</span><kbd aria-hidden="true" class="ml-1 font-mono">Esc</kbd></button>
  </form>
  <p id="search-dialog-status" data-search-status role="status" class="px-4 pt-3 text-sm text-muted empty:hidden"></p>
  <ul data-search-results aria-label="Results" class="search-results overflow-y-auto px-2 py-2"></ul>
  <p class="border-t border-border px-4 py-2 text-sm"><a data-search-more href="${searchPage}">All results, with filters</a> <span class="ml-2 hidden text-muted sm:inline">↑ ↓ to move, Enter to open, Esc to close</span></p>
</div>`;
}

/** Starts loading Pagefind and the index's metadata (once) and warms it up, before the dialog is opened. */
export function preloadSearch(): void {
  void warmUp().catch(() => undefined);
}

/**
 * Opens the search dialog, making it on first use; `opener` (the header button) gets the focus
 * back when it closes.
 */
export function openSearchDialog(opener: HTMLElement, typedAhead = ''): void {
  let dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.id = 'search-dialog';
    dialog.setAttribute('aria-labelledby', 'search-dialog-title');
    dialog.className =
      'search-dialog m-0 mx-auto mt-[8vh] w-[min(42rem,calc(100vw-1.5rem))] max-w-none rounded-lg border border-border bg-bg p-0 text-fg shadow-2xl backdrop:bg-black/60';
    dialog.innerHTML = dialogHtml(opener.getAttribute('href') ?? withBase(import.meta.env.BASE_URL, searchPath()));
    document.body.append(dialog);
    wireSearchDialog(dialog, opener);
  }
  if (dialog.open) return;
  dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('input[type=search]')!;
  input.focus();
  if (typedAhead) {
    input.value += typedAhead;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/** Sets up the dialog's behaviour; `opener` gets the focus back when it closes. */
/** How many results the dialog shows first, before the rest of its eight. */
const FIRST_RESULTS = 3;

/** The pause in typing after which the dialog searches (ms): short, since a search costs about 30 ms. */
const TYPING_PAUSE_MS = 60;

function wireSearchDialog(dialog: HTMLDialogElement, opener: HTMLElement): void {
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
      // The first three results as soon as their excerpts are in, then all eight: each result's
      // excerpt is a file of its own, and waiting for eight of them delays the first.
      for (const limit of [FIRST_RESULTS, 8]) {
        const outcome = await search({ q, filters: {} }, limit);
        if (mine !== latest) return; // a newer query has started
        if (limit > FIRST_RESULTS && list.contains(document.activeElement)) return; // the reader is in the list
        renderResults(list, outcome.results);
        status.textContent = statusText(outcome.total, q);
        if (outcome.total <= FIRST_RESULTS) break;
      }
    } catch {
      status.textContent =
        'Search could not load its index. It works on the built site (npm start), not in development.';
    }
  };

  input.addEventListener('keydown', (event) => {
    // In a search box Esc would first clear the text; here it closes the dialog at once.
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, TYPING_PAUSE_MS);
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
