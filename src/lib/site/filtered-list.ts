/**
 * The model of a filtered list page (all activities, case studies, members), which
 * src/components/FilteredList.astro renders: the filter groups (one per facet, from the
 * vocabularies or the entries), the CSS that filters without JavaScript (filter-css.ts), and the
 * "nothing matches" notes for the combinations of values that no item has.
 */
import { countryName } from './countries.ts';
import { emptyCombinations, filterCss, groupHideCss, type Facet } from './filter-css.ts';

/** One facet of a filtered list, as its filter group shows it. */
export interface ListFacet {
  /** Radio name and URL parameter, e.g. "goal". */
  name: string;
  /** Visible group label, e.g. "Goal". */
  legend: string;
  /** Attribute of each item holding its values, space-separated, e.g. "data-roles". */
  attribute: string;
  /** The values to filter by, in display order, with their labels. */
  options: readonly { value: string; label: string }[];
  /** The options come from the entries (they grow with content), not from a fixed vocabulary. */
  fromContent?: boolean;
}

/** A combination of one value per facet (in facet order) that no item has, with the values' labels. */
export interface EmptyCombination {
  /** The values joined by `|`: the note's `data-empty-for`. */
  key: string;
  values: string[];
  labels: string[];
}

/** What FilteredList.astro renders (see `filteredList`). */
export interface FilteredListModel {
  /** Class of the element that scopes the filter CSS. */
  scope: string;
  /** Id of the list element the filters act on. */
  listId: string;
  /** Accessible name of the filter group, e.g. "Filter activities". */
  label: string;
  /** Selector of the items within the list, when they are not its own `<li>` children. */
  items?: string;
  facets: readonly ListFacet[];
  empty: EmptyCombination[];
  /** The filter CSS, for a `<style>` in the page's head. */
  css: string;
  /** Number of items. */
  count: number;
}

/**
 * The model of a filtered list. `entries` give each item's values per facet name (as their
 * attributes carry them); `groups`, when the items are shown in sections (members by category),
 * name each section's selector and its items, so that a section hides when the filters leave none
 * of them.
 */
export function filteredList(list: {
  scope: string;
  listId: string;
  label: string;
  items?: string;
  facets: readonly ListFacet[];
  entries: readonly Record<string, readonly string[]>[];
  groups?: readonly { selector: string; entries: readonly Record<string, readonly string[]>[] }[];
}): FilteredListModel {
  const facets: Facet[] = list.facets.map((f) => ({
    name: f.name,
    attribute: f.attribute,
    values: f.options.map((o) => o.value),
  }));
  const combos = emptyCombinations(facets, list.entries);
  const label = (i: number, v: string) => list.facets[i].options.find((o) => o.value === v)?.label ?? v;
  const css = [
    filterCss(list.scope, facets, combos),
    ...(list.groups
      ? [
          groupHideCss(
            list.scope,
            facets,
            list.groups.map((g) => ({ selector: g.selector, items: g.entries })),
          ),
        ]
      : []),
  ].join('\n');
  return {
    scope: list.scope,
    listId: list.listId,
    label: list.label,
    ...(list.items ? { items: list.items } : {}),
    facets: list.facets,
    empty: combos.map((values) => ({ key: values.join('|'), values, labels: values.map((v, i) => label(i, v)) })),
    css,
    count: list.entries.length,
  };
}

/**
 * A facet over a vocabulary (`values`, in its own order) with its labels; given `used` (the
 * items' values), only the values some item has.
 */
export function vocabularyFacet<V extends string>(
  facet: { name: string; legend: string; attribute: string },
  values: readonly V[],
  labels: Readonly<Record<V, string>> | ((value: V) => string),
  used?: readonly string[],
): ListFacet {
  const labelOf = typeof labels === 'function' ? labels : (v: V) => labels[v];
  const shown = used ? values.filter((v) => used.includes(v)) : values;
  return { ...facet, options: shown.map((v) => ({ value: v, label: labelOf(v) })) };
}

/** The "Country" facet over the countries the items name (ISO codes), sorted by English name. */
export function countryFacet(codes: readonly string[]): ListFacet {
  const countries = [...new Set(codes)].sort((a, b) => countryName(a).localeCompare(countryName(b)));
  return {
    name: 'country',
    legend: 'Country',
    attribute: 'data-country',
    options: countries.map((c) => ({ value: c, label: countryName(c) })),
    fromContent: true,
  };
}
