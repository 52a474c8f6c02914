import { describe, expect, it } from 'vitest';
import { countryFacet, filteredList, vocabularyFacet } from '../../../src/lib/site/filtered-list.ts';

const kind = vocabularyFacet(
  { name: 'kind', legend: 'Kind', attribute: 'data-kind' },
  ['company', 'foundation', 'public-body'] as const,
  { company: 'Company', foundation: 'Foundation', 'public-body': 'Public body' },
  ['foundation', 'company'],
);
const country = countryFacet(['FR', 'DE', 'FR']);
const entries = [
  { kind: ['company'], country: ['FR'] },
  { kind: ['foundation'], country: ['DE'] },
];

describe('vocabularyFacet', () => {
  it('keeps the vocabulary’s order and only the values some item has, with their labels', () => {
    expect(kind.options).toEqual([
      { value: 'company', label: 'Company' },
      { value: 'foundation', label: 'Foundation' },
    ]);
  });
  it('keeps every value when no item values are given, labelled by a function', () => {
    const goal = vocabularyFacet(
      { name: 'goal', legend: 'Goal', attribute: 'data-goal' },
      ['usage', 'trust'] as const,
      (g) => g.toUpperCase(),
    );
    expect(goal.options.map((o) => o.label)).toEqual(['USAGE', 'TRUST']);
  });
});

describe('countryFacet', () => {
  it('lists each country once, sorted by its English name, as a facet that grows with content', () => {
    expect(country.options).toEqual([
      { value: 'FR', label: 'France' },
      { value: 'DE', label: 'Germany' },
    ]);
    expect(country).toMatchObject({ name: 'country', attribute: 'data-country', fromContent: true });
  });
});

describe('filteredList', () => {
  const list = filteredList({
    scope: 'member-scope',
    listId: 'member-list',
    label: 'Filter members',
    facets: [kind, country],
    entries,
  });

  it('gives a note for each combination no item has, keyed as the CSS expects and with the values’ labels', () => {
    expect(list.empty).toEqual([
      { key: 'company|DE', values: ['company', 'DE'], labels: ['Company', 'Germany'] },
      { key: 'foundation|FR', values: ['foundation', 'FR'], labels: ['Foundation', 'France'] },
    ]);
    expect(list.css).toContain(
      '.member-scope:has(input[name="kind"][value="company"]:checked):has(input[name="country"][value="DE"]:checked) [data-empty-for="company|DE"]{display:block}',
    );
  });

  it('hides the items without the checked value, through the facets’ attributes', () => {
    expect(list.css).toContain(
      '.member-scope:has(input[name="country"][value="FR"]:checked) [data-country]:not([data-country~="FR"]){display:none}',
    );
    expect(list.count).toBe(2);
    expect(list.items).toBeUndefined();
  });

  it('hides a group whose items the checked filters all leave out, when groups are given', () => {
    const grouped = filteredList({
      scope: 's',
      listId: 'l',
      label: 'Filter',
      items: 'li[data-kind]',
      facets: [kind, country],
      entries,
      groups: [{ selector: '#founders', entries: [entries[1]] }],
    });
    expect(grouped.items).toBe('li[data-kind]');
    expect(grouped.css).toContain('.s:has(input[name="kind"][value="company"]:checked) #founders{display:none}');
    expect(list.css).not.toContain('#founders');
  });
});
