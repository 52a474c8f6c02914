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
