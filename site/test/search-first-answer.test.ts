// The search island's first answer is drawn without InstantSearch: its facets must come out in the
// order InstantSearch gives them (islands/search/Live.tsx: chosen first, then by count, then by
// name), or the list would reorder under the reader's pointer when InstantSearch takes over.
import { describe, expect, it } from 'vitest';
import { facetItems } from '../src/islands/search/first-answer.ts';

describe('the first answer’s facet values', () => {
  it('come chosen first, then by count, then by name, each with its count', () => {
    const items = facetItems({ 'trend-note': 3, method: 7, event: 3, 'case-study': 1 }, ['case-study']);
    expect(items.map((item) => [item.value, item.count, item.isRefined])).toEqual([
      ['case-study', 1, true],
      ['method', 7, false],
      ['event', 3, false],
      ['trend-note', 3, false],
    ]);
  });

  it('are none when the answer has no counts for the facet', () => {
    expect(facetItems(undefined, [])).toEqual([]);
  });
});
