import { describe, expect, it } from 'vitest';
import { emptyCombinations, filterCss, groupHideCss, type Facet } from '../../../src/lib/site/filter-css.ts';

const facets: Facet[] = [
  { name: 'goal', attribute: 'data-goal', values: ['usage', 'trust'] },
  { name: 'role', attribute: 'data-roles', values: ['developer', 'decision-maker'] },
];

describe('filterCss', () => {
  const css = filterCss('scope', facets, [['usage', 'decision-maker']]);
  it('hides the items that lack the checked value, one rule per value', () => {
    expect(css).toContain(
      '.scope:has(input[name="goal"][value="trust"]:checked) [data-goal]:not([data-goal~="trust"]){display:none}',
    );
    expect(css).toContain(
      '.scope:has(input[name="role"][value="developer"]:checked) [data-roles]:not([data-roles~="developer"]){display:none}',
    );
    expect(css.split('\n').filter((l) => l.includes('display:none'))).toHaveLength(4);
  });
  it('shows the note of a combination that matches nothing', () => {
    expect(css).toContain(
      '.scope:has(input[name="goal"][value="usage"]:checked):has(input[name="role"][value="decision-maker"]:checked) [data-empty-for="usage|decision-maker"]{display:block}',
    );
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

describe('groupHideCss', () => {
  const groups = [
    { selector: '#founders', items: [{ goal: ['usage'], role: ['developer'] }] },
    {
      selector: '#supporters',
      items: [
        { goal: ['trust'], role: ['developer'] },
        { goal: ['usage'], role: ['decision-maker'] },
      ],
    },
  ];
  const css = groupHideCss('scope', facets, groups);
  it('hides a group for a single value none of its items has', () => {
    expect(css).toContain('.scope:has(input[name="goal"][value="trust"]:checked) #founders{display:none}');
    expect(css).not.toContain('.scope:has(input[name="goal"][value="usage"]:checked) #founders{display:none}');
  });
  it('hides a group for a combination none of its items has, even when another group has it', () => {
    // usage + developer exists (in #founders) but not in #supporters
    expect(css).toContain(
      '.scope:has(input[name="goal"][value="usage"]:checked):has(input[name="role"][value="developer"]:checked) #supporters{display:none}',
    );
  });
});
