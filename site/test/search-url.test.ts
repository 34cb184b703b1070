import { describe, expect, it } from 'vitest';
import {
  parseSearchQueryString,
  type SearchState,
  searchQueryString,
  searchStateToUiState,
  uiStateToSearchState,
} from '../src/lib/search-url.ts';

const state: SearchState = {
  query: 'lanthandel åre',
  refinements: { type: ['method', 'case-study'], counties: ['20'], status: ['öppen'] },
  page: 3,
};

describe('search state in the address', () => {
  it('writes Swedish parameter names on the Swedish page', () => {
    expect(searchQueryString(state, 'sv')).toBe(
      '?q=lanthandel+%C3%A5re&typ=method&typ=case-study&lan=20&status=%C3%B6ppen&sida=3',
    );
  });

  it('writes English names on the English page', () => {
    expect(searchQueryString(state, 'en')).toBe(
      '?q=lanthandel+%C3%A5re&type=method&type=case-study&county=20&status=%C3%B6ppen&page=3',
    );
  });

  it('reads back what it writes', () => {
    for (const locale of ['sv', 'en'] as const)
      expect(parseSearchQueryString(searchQueryString(state, locale), locale)).toEqual(state);
  });

  it('leaves an empty search without parameters and ignores junk', () => {
    expect(searchQueryString({ query: '  ', refinements: {}, page: 1 }, 'sv')).toBe('');
    expect(parseSearchQueryString('?sida=-4&okand=1&lan=&q=butik', 'sv')).toEqual({
      query: 'butik',
      refinements: {},
      page: 1,
    });
  });

  it('maps to and from InstantSearch UI state', () => {
    expect(uiStateToSearchState(searchStateToUiState(state))).toEqual(state);
    expect(searchStateToUiState({ query: '', refinements: {}, page: 1 })).toEqual({});
  });
});
