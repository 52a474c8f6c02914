/**
 * The state of a search as it lives in a URL (`/search/?q=sbom&goal=trust&role=developer`) and
 * as Pagefind takes it. Pure functions, shared by the search page and the search dialog.
 */

/** The filters the site search offers, in display order (Pagefind filter names). */
export const SEARCH_FILTERS = ['type', 'goal', 'role'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** A query and the chosen values per filter (several values of one filter: any of them). */
export interface SearchState {
  q: string;
  filters: Partial<Record<SearchFilter, string[]>>;
}

/** Reads the state from a query string (`?q=…&goal=…`); unknown parameters are ignored. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filters[name] = [...new Set(values)];
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** Writes the state as a query string (with `?`, or empty), filters in their fixed order. */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const name of SEARCH_FILTERS) for (const v of state.filters[name] ?? []) params.append(name, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * The filters in Pagefind's form: one value as a string, several as `{ any: [...] }`; filters
 * without values left out.
 */
export function toPagefindFilters(state: SearchState): Record<string, string | { any: string[] }> {
  const out: Record<string, string | { any: string[] }> = {};
  for (const name of SEARCH_FILTERS) {
    const values = state.filters[name] ?? [];
    if (values.length === 1) out[name] = values[0];
    else if (values.length > 1) out[name] = { any: values };
  }
  return out;
}

/** True when the state asks for anything: a query or a filter. */
export function hasQuery(state: SearchState): boolean {
  return state.q.length > 0 || SEARCH_FILTERS.some((f) => (state.filters[f]?.length ?? 0) > 0);
}
