// Swedish relevance and the search-only key, against a real Meilisearch with the index settings and
// documents made by the real mapping. Each target entry uses only one form of its word; the query
// uses another, the way a searcher would type it.
import { trendNote } from '@skb/content-types';
import { type SearchDocument, searchDocument } from '@skb/content-types/search';
import { createMeiliClient, ensureSearchOnlyKey, toSearchDocument } from '@skb/search-indexer';
import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIndex, startTestMeili, type TestMeili } from '../support/meili.ts';

const INDEX = 'knowledge';
const NOW = new Date('2026-05-01T10:00:00Z');
let nextId = 1;

/** A published trend note as the API serves it, with the given texts. */
function trendNoteEntry(args: { key: string; title: string; summary: string; body: string; region?: string[] }) {
  return {
    id: nextId++,
    documentId: `relevance${args.key}`,
    locale: 'sv',
    title: args.title,
    slug: `relevans-${args.key}`,
    summary: args.summary,
    body: args.body,
    serviceAreas: [],
    topics: [],
    sourceLinks: [],
    region: args.region ?? [],
    publishedAt: '2026-04-01T08:00:00.000Z',
    createdAt: '2026-04-01T08:00:00.000Z',
    updatedAt: '2026-04-01T08:00:00.000Z',
    localizations: [],
  };
}

function caseStudyEntry(args: { key: string; title: string; summary: string; body: string; municipalities: string[] }) {
  return {
    ...trendNoteEntry(args),
    slug: `exempel-${args.key}`,
    municipalities: args.municipalities,
    coordinates: null,
    startedYear: 2023,
    projectStatus: 'pågående',
    outcomes: 'Fler kunder.',
    lessons: 'Det tog tid.',
    funding: null,
    organisations: [],
    methods: [],
    lastVerifiedAt: null,
  };
}

const TARGETS = {
  butik: trendNoteEntry({
    key: 'butik',
    title: 'En butik i varje by',
    summary: 'Varför en butik håller bygden levande.',
    body: 'Utan butik flyttar de unga. En butik är mer än en affär.',
  }),
  dagligvarubutik: trendNoteEntry({
    key: 'dagligvarubutik',
    title: 'Dagligvarubutik med förlängda öppettider',
    summary: 'Obemannade timmar på kvällen.',
    body: 'Med digital nyckel kan kunderna handla efter stängning.',
  }),
  alvdalen: caseStudyEntry({
    key: 'alvdalen',
    title: 'Samåkning till vårdcentralen',
    summary: 'Grannar kör grannar.',
    body: 'En samåkningsgrupp med fyrtio förare.',
    municipalities: ['2039'],
  }),
  servicepunkt: trendNoteEntry({
    key: 'servicepunkt',
    title: 'Ny servicepunkt i Kåge',
    summary: 'Ombud för paket och apotek under ett tak.',
    body: 'Föreningen driver servicepunkt i gamla skolan.',
  }),
  drivmedel: trendNoteEntry({
    key: 'drivmedel',
    title: 'Drivmedel i glesbygd',
    summary: 'Stationerna blir färre.',
    body: 'Avståndet till närmaste station växer.',
  }),
} as const;

const DISTRACTORS = [
  ['kultur', 'Kulturhuset ordnar konserter', 'Musik på torsdagar.', 'Kören övar i kyrkan.'],
  ['fiber', 'Fiberföreningen bygger vidare', 'Nätet når fler hushåll.', 'Grävningen börjar i maj.'],
  ['skola', 'Byskolan räddas', 'Föräldrarna startade friskola.', 'Tjugo elever till hösten.'],
  ['buss', 'Bussen slutar gå', 'Regionen drar in linjen.', 'Anropsstyrd trafik ersätter.'],
].map(([key, title, summary, body]) =>
  trendNoteEntry({ key: key as string, title: title as string, summary: summary as string, body: body as string }),
);

