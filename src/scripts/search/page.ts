/**
 * The search page: query box, filters with result counts, results with the matching sections,
 * and the whole state in the URL (`?q=…&type=…&goal=…&role=…`), so a search can be linked to
 * and comes back as it was.
 */
import {
  hasQuery,
  parseSearchState,
  SEARCH_FILTERS,
  stateToSearch,
  type SearchState,
} from '../../lib/search/search-state.ts';
import { search } from './engine.ts';
import { renderResults, statusText } from './render.ts';

function readForm(form: HTMLFormElement): SearchState {
  const data = new FormData(form);
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const values = data.getAll(name).map(String);
    if (values.length) filters[name] = values;
  }
  return { q: String(data.get('q') ?? '').trim(), filters };
}

function writeForm(form: HTMLFormElement, state: SearchState): void {
  form.querySelector<HTMLInputElement>('input[name=q]')!.value = state.q;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = state.filters[box.name as keyof SearchState['filters']]?.includes(box.value) ?? false;
  }
}

export function wireSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const list = root.querySelector<HTMLElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = async (pushUrl: boolean) => {
    const state = readForm(form);
    const mine = ++latest;
    if (pushUrl) history.replaceState(null, '', `${location.pathname}${stateToSearch(state)}`);
    try {
      const outcome = await search(state, 20);
      if (mine !== latest) return;
      for (const count of root.querySelectorAll<HTMLElement>('[data-count-for]')) {
        const [name, value] = count.dataset.countFor!.split(':');
        const n = outcome.counts[name]?.[value] ?? 0;
        count.textContent = String(n);
        count.closest('label')?.classList.toggle('text-muted', n === 0);
      }
      renderResults(list, outcome.results);
      status.textContent = hasQuery(state) ? statusText(outcome.total, state.q) : '';
      empty.hidden = hasQuery(state) && outcome.total > 0;
      empty.dataset.state = hasQuery(state) ? 'no-results' : 'start';
    } catch {
      status.textContent =
        'Search could not load its index. It works on the built site (npm start), not in development.';
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(true);
  });
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(true), 120);
  });
  root.querySelectorAll<HTMLAnchorElement>('a[data-suggestion]').forEach((a) =>
    a.addEventListener('click', (event) => {
      event.preventDefault();
      writeForm(form, { q: a.dataset.suggestion!, filters: {} });
      void run(true);
    }),
  );

  writeForm(form, parseSearchState(location.search));
  void run(false);
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) wireSearchPage(root);
