// What a search asks Meilisearch for, shared by the island's two ways of asking: the first answer,
// asked for directly (one fetch, no InstantSearch: the page's search runs and paints without the
// library loaded), and every later search, through InstantSearch (search/Live.tsx), which loads only
// when the reader does something. Both ask for the same fields in the same shape, so the view the
// first answer drew and the one InstantSearch draws match.
import { FACET_ATTRIBUTES, type FacetAttribute, type SearchState } from '../../lib/search-url.ts';
import type { FacetItem, Hit, ResultsModel, SearchProps } from './types.ts';

export const HITS_PER_PAGE = 20;
/**
 * What a hit card shows (HitCard.tsx) besides its title and summary, the only fields a search
 * retrieves. Title, summary and text come back once, highlighted (`_formatted`), and the text only as
 * a crop of SNIPPET_WORDS words around the match: 20 hits stay under 20 KB.
 */
export const HIT_ATTRIBUTES = ['type', 'url', 'municipalities', 'counties', 'status', 'dateText'] as const;
export const SNIPPET_WORDS = 20;
/** Summaries are a sentence or two; a crop only bounds the odd long one. */
export const SUMMARY_WORDS = 60;
export const HIGHLIGHTED = ['title', 'summary', 'text'] as const;
export const CROP_MARKER = '…';
/**
 * Meilisearch marks matches with these (one character each, from Unicode's private use area, which
 * plain text does not contain); Marked.tsx turns them into <mark>.
 */
export const MARK = { pre: '\uE000', post: '\uE001' } as const;
/** How facet items are ordered (InstantSearch's `sortBy` and the first answer's sort agree). */
export const FACET_LIMIT = 8;
export const FACET_SHOW_MORE_LIMIT = 300;

export const localeFilter = (locale: string) => `locale = "${locale}"`;
const quoted = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/** A Meilisearch filter: the page's language, and per facet any of the chosen values. */
function filterOf(state: SearchState, locale: string, without?: FacetAttribute): (string | string[])[] {
  const filter: (string | string[])[] = [localeFilter(locale)];
  for (const attribute of FACET_ATTRIBUTES) {
    const values = state.refinements[attribute] ?? [];
    if (attribute === without || values.length === 0) continue;
    filter.push(values.map((value) => `${attribute} = ${quoted(value)}`));
  }
  return filter;
}

interface MeiliResult {
  hits: (Record<string, unknown> & { _formatted?: Hit['marked'] })[];
  facetDistribution?: Partial<Record<string, Record<string, number>>>;
  totalHits?: number;
  totalPages?: number;
}

/** The facet items to show, ordered as InstantSearch orders them: chosen first, then by count, then by name. */
export function facetItems(counts: Record<string, number> | undefined, chosen: readonly string[]): FacetItem[] {
  const items = Object.entries(counts ?? {}).map(([value, count]) => ({
    value,
    label: value,
    count,
    isRefined: chosen.includes(value),
  }));
  return items.sort(
    (a, b) =>
      Number(b.isRefined) - Number(a.isRefined) ||
      b.count - a.count ||
      (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
  );
}

export interface FirstAnswer {
  results: ResultsModel;
  facets: Record<FacetAttribute, FacetItem[]>;
}

/**
 * The first answer, asked for with one request: the hits and every facet's counts, and for each facet
 * with chosen values, its counts without them (a facet's values are alternatives: choosing one does
 * not hide the others), as InstantSearch asks for them.
 */
export async function firstAnswer(props: SearchProps, state: SearchState, signal?: AbortSignal): Promise<FirstAnswer> {
  const base = {
    indexUid: props.indexName,
    q: state.query,
    attributesToRetrieve: [...HIT_ATTRIBUTES],
    attributesToHighlight: [...HIGHLIGHTED],
    attributesToCrop: [`text:${SNIPPET_WORDS}`, `summary:${SUMMARY_WORDS}`],
    cropMarker: CROP_MARKER,
    highlightPreTag: MARK.pre,
    highlightPostTag: MARK.post,
  };
  const refined = FACET_ATTRIBUTES.filter((attribute) => (state.refinements[attribute] ?? []).length > 0);
  const queries = [
    {
      ...base,
      filter: filterOf(state, props.locale),
      facets: [...FACET_ATTRIBUTES],
      hitsPerPage: HITS_PER_PAGE,
      page: state.page,
    },
    ...refined.map((attribute) => ({
      indexUid: props.indexName,
      q: state.query,
      filter: filterOf(state, props.locale, attribute),
      facets: [attribute],
      hitsPerPage: 0,
      page: 1,
    })),
  ];
  const response = await fetch(`${props.host.replace(/\/+$/, '')}/multi-search`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${props.apiKey}` },
    body: JSON.stringify({ queries }),
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    signal,
  });
  if (!response.ok) throw new Error(`Meilisearch answered ${response.status}`);
  const [main, ...perFacet] = ((await response.json()) as { results: MeiliResult[] }).results;
  if (!main) throw new Error('Meilisearch gave no result');
  const distribution = { ...main.facetDistribution };
  refined.forEach((attribute, i) => {
    distribution[attribute] = perFacet[i]?.facetDistribution?.[attribute];
  });
  const facets = Object.fromEntries(
    FACET_ATTRIBUTES.map((attribute) => [
      attribute,
      facetItems(distribution[attribute], state.refinements[attribute] ?? []),
    ]),
  ) as Record<FacetAttribute, FacetItem[]>;
  const hits = main.hits.map(({ _formatted, ...fields }) => ({ ...fields, marked: _formatted }) as unknown as Hit);
  return {
    results: {
      hits,
      total: main.totalHits ?? hits.length,
      query: state.query,
      refinements: refined.flatMap((attribute) =>
        (state.refinements[attribute] ?? []).map((value) => ({ attribute, value })),
      ),
      page: state.page - 1,
      nbPages: main.totalPages ?? 1,
      idle: true,
      failed: false,
    },
    facets,
  };
}
