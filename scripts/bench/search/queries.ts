// The search benchmark's fixed queries: words readers type (inflections, compounds, place names
// with and without å/ä/ö, a typo), each under five filters, each with facets.

const QUERY_WORDS = [
  'butik',
  'butiker',
  'lanthandel',
  'dagligvarubutik',
  'servicepunkter',
  'drivmedel',
  'drivmedl',
  'hemsändning',
  'kontanter',
  'bygdegården',
  'paketombud',
  'kommunal serviceplan',
  'stöd till kommersiell service',
  'alvdalen',
  'Jämtland',
  'bensinmacken',
  'ekonomisk förening',
  'laddstolpar',
];
const FACETS = ['type', 'serviceAreas', 'counties', 'topics', 'status'];

export interface BenchQuery {
  q: string;
  filter: string[] | undefined;
  facets: string[];
  limit: number;
  page: number | undefined;
}

/** 18 words × 5 filters = 90 fixed queries, each with facets; deadlines counted from `now`. */
export function searchQueries(now: Date): BenchQuery[] {
  const filters: (string[] | undefined)[] = [
    undefined,
    ['type = "case-study"'],
    ['serviceAreas = "Dagligvaror"', 'locale = "sv"'],
    ['type = "funding-call"', 'status IN ["öppen", "kommande"]'],
    [`deadline > ${now.getTime()}`],
  ];
  return QUERY_WORDS.flatMap((q, i) =>
    filters.map((filter, j) => ({ q, filter, facets: FACETS, limit: 20, page: (i + j) % 3 === 0 ? 2 : undefined })),
  );
}
