// The settings of the `knowledge` index, from the search-document shape in content-types and the
// Swedish lists in ../swedish. Applied to a new index before any document goes in, so documents are
// indexed once, with the right settings.
import {
  EQUALITY_FILTERS,
  HIDDEN_ATTRIBUTES,
  MAX_TOTAL_HITS,
  MAX_VALUES_PER_FACET,
  RANGE_FILTERS,
  SEARCHABLE_ATTRIBUTES,
  SORTABLE_ATTRIBUTES,
  searchDocument,
} from '@skb/content-types/search';
import type { Settings } from 'meilisearch';
import { SWEDISH_STOP_WORDS } from '../swedish/stop-words.ts';

/** Facets whose values a visitor may search for in the interface (a long, free list). */
const FACET_SEARCH = ['topics'];

const hidden = new Set<string>(HIDDEN_ATTRIBUTES);

export function indexSettings(): Settings {
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    displayedAttributes: Object.keys(searchDocument.shape).filter((field) => !hidden.has(field)),
    // Granular filters: equality only where nobody compares, so Meilisearch builds less.
    filterableAttributes: [
      {
        attributePatterns: FACET_SEARCH,
        features: { facetSearch: true, filter: { equality: true, comparison: false } },
      },
      {
        attributePatterns: EQUALITY_FILTERS.filter((field) => !FACET_SEARCH.includes(field)),
        features: { facetSearch: false, filter: { equality: true, comparison: false } },
      },
      {
        attributePatterns: [...RANGE_FILTERS],
        features: { facetSearch: false, filter: { equality: true, comparison: true } },
      },
    ],
    sortableAttributes: [...SORTABLE_ATTRIBUTES],
    // Swedish tokenisation keeps å, ä and ö apart from a and o, as Swedish does ("får" is not "far").
    // The cost: "alvdalen" no longer matches "Älvdalen", which is why place names get ASCII aliases.
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['swe'] }],
    stopWords: [...SWEDISH_STOP_WORDS],
    // Synonyms are written into the documents (../swedish/synonyms.ts says why), never into the query.
    synonyms: {},
    typoTolerance: { enabled: true, disableOnNumbers: true },
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
  };
}
