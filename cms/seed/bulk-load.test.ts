// The bulk loader's own work, on a recording stand-in of the Document Service (the integration test
// tests/integration/bench-bulk-load.test.ts runs it on real Strapi): entries as the REST API serves
// them become an editor's data (system fields and component ids gone, relations as document ids),
// Swedish and English go together, batches are transactions, and what is there is left alone.
import type { Core } from '@strapi/strapi';
import { describe, expect, it } from 'vitest';
import { type BulkEntry, bulkLoad } from './bulk-load.ts';

interface Call {
  op: string;
  uid: string;
  args: Record<string, unknown>;
  inTransaction: boolean;
}

/** A Strapi with a Document Service that records its calls, `slugs` already stored per type uid. */
function fakeStrapi(slugs: Record<string, string[]> = {}) {
  const calls: Call[] = [];
  let transaction = 0;
  let ids = 0;
  const terms = new Map<string, string>([['api::service-area.service-area:dagligvaror', 'area-1']]);
  const strapi = {
    get: (name: string) => {
      expect(name).toBe('skb-system-writer');
      return (_who: string, work: () => Promise<unknown>) => work();
    },
    db: {
      query: (uid: string) => ({
        findMany: async () => (slugs[uid] ?? []).map((slug) => ({ slug })),
      }),
      transaction: async (work: () => Promise<unknown>) => {
        transaction++;
        try {
          return await work();
        } finally {
          transaction--;
        }
      },
    },
    documents: (uid: string) => ({
      findFirst: async ({ filters }: { filters: { slug: string } }) => {
        const id = terms.get(`${uid}:${filters.slug}`);
        return id ? { documentId: id } : null;
      },
      create: async (args: Record<string, unknown>) => {
        calls.push({ op: 'create', uid, args, inTransaction: transaction > 0 });
        const documentId = `doc-${++ids}`;
        const data = args.data as { slug?: string };
        if (!args.status && data.slug) terms.set(`${uid}:${data.slug}`, documentId);
        return { documentId };
      },
      update: async (args: Record<string, unknown>) => {
        calls.push({ op: 'update', uid, args, inTransaction: transaction > 0 });
        return {};
      },
    }),
  };
  return { strapi: strapi as unknown as Core.Strapi, calls };
}

const STAMP = '2026-01-01T00:00:00.000Z';
const trendNote = (slug: string, locale: 'sv' | 'en' = 'sv'): BulkEntry => ({
  type: 'trend-note',
  entry: {
    id: 7,
    documentId: 'rest-id',
    locale,
    title: `Omvärldsnotis ${slug}`,
    slug,
    summary: 'En kort sammanfattning.',
    body: 'Brödtext om service på landsbygden.',
    serviceAreas: [{ id: 1, documentId: 'x', name: 'Dagligvaror', slug: 'dagligvaror' }],
    topics: [{ id: 3, documentId: 'y', name: 'Hemsändning', slug: 'hemsandning' }],
    sourceLinks: [{ id: 9, label: 'Rapport', url: 'https://example.se/rapport' }],
    region: [],
    createdAt: STAMP,
    updatedAt: STAMP,
    publishedAt: STAMP,
    localizations: [],
  },
});

describe('bulk loader', () => {
  it("writes each entry's data as an editor's save would, Swedish and English together, published", async () => {
    const { strapi, calls } = fakeStrapi();
    const report = await bulkLoad(strapi, [trendNote('a'), trendNote('en-a', 'en'), trendNote('b')], { batchSize: 1 });
    expect(report).toMatchObject({ created: 2, english: 1, existing: 0 });

    const topic = calls.find((call) => call.uid === 'api::topic.topic');
    expect(topic).toMatchObject({ op: 'create', args: { data: { name: 'Hemsändning', slug: 'hemsandning' } } });
    expect(topic?.inTransaction).toBe(false);

    const entries = calls.filter((call) => call.uid === 'api::trend-note.trend-note');
    expect(entries.map((call) => [call.op, call.args.locale, call.args.status, call.inTransaction])).toEqual([
      ['create', 'sv', 'published', true],
      ['update', 'en', 'published', true],
      ['create', 'sv', 'published', true],
    ]);
    const data = entries[0]?.args.data as Record<string, unknown>;
    expect(data).toMatchObject({
      title: 'Omvärldsnotis a',
      slug: 'a',
      serviceAreas: { set: [{ documentId: 'area-1' }] },
      topics: { set: [{ documentId: topic ? 'doc-1' : '' }] },
      sourceLinks: [{ label: 'Rapport', url: 'https://example.se/rapport' }],
    });
    for (const field of ['id', 'documentId', 'locale', 'createdAt', 'updatedAt', 'publishedAt', 'localizations'])
      expect(data, field).not.toHaveProperty(field);
    expect(entries[1]?.args).toMatchObject({ documentId: 'doc-2', data: { slug: 'en-a' } });
  });

  it('leaves entries whose Swedish slug is stored alone', async () => {
    const { strapi, calls } = fakeStrapi({ 'api::trend-note.trend-note': ['a'] });
    const lines: string[] = [];
    const report = await bulkLoad(strapi, [trendNote('a'), trendNote('en-a', 'en'), trendNote('b')], {
      log: (line) => lines.push(line),
      concurrency: 2,
    });
    expect(report).toMatchObject({ created: 1, english: 0, existing: 1 });
    expect(calls.filter((call) => call.op === 'create' && call.uid === 'api::trend-note.trend-note')).toHaveLength(1);
    expect(lines[0]).toBe('bulk load: 2 entries, 1 already there, 1 to load');
    expect(lines.at(-1)).toMatch(/^bulk load: 1\/1 entries in/);
  });

  it('refuses what it cannot load, naming the entry', async () => {
    const { strapi } = fakeStrapi();
    await expect(bulkLoad(strapi, [{ type: 'page', entry: { locale: 'sv' } }])).rejects.toThrow(
      '"page" is not a public content type',
    );
    await expect(bulkLoad(strapi, [trendNote('en-a', 'en')])).rejects.toThrow(
      'an English version of trend-note "en-a" without its Swedish one',
    );
    await expect(bulkLoad(strapi, [trendNote('a', 'de' as 'sv')])).rejects.toThrow('locale "de" of trend-note "a"');
    const untitled = trendNote('c');
    untitled.entry.title = '';
    await expect(bulkLoad(strapi, [untitled])).rejects.toThrow('trend-note "c" (sv) is not valid: title');
  });
});