describe('search relevance in Swedish, and the search-only key', () => {
  let meili: TestMeili;
  let searchClient: Meilisearch;
  let searchKey: string;

  beforeAll(async () => {
    meili = await startTestMeili();
    const { client } = meili;
    const documents: SearchDocument[] = [
      ...[TARGETS.butik, TARGETS.dagligvarubutik, TARGETS.servicepunkt, TARGETS.drivmedel, ...DISTRACTORS].map(
        (entry) => toSearchDocument(trendNote.name, entry, NOW),
      ),
      toSearchDocument('case-study', TARGETS.alvdalen, NOW),
    ];
    await loadIndex(client, INDEX, documents);
    searchKey = (await ensureSearchOnlyKey(client, INDEX)).key;
    searchClient = createMeiliClient({ host: meili.host, apiKey: searchKey });
  });
  afterAll(async () => {
    await meili?.stop();
  });

  const hitsFor = async (q: string) => {
    const result = await searchClient.index<SearchDocument>(INDEX).search(q, { limit: 20 });
    return result.hits.map((hit) => hit.documentId);
  };

  it.each([
    { query: 'butiker', target: TARGETS.butik, why: 'the plural finds an entry that only says "butik"' },
    { query: 'butikerna', target: TARGETS.butik, why: 'so does the definite plural' },
    { query: 'lanthandel', target: TARGETS.dagligvarubutik, why: 'a synonym finds "dagligvarubutik"' },
    { query: 'alvdalen', target: TARGETS.alvdalen, why: 'ASCII spelling finds the place Älvdalen' },
    { query: 'Älvdalen', target: TARGETS.alvdalen, why: 'and the Swedish spelling too' },
    { query: 'servicepunkter', target: TARGETS.servicepunkt, why: 'the plural of a compound finds "servicepunkt"' },
    { query: 'drivmedl', target: TARGETS.drivmedel, why: 'a typo still finds "drivmedel"' },
    { query: 'butik', target: TARGETS.dagligvarubutik, why: 'a compound is found by its last part' },
  ])('"$query" finds its entry: $why', async ({ query, target }) => {
    expect(await hitsFor(query)).toContain(target.documentId);
  });

  it('does not find what the query is not about', async () => {
    const hits = await hitsFor('butiker');
    for (const entry of DISTRACTORS) expect(hits).not.toContain(entry.documentId);
  });

  it('never returns the hidden search fields', async () => {
    const result = await searchClient.index<SearchDocument>(INDEX).search('butik', { limit: 1 });
    const hit = result.hits[0] as Record<string, unknown>;
    expect(hit.stems).toBeUndefined();
    expect(hit.placeNames).toBeUndefined();
    expect(hit.title).toBeTypeOf('string');
  });

  it('facets and filters work on the fields the site uses', async () => {
    const result = await searchClient.index<SearchDocument>(INDEX).search('', {
      filter: ['type = "case-study"', 'counties = "20"'],
      facets: ['type', 'counties', 'serviceAreas', 'topics'],
    });
    expect(result.hits.map((hit) => hit.documentId)).toEqual([TARGETS.alvdalen.documentId]);
    expect(result.facetDistribution?.counties).toEqual({ '20': 1 });
    expect(Object.keys(searchDocument.shape)).toContain('countyNames');
    expect(result.hits[0]?.countyNames).toEqual(['Dalarnas län']);
  });

  describe('the search-only key', () => {
    const forbidden = async (action: () => Promise<unknown>) => {
      const error = await action().then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error, 'the action should have been refused').toBeDefined();
      // meilisearch-js wraps what our HTTP client throws; the API error (403) is its cause.
      const status = (error as { cause?: { response?: { status?: number } } }).cause?.response?.status;
      expect(status).toBe(403);
    };

    it('is created once and reused', async () => {
      const again = await ensureSearchOnlyKey(meili.client, INDEX);
      expect(again.key).toBe(searchKey);
      expect(again.created).toBe(false);
      const keys = await meili.client.getKeys({ limit: 100 });
      expect(keys.results.filter((key) => key.key === searchKey)).toHaveLength(1);
      expect(again.indexes).toEqual([INDEX]);
    });

    it('cannot write, delete or read keys, and sees no other index', async () => {
      const before = (await meili.client.index(INDEX).getStats()).numberOfDocuments;
      const index = searchClient.index(INDEX);
      await forbidden(() => index.addDocuments([{ id: 'intruder', title: 'Intrång' }]));
      await forbidden(() => index.updateDocuments([{ id: String(TARGETS.butik.id), title: 'Ändrad' }]));
      await forbidden(() => index.deleteDocument(`trend-note-${TARGETS.butik.documentId}-sv`));
      await forbidden(() => index.deleteAllDocuments());
      await forbidden(() => index.updateSettings({ searchableAttributes: ['title'] }));
      await forbidden(() => searchClient.deleteIndex(INDEX));
      await forbidden(() => searchClient.createIndex('intruder'));
      await forbidden(() => searchClient.getKeys());
      await forbidden(() => searchClient.createKey({ actions: ['*'], indexes: ['*'], expiresAt: null }));
      await forbidden(() => searchClient.index('some-other-index').search('butik'));
      await forbidden(() => searchClient.tasks.getTasks());
      expect((await meili.client.index(INDEX).getStats()).numberOfDocuments).toBe(before);
      expect(await hitsFor('butik')).toContain(TARGETS.butik.documentId);
    });
  });
});
