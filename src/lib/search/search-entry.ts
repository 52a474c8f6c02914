/**
 * What the site search (Pagefind) records about a page: set through BaseLayout's `search` prop,
 * written as `data-pagefind-filter` / `data-pagefind-meta` tags in the page's head.
 */
import type { GoalId, Role, SearchType } from '../../schemas/vocabularies.ts';

export interface SearchEntry {
  /** Kind of page, the search's `type` filter. */
  type: SearchType;
  /** GGI goal the page belongs to, the `goal` filter. */
  goal?: GoalId;
  /** Roles the page addresses, the `role` filter. */
  roles?: readonly Role[];
  /** Text shown under the result's title; defaults to the page description. */
  summary?: string;
  /** Image for the result, a site path (without base). */
  image?: string;
}

/**
 * Attributes that keep an element's text out of the site search (Pagefind's
 * `data-pagefind-ignore="all"`: neither its words nor its filters are indexed). Spread on every
 * element whose text repeats other pages or is chrome: cards and lists of other entries,
 * breadcrumbs, tables of contents, badges, previous/next, edit notes. A page is then found by its
 * own words only, and its excerpts are its own sentences.
 */
export const NOT_INDEXED = { 'data-pagefind-ignore': 'all' } as const;

/**
 * Pagefind content weight (`data-pagefind-weight`; Pagefind's defaults: 7 for an h1, 6 for an h2
 * down to 2 for an h6, 1 for other text) of an activity's one-sentence summary, which says what
 * the activity is about better than any sentence of its body.
 */
export const SUMMARY_WEIGHT = 3;

/**
 * Pagefind content weight of the introductions of the GGI overview and the goal pages, which
 * speak of many activities in passing: below body text, so that the activity a query is about
 * comes before the overview that mentions it.
 */
export const OVERVIEW_WEIGHT = 0.5;
