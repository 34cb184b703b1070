// The search once the reader does something (types, chooses a filter, goes back): react-instantsearch
// (on Preact's compatibility layer) with its Meilisearch adapter, loaded only then (Search.tsx draws
// the first answer without it). It starts from what the reader did (or from the address), and draws
// the same view from InstantSearch's hooks. Hidden until its first answer is in; then
// `onAnswered`, and Search.tsx shows it in place of the first view.
import { instantMeiliSearch } from '@meilisearch/instant-meilisearch';
import { useEffect, useMemo, useRef } from 'react';
import {
  Configure,
  InstantSearch,
  useClearRefinements,
  useCurrentRefinements,
  useHits,
  useInstantSearch,
  usePagination,
  useRefinementList,
} from 'react-instantsearch';
import {
  FACET_ATTRIBUTES,
  type FacetAttribute,
  type IndexUiState,
  type SearchState,
  searchStateToUiState,
  uiStateToSearchState,
} from '../../lib/search-url.ts';
import { urlRouter } from '../url-router.ts';
import { FacetList } from './Facets.tsx';
import {
  CROP_MARKER,
  FACET_LIMIT,
  FACET_SHOW_MORE_LIMIT,
  HIGHLIGHTED,
  HIT_ATTRIBUTES,
  HITS_PER_PAGE,
  localeFilter,
  MARK,
  SNIPPET_WORDS,
  SUMMARY_WORDS,
} from './first-answer.ts';
import { Results } from './Results.tsx';
import { SearchBox } from './SearchBox.tsx';
import { FACET_LEGENDS, SearchLayout } from './SearchLayout.tsx';
import type { Hit, Refinement, SearchProps, T } from './types.ts';

interface MultiSearchAnswer {
  results: { hits: { _formatted?: unknown; marked?: unknown }[] }[];
}

/**
 * The Meilisearch adapter, one small request per search. On its first search the adapter asks for
 * the index's facet distribution with a query of its own (every field of 20 hits, some 60 KB), used
 * only to keep zero-count facets, which this page does not (`keepZeroFacets: false`): that warm-up,
 * the one query without our `attributesToRetrieve`, is answered here with an empty result. Each
 * hit's `_formatted` (the marked title, summary and text) is kept as `marked`, as the first answer
 * keeps it, for HitCard.tsx.
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
    for (const result of answer.results) for (const hit of result.hits) hit.marked = hit._formatted;
    return answer;
  }) as never;
  return searchClient;
}

export interface LiveProps {
  props: SearchProps;
  t: T;
  /** Where to start: what the reader did in the first view; none: the address. */
  start?: SearchState;
  /** The facets opened with "show more" in the first view: open here too. */
  expanded?: ReadonlySet<FacetAttribute>;
  onAnswered: () => void;
}

export default function Live({ props, t, start, expanded, onAnswered }: LiveProps) {
  const searchClient = useMemo(() => oneRequestPerSearch(props.host, props.apiKey), [props.host, props.apiKey]);
  const routing = useMemo(
    () => ({
      router: urlRouter(props.locale, start),
      stateMapping: {
        stateToRoute: (uiState: Record<string, IndexUiState>) => uiStateToSearchState(uiState[props.indexName]),
        routeToState: (route: SearchState) => ({ [props.indexName]: searchStateToUiState(route) }),
      },
    }),
    [props.indexName, props.locale, start],
  );
  return (
    <InstantSearch
      searchClient={searchClient}
      indexName={props.indexName}
      routing={routing as never}
      future={{ preserveSharedStateOnUnmount: true }}
    >
      {/* Small answers: only what a hit card shows; the body text only as a highlighted crop. */}
      <Configure
        hitsPerPage={HITS_PER_PAGE}
        filters={localeFilter(props.locale)}
        attributesToRetrieve={[...HIT_ATTRIBUTES]}
        attributesToSnippet={[`text:${SNIPPET_WORDS}`, `summary:${SUMMARY_WORDS}`]}
        snippetEllipsisText={CROP_MARKER}
        attributesToHighlight={[...HIGHLIGHTED]}
      />
      <SearchBox formId={props.formId} />
      <Layout props={props} t={t} expanded={expanded} onAnswered={onAnswered} />
    </InstantSearch>
  );
}

/**
 * Facets beside (on a narrow screen: above) the results. Every widget is there from the start, so
 * the first request asks for all it needs; Search.tsx keeps this hidden until the first answer (or
 * failure) is in.
 */
function Layout({
  props,
  t,
  expanded,
  onAnswered,
}: {
  props: SearchProps;
  t: T;
  expanded?: ReadonlySet<FacetAttribute>;
  onAnswered: () => void;
}) {
  const { results, error } = useInstantSearch({ catchError: true });
  const answered = Boolean(error) || !(results as { __isArtificial?: boolean }).__isArtificial;
  useEffect(() => {
    if (answered) onAnswered();
  }, [answered, onAnswered]);
  return (
    <SearchLayout
      t={t}
      facets={FACET_ATTRIBUTES.map((attribute) => (
        <Facet
          key={attribute}
          attribute={attribute}
          legend={t(FACET_LEGENDS[attribute])}
          labels={props.labels[attribute]}
          showingMore={expanded?.has(attribute) ?? false}
          t={t}
        />
      ))}
      results={<LiveResults props={props} t={t} />}
    />
  );
}

function Facet({
  showingMore,
  ...args
}: {
  attribute: FacetAttribute;
  legend: string;
  labels: Record<string, string>;
  showingMore: boolean;
  t: T;
}) {
  const { items, refine, canToggleShowMore, isShowingMore, toggleShowMore } = useRefinementList({
    attribute: args.attribute,
    limit: FACET_LIMIT,
    showMore: true,
    showMoreLimit: FACET_SHOW_MORE_LIMIT,
    sortBy: ['isRefined:desc', 'count:desc', 'name:asc'],
  });
  // Opened once, as the first view left it; after that the reader's own clicks decide.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !showingMore) return;
    opened.current = true;
    if (!isShowingMore) toggleShowMore();
  }, [showingMore, isShowingMore, toggleShowMore]);
  return (
    <FacetList
      {...args}
      items={items}
      canToggleShowMore={canToggleShowMore}
      isShowingMore={isShowingMore}
      onToggle={refine}
      onToggleShowMore={toggleShowMore}
    />
  );
}

function LiveResults({ props, t }: { props: SearchProps; t: T }) {
  const { items, results } = useHits<Hit & { objectID: string }>();
  const { status, error, indexUiState } = useInstantSearch({ catchError: true });
  const { currentRefinement, nbPages, refine: goTo, createURL } = usePagination();
  const { items: current, refine: remove } = useCurrentRefinements();
  const { refine: clear } = useClearRefinements();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const refinements: Refinement[] = current.flatMap((item) =>
    item.refinements.map((refinement) => ({
      attribute: item.attribute as FacetAttribute,
      value: String(refinement.value),
    })),
  );
  return (
    <Results
      model={{
        hits: items,
        total: results?.nbHits ?? 0,
        query: indexUiState.query ?? '',
        refinements,
        page: currentRefinement,
        nbPages,
        idle: Boolean(results) && status === 'idle',
        failed: Boolean(error),
      }}
      actions={{
        onRemove: (chosen) =>
          current
            .find((item) => item.attribute === chosen.attribute)
            ?.refinements.filter((refinement) => String(refinement.value) === chosen.value)
            .forEach(remove),
        onClear: clear,
        pageUrl: createURL,
        onPage: (page) => {
          goTo(page);
          headingRef.current?.focus();
        },
        headingRef,
      }}
      props={props}
      t={t}
    />
  );
}
