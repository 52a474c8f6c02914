import { describe, expect, it } from 'vitest';
import { emptyCombinations, filterCss, type Facet } from '../../src/lib/filter-css.ts';

const facets: Facet[] = [
  { name: 'goal', attribute: 'data-goal', values: ['usage', 'trust'] },
  { name: 'role', attribute: 'data-roles', values: ['developer', 'decision-maker'] },
];

describe('filterCss', () => {
  const css = filterCss('scope', facets, [['usage', 'decision-maker']]);
  it('hides the items that lack the checked value, one rule per value', () => {
    expect(css).toContain('.scope:has(input[name="goal"][value="trust"]:checked) [data-goal]:not([data-goal~="trust"]){display:none}');
    expect(css).toContain('.scope:has(input[name="role"][value="developer"]:checked) [data-roles]:not([data-roles~="developer"]){display:none}');
    expect(css.split('\n').filter((l) => l.includes('display:none'))).toHaveLength(4);
  });
  it('shows the note of a combination that matches nothing', () => {
    expect(css).toContain('.scope:has(input[name="goal"][value="usage"]:checked):has(input[name="role"][value="decision-maker"]:checked) [data-empty-for="usage|decision-maker"]{display:block}');
  });
});

describe('emptyCombinations', () => {
  it('lists the combinations of one value per facet that no item has', () => {
    const items = [
      { goal: ['usage'], role: ['developer'] },
      { goal: ['trust'], role: ['developer', 'decision-maker'] },
    ];
    expect(emptyCombinations(facets, items)).toEqual([['usage', 'decision-maker']]);
  });
});
