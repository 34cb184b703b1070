// The network's own types in a real Meilisearch, with the index settings and documents of the real
// mapping: a published project is found by its county (name, ASCII spelling and filter) and by an
// inflected form of a word in its title; the new facets count projects, networks and advocacy.
import type { SearchDocument } from '@skb/content-types/search';
import { createMeiliClient, ensureSearchOnlyKey, toSearchDocument } from '@skb/search-indexer';
import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIndex, startTestMeili, type TestMeili } from '../support/meili.ts';

const INDEX = 'knowledge';
const NOW = new Date('2026-05-01T10:00:00Z');

const system = (documentId: string) => ({
  id: 1,
  documentId,
  locale: 'sv',
  publishedAt: '2026-04-01T08:00:00.000Z',
  createdAt: '2026-04-01T08:00:00.000Z',
  updatedAt: '2026-04-01T08:00:00.000Z',
  localizations: [],
});
const text = (title: string, slug: string, body: string) => ({
  title,
  slug,
  summary: `Om ${title.toLowerCase()}.`,
  body,
  serviceAreas: [],
  topics: [],
});

const project = (documentId: string, title: string, slug: string, over: Record<string, unknown>) => ({
  ...system(documentId),
  ...text(title, slug, 'Projektet pågår i flera år.'),
  owner: null,
  partners: [],
  funders: [],
  fundingAmount: null,
  startDate: '2025-01-01',
  endDate: null,
  projectStatus: 'pågår',
  municipalities: [],
  counties: [],
  nationalImportance: false,
  runByNetwork: false,
  methods: [],
  caseStudies: [],
  externalUrl: null,
  ...over,
});

const FJALLBYAR = project('projectfjall', 'Servicepunkter i fjällbyarna', 'servicepunkter-i-fjallbyarna', {
  municipalities: ['2361'],
  nationalImportance: true,
});
const SKANE = project('projectskane', 'Kulturhus på Österlen', 'kulturhus-pa-osterlen', {
  municipalities: ['1291'],
  projectStatus: 'avslutat',
  endDate: '2025-12-31',
});
const NETWORK = {
  ...system('networkdalarna'),
  ...text('Servicenätverket i Dalarna', 'servicenatverket-i-dalarna', 'Nätverket träffas varannan månad.'),
  kind: 'regionalt servicenätverk',
  municipalities: [],
  counties: ['20'],
  members: [],
  contactOrganisation: null,
  contactEmail: 'service@exempel.se',
  website: null,
};
const ACTION = {
  ...system('actionskrivelse'),
  ...text('Skrivelse om ombudsnätet', 'skrivelse-om-ombudsnatet', 'Nätverket skrev till myndigheten.'),
  kind: 'skrivelse',
  date: '2026-02-03',
  addressee: 'Post- och telestyrelsen',
  ask: 'Att avstånden följs upp per kommun.',
  outcome: null,
  followUp: null,
  municipalities: [],
  counties: [],
  consultationResponses: [],
  methods: [],
  caseStudies: [],
};

describe('the network’s own work in search', () => {
  let meili: TestMeili;
  let search: Meilisearch;

  beforeAll(async () => {
    meili = await startTestMeili();
    const { client } = meili;
    const documents: SearchDocument[] = [
      toSearchDocument('project', FJALLBYAR, NOW),
      toSearchDocument('project', SKANE, NOW),
      toSearchDocument('network', NETWORK, NOW),
      toSearchDocument('advocacy-action', ACTION, NOW),
    ];
    await loadIndex(client, INDEX, documents);
    search = createMeiliClient({ host: meili.host, apiKey: (await ensureSearchOnlyKey(client, INDEX)).key });
  });
  afterAll(async () => {
    await meili?.stop();
  });

  const hits = async (q: string, filter: string[] = []) =>
    (await search.index<SearchDocument>(INDEX).search(q, { filter, limit: 20 })).hits.map((hit) => hit.documentId);

  it.each([
    ['Jämtland', 'its county by name'],
    ['jamtland', 'its county in ASCII'],
    ['Härjedalen', 'its municipality'],
    ['fjällby', 'a word of its title in another form (fjällbyarna → fjällby)'],
    ['servicepunkten', 'a compound of its title in another form'],
  ])('finds the published project by "%s": %s', async (query) => {
    const found = await hits(query);
    expect(found).toContain(FJALLBYAR.documentId);
    expect(found).not.toContain(SKANE.documentId);
  });

  it('filters by county, type, project status and national importance', async () => {
    expect(await hits('', ['counties = "23"'])).toEqual([FJALLBYAR.documentId]);
    expect(await hits('', ['type = "project"', 'projectStatus = "avslutat"'])).toEqual([SKANE.documentId]);
    expect(await hits('', ['nationalImportance = true'])).toEqual([FJALLBYAR.documentId]);
  });

  it('counts the new facets', async () => {
    const result = await search.index<SearchDocument>(INDEX).search('', {
      facets: ['type', 'projectStatus', 'networkKind', 'advocacyKind', 'nationalImportance'],
    });
    expect(result.facetDistribution).toMatchObject({
      type: { project: 2, network: 1, 'advocacy-action': 1 },
      projectStatus: { pågår: 1, avslutat: 1 },
      networkKind: { 'regionalt servicenätverk': 1 },
      advocacyKind: { skrivelse: 1 },
      nationalImportance: { true: 1, false: 1 },
    });
  });
});
