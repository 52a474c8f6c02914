/**
 * Loads Pagefind on first use and runs searches. Pagefind's script, its WebAssembly and the
 * index are fetched only when this module's `search()` is first called, so a page that never
 * searches fetches none of them.
 */
import { hasQuery, SEARCH_FILTERS, toPagefindFilters, type SearchState } from '../../lib/search/search-state.ts';

/** One result as the UI shows it (Pagefind's result data, narrowed to what we use). */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; summary?: string; image?: string };
  filters: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

/** Result of a search: the first results' data, the total, and the counts per filter value. */
export interface SearchOutcome {
  total: number;
  results: ResultData[];
  /**
   * For each filter, how many results each of its values gives with the current query and the
   * other filters (a filter's own choice is left out, so its other values keep their counts).
   */
  counts: Record<string, Record<string, number>>;
}

interface PagefindResult {
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    o?: { filters?: object },
  ): Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

/** Pagefind, loaded once from the site's bundle (`<base>pagefind/`), set up for this build. */
export function pagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
    const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // The build id as cache tag: Pagefind then asks for the same metadata URL until the next
    // deployment, which the service worker can keep for offline use.
    await pf.options({ baseUrl: base, metaCacheTag: __BUILD_ID__, excerptLength: 24 });
    await pf.init();
    await pf.filters(); // loads every filter's values, so searches report counts for all of them
    return pf;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * Loads Pagefind (once) and runs one throw-away search for a word every page has, which fetches
 * the WebAssembly's first index chunk and warms it up: Pagefind's first search on a page takes
 * about 110 ms on localhost, the next ones about 30. For the preload, before the dialog opens.
 */
export async function warmUp(): Promise<void> {
  const pf = await pagefind();
  await pf.search('open');
}

/**
 * Runs a search: `limit` results with their data, the total, and counts per filter value.
 * A state with neither query nor filter gives no results. Throws when Pagefind cannot load
 * (e.g. `astro dev`, which has no index).
 */
export async function search(state: SearchState, limit = 10): Promise<SearchOutcome> {
  const pf = await pagefind();
  if (!hasQuery(state)) return { total: 0, results: [], counts: await pf.filters() };
  const found = await pf.search(state.q || null, { filters: toPagefindFilters(state) });
  if (!found) return { total: 0, results: [], counts: {} };
  const counts = { ...found.filters };
  for (const name of SEARCH_FILTERS) {
    if (!state.filters[name]?.length) continue;
    const others = { ...state, filters: { ...state.filters, [name]: [] } };
    const wider = hasQuery(others) ? await pf.search(others.q || null, { filters: toPagefindFilters(others) }) : null;
    counts[name] = wider?.filters[name] ?? (await pf.filters())[name] ?? {};
  }
  const results = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
  return { total: found.results.length, results, counts };
}
