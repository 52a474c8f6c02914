import { describe, expect, it } from 'vitest';
import { hasQuery, parseSearchState, stateToSearch, toPagefindFilters } from '../../../src/lib/search/search-state.ts';

describe('the search state in a URL', () => {
  it('reads the query and the filters, ignoring unknown parameters and repeats', () => {
    expect(parseSearchState('?q=%20sbom%20&goal=trust&role=developer&role=developer&utm=x')).toEqual({
      q: 'sbom',
      filters: { goal: ['trust'], role: ['developer'] },
    });
  });
  it('writes it back in a fixed order, so one state has one URL', () => {
    expect(stateToSearch({ q: 'sbom', filters: { role: ['developer'], type: ['activity'] } })).toBe(
      '?q=sbom&type=activity&role=developer',
    );
    expect(stateToSearch({ q: '', filters: {} })).toBe('');
  });
  it('survives a round trip', () => {
    const s = '?q=licence+compliance&type=activity&type=news&goal=trust';
    expect(stateToSearch(parseSearchState(s))).toBe(s);
  });
});

describe('toPagefindFilters', () => {
  it('gives one value as a string and several as any-of', () => {
    expect(toPagefindFilters({ q: '', filters: { goal: ['trust'], type: ['activity', 'news'], role: [] } })).toEqual({
      type: { any: ['activity', 'news'] },
      goal: 'trust',
    });
  });
});

describe('hasQuery', () => {
  it('is true for a query or a filter alone, false for neither', () => {
    expect(hasQuery({ q: 'x', filters: {} })).toBe(true);
    expect(hasQuery({ q: '', filters: { goal: ['trust'] } })).toBe(true);
    expect(hasQuery({ q: '', filters: {} })).toBe(false);
  });
});
