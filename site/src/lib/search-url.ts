// The search page's state in its address, so a search can be bookmarked and shared:
// `/sok/?q=butik&typ=method&lan=20&sida=2`. Parameter names follow the page's language. Pure: the
// island uses it for InstantSearch's router, and the tests check that it round-trips.

export const FACET_ATTRIBUTES = [
  'type',
  'serviceAreaSlugs',
  'counties',
  'municipalities',
  'status',
  'evidence',
  'projectStatus',
  'networkKind',
  'advocacyKind',
] as const;
export type FacetAttribute = (typeof FACET_ATTRIBUTES)[number];

export interface SearchState {
  query: string;
  refinements: Partial<Record<FacetAttribute, string[]>>;
  /** 1-based. */
  page: number;
}

const PARAMS: Record<'sv' | 'en', { query: string; page: string } & Record<FacetAttribute, string>> = {
  sv: {
    query: 'q',
    page: 'sida',
    type: 'typ',
    serviceAreaSlugs: 'omrade',
    counties: 'lan',
    municipalities: 'kommun',
    status: 'status',
    evidence: 'evidens',
    projectStatus: 'projektstatus',
    networkKind: 'natverkstyp',
    advocacyKind: 'insats',
  },
  en: {
    query: 'q',
    page: 'page',
    type: 'type',
    serviceAreaSlugs: 'area',
    counties: 'county',
    municipalities: 'municipality',
    status: 'status',
    evidence: 'evidence',
    projectStatus: 'project-status',
    networkKind: 'network-kind',
    advocacyKind: 'action',
  },
};

/** `?q=…&typ=…` for a state; empty string for an empty state. */
export function searchQueryString(state: SearchState, locale: 'sv' | 'en'): string {
  const names = PARAMS[locale];
  const params = new URLSearchParams();
  if (state.query.trim()) params.set(names.query, state.query);
  for (const attribute of FACET_ATTRIBUTES) {
    for (const value of state.refinements[attribute] ?? []) params.append(names[attribute], value);
  }
  if (state.page > 1) params.set(names.page, String(state.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The state an address describes; unknown parameters are ignored. */
export function parseSearchQueryString(search: string, locale: 'sv' | 'en'): SearchState {
  const names = PARAMS[locale];
  const params = new URLSearchParams(search);
  const refinements: SearchState['refinements'] = {};
  for (const attribute of FACET_ATTRIBUTES) {
    const values = params.getAll(names[attribute]).filter(Boolean);
    if (values.length > 0) refinements[attribute] = [...new Set(values)];
  }
  const page = Number.parseInt(params.get(names.page) ?? '1', 10);
  return { query: params.get(names.query) ?? '', refinements, page: Number.isFinite(page) && page > 1 ? page : 1 };
}

/** InstantSearch's UI state of one index, in the shape its `routing.stateMapping` works with. */
export interface IndexUiState {
  query?: string;
  refinementList?: Partial<Record<string, string[]>>;
  page?: number;
}

export function uiStateToSearchState(ui: IndexUiState | undefined): SearchState {
  const refinements: SearchState['refinements'] = {};
  for (const attribute of FACET_ATTRIBUTES) {
    const values = ui?.refinementList?.[attribute];
    if (values && values.length > 0) refinements[attribute] = values;
  }
  return { query: ui?.query ?? '', refinements, page: ui?.page && ui.page > 1 ? ui.page : 1 };
}

export function searchStateToUiState(state: SearchState): IndexUiState {
  const refinementList: Record<string, string[]> = {};
  for (const [attribute, values] of Object.entries(state.refinements))
    if (values?.length) refinementList[attribute] = values;
  return {
    ...(state.query ? { query: state.query } : {}),
    ...(Object.keys(refinementList).length > 0 ? { refinementList } : {}),
    ...(state.page > 1 ? { page: state.page } : {}),
  };
}
