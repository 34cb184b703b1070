// The search page: results as you type, highlighted, with facet counts, the state in the address,
// and clear messages when nothing matches or the search cannot be reached. Talks to Meilisearch
// with the search-only key through react-instantsearch (on Preact's compatibility layer) and its
// Meilisearch adapter. The search form is the page's own (SearchPage.astro); until the first answer
// is in, the island shows what the page showed before it ran, and then facets and results at once,
// so nothing on the screen moves while the page loads.
import { instantMeiliSearch } from '@meilisearch/instant-meilisearch';
import { useMemo } from 'react';
import { Configure, InstantSearch, useInstantSearch } from 'react-instantsearch';
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
import type { SearchProps, T } from './search/types.ts';
import { BrowseLinks, Unavailable } from './search/Unavailable.tsx';
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

/**
 * What a hit card shows (search/HitCard.tsx) besides its title and summary, the only fields a
 * search retrieves. Title, summary and text come back once, highlighted (`_formatted`), and the
 * text only as a crop of SNIPPET_WORDS words around the match: 20 hits stay under 20 KB.
 */
const HIT_ATTRIBUTES = ['type', 'url', 'municipalities', 'counties', 'status', 'dateText'] as const;
const SNIPPET_WORDS = 20;
/** Summaries are a sentence or two; a crop only bounds the odd long one. */
const SUMMARY_WORDS = 60;
/**
 * Meilisearch marks matches with these (one character each, from Unicode's private use area, which
 * plain text does not contain); the answer is turned back into InstantSearch's own markers here.
 */
const MARK = { pre: '\uE000', post: '\uE001' } as const;
const AIS = { pre: '__ais-highlight__', post: '__/ais-highlight__' } as const;

function unmark(value: unknown): unknown {
  if (typeof value === 'string') return value.replaceAll(MARK.pre, AIS.pre).replaceAll(MARK.post, AIS.post);
  if (Array.isArray(value)) return value.map(unmark);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, unmark(inner)]));
  return value;
}

interface MultiSearchAnswer {
  results: { hits: { _formatted?: unknown }[] }[];
}

/**
 * The Meilisearch adapter, one small request per search. On its first search the adapter asks for
 * the index's facet distribution with a query of its own (every field of 20 hits, some 60 KB), used
 * only to keep zero-count facets, which this page does not (`keepZeroFacets: false`): that warm-up,
 * the one query without our `attributesToRetrieve`, is answered here with an empty result.
 */
function oneRequestPerSearch(host: string, apiKey: string) {
  const { searchClient, meiliSearchInstance } = instantMeiliSearch(host, apiKey, {
    // The address is unique per document and language, and shown anyway: no id needs to travel.
    primaryKey: 'url',
    placeholderSearch: true,
    finitePagination: true,
    keepZeroFacets: false,
    meiliSearchParams: { highlightPreTag: MARK.pre, highlightPostTag: MARK.post },
  });
  const multiSearch = meiliSearchInstance.multiSearch.bind(meiliSearchInstance);
  meiliSearchInstance.multiSearch = (async (request: {
    queries: { indexUid: string; attributesToRetrieve?: unknown }[];
  }) => {
    if (request.queries.every((query) => query.attributesToRetrieve === undefined))
      return {
        results: request.queries.map((query) => ({
          indexUid: query.indexUid,
          hits: [],
          query: '',
          processingTimeMs: 0,
          facetDistribution: {},
        })),
      };
    const answer = (await multiSearch(request as never)) as unknown as MultiSearchAnswer;
    for (const result of answer.results) for (const hit of result.hits) hit._formatted = unmark(hit._formatted);
    return answer;
  }) as never;
  return searchClient;
}

export default function Search(props: SearchProps) {
  const t = useMemo(() => islandTranslator(props.text, props.locale), [props.text, props.locale]);
  const searchClient = useMemo(
    () => (props.apiKey ? oneRequestPerSearch(props.host, props.apiKey) : undefined),
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
      {/* Small answers: only what a hit card shows; the body text only as a highlighted crop. */}
      <Configure
        hitsPerPage={20}
        filters={`locale = "${props.locale}"`}
        attributesToRetrieve={[...HIT_ATTRIBUTES]}
        attributesToSnippet={[`text:${SNIPPET_WORDS}`, `summary:${SUMMARY_WORDS}`]}
        snippetEllipsisText="…"
        attributesToHighlight={['title', 'summary', 'text']}
      />
      <SearchBox formId={props.formId} />
      <Layout props={props} t={t} />
    </InstantSearch>
  );
}

/**
 * Facets beside (on a narrow screen: above) the results. Every widget is there from the start, so
 * the first request asks for all it needs, but hidden until the first answer (or failure) is in:
 * facets appearing above results already drawn would push them down the screen.
 */
function Layout({ props, t }: { props: SearchProps; t: T }) {
  const { results, error } = useInstantSearch({ catchError: true });
  const answered = Boolean(error) || !(results as { __isArtificial?: boolean }).__isArtificial;
  return (
    <>
      {!answered && (
        <div>
          <p className="muted">{t('loading')}</p>
          <BrowseLinks links={props.browse} />
        </div>
      )}
      <div className="search-layout" hidden={!answered}>
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
    </>
  );
}
