// The search page: results as you type, highlighted, with facet counts, the state in the address,
// and clear messages when nothing matches or the search cannot be reached. Talks to Meilisearch
// with the search-only key through react-instantsearch and its Meilisearch adapter.
import { instantMeiliSearch } from '@meilisearch/instant-meilisearch';
import { useMemo } from 'react';
import { Configure, InstantSearch } from 'react-instantsearch';
import { islandTranslator } from '../lib/island-text.ts';
import {
  FACET_ATTRIBUTES,
  type FacetAttribute,
  type IndexUiState,
  type SearchState,
  searchStateToUiState,
  uiStateToSearchState,
} from '../lib/search-url.ts';
import { Facet } from './search/Facets.tsx';
import { Results } from './search/Results.tsx';
import { SearchBox } from './search/SearchBox.tsx';
import type { SearchProps } from './search/types.ts';
import { Unavailable } from './search/Unavailable.tsx';
import { urlRouter } from './url-router.ts';

export type { SearchProps } from './search/types.ts';

const FACET_LEGENDS: Record<FacetAttribute, string> = {
  type: 'facet.type',
  serviceAreaSlugs: 'facet.area',
  counties: 'facet.county',
  municipalities: 'facet.municipality',
  status: 'facet.status',
  evidence: 'facet.evidence',
  projectStatus: 'facet.projectStatus',
  networkKind: 'facet.networkKind',
  advocacyKind: 'facet.advocacyKind',
};

export default function Search(props: SearchProps) {
  const t = islandTranslator(props.text, props.locale);
  const searchClient = useMemo(
    () =>
      props.apiKey
        ? instantMeiliSearch(props.host, props.apiKey, {
            placeholderSearch: true,
            finitePagination: true,
            keepZeroFacets: false,
          }).searchClient
        : undefined,
    [props.host, props.apiKey],
  );
  const routing = useMemo(
    () => ({
      router: urlRouter(props.locale),
      stateMapping: {
        stateToRoute: (uiState: Record<string, IndexUiState>) => uiStateToSearchState(uiState[props.indexName]),
        routeToState: (route: SearchState) => ({ [props.indexName]: searchStateToUiState(route) }),
      },
    }),
    [props.indexName, props.locale],
  );
  if (!searchClient) return <Unavailable t={t} browse={props.browse} />;
  return (
    <InstantSearch
      searchClient={searchClient}
      indexName={props.indexName}
      routing={routing as never}
      future={{ preserveSharedStateOnUnmount: true }}
    >
      <Configure
        hitsPerPage={20}
        filters={`locale = "${props.locale}"`}
        attributesToSnippet={['text:28']}
        snippetEllipsisText="…"
        attributesToHighlight={['title', 'summary']}
      />
      <SearchBox t={t} />
      <div className="search-layout">
        <div>
          <h2 className="visually-hidden">{t('filters.heading')}</h2>
          {FACET_ATTRIBUTES.map((attribute) => (
            <Facet
              key={attribute}
              attribute={attribute}
              legend={t(FACET_LEGENDS[attribute])}
              labels={props.labels[attribute]}
              t={t}
            />
          ))}
        </div>
        <Results props={props} t={t} />
      </div>
    </InstantSearch>
  );
}
