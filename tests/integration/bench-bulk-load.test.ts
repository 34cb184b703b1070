// The benchmarks' bulk loader (cms/seed/bulk-load.ts) on a real CMS on SQLite, with a small corpus: it
// creates and publishes every entry and English version the corpus has, as the public REST API then
// serves them, and a second run creates nothing; an entry the content model refuses stops it with a
// message naming the entry and the field.
import { bulkLoad } from '@skb/cms/seed/bulk-load';
import { PUBLIC_TYPES } from '@skb/content-types';
import { httpRequest } from '@skb/search-indexer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCms, type TestCms } from '../support/cms.ts';
import { syntheticCorpus } from '../support/synthetic/corpus.ts';

const corpus = syntheticCorpus({ count: 40, seed: 4, now: new Date('2026-11-30T12:00:00Z') });
const swedish = corpus.filter(({ entry }) => entry.locale === 'sv');
const english = corpus.filter(({ entry }) => entry.locale === 'en');

// biome-ignore lint/suspicious/noExplicitAny: the REST API's JSON, inspected by the assertions
async function get(cms: TestCms, pathAndQuery: string): Promise<{ status: number; body: any }> {
  // node:http with the stale-socket retry: global fetch reuses a kept-alive socket that the CMS closed
  // while the load ran, and fails with ECONNRESET.
  const response = await httpRequest(`${cms.url}${pathAndQuery}`);
  return { status: response.status, body: JSON.parse(response.body) };
}

/** Published versions per type and locale, as the public REST API counts them. */
async function publicCounts(cms: TestCms): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const type of PUBLIC_TYPES) {
    for (const locale of ['sv', 'en']) {
      const { status, body } = await get(cms, `/api/${type.pluralName}?locale=${locale}&pagination[pageSize]=1`);
      expect(status, `${type.pluralName} ${locale}`).toBe(200);
      const total = body.meta.pagination.total as number;
      if (total > 0) counts.set(`${type.name}/${locale}`, total);
    }
  }
  return counts;
}

describe('bulk loader of the benchmarks (SQLite)', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await startTestCms();
  });
  afterAll(async () => {
    await cms?.stop();
  });

  it('loads every entry and English version of the corpus, published and public', async () => {
    expect(english.length).toBeGreaterThan(0);
    const before = await publicCounts(cms);
    const report = await bulkLoad(cms.strapi, corpus, { batchSize: 7 });
    expect(report).toMatchObject({ created: swedish.length, english: english.length, existing: 0 });

    const expected = new Map<string, number>();
    for (const { type, entry } of corpus) {
      const key = `${type}/${entry.locale}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const after = await publicCounts(cms);
    for (const [key, count] of expected) expect(after.get(key), key).toBe((before.get(key) ?? 0) + count);

    // The fields come through as the corpus has them (one entry read back through the REST API).
    const sample = swedish.find(({ type }) => type === 'case-study') ?? swedish[0];
    const type = PUBLIC_TYPES.find((t) => t.name === sample?.type);
    const { body } = await get(
      cms,
      `/api/${type?.pluralName}?locale=sv&filters[slug][$eq]=${encodeURIComponent(String(sample?.entry.slug))}`,
    );
    expect(body.data).toHaveLength(1);
    expect(body.data[0]).toMatchObject({ title: sample?.entry.title, summary: sample?.entry.summary });
  });

  it('creates nothing on a second run', async () => {
    const before = await publicCounts(cms);
    const report = await bulkLoad(cms.strapi, corpus);
    expect(report).toMatchObject({ created: 0, english: 0, existing: swedish.length });
    expect(await publicCounts(cms)).toEqual(before);
  });

  it('refuses an entry the content model refuses, naming it and the field', async () => {
    const bad = syntheticCorpus({ count: 1, seed: 99 }).map(({ type, entry }) => ({
      type,
      entry: { ...entry, title: '' },
    }));
    await expect(bulkLoad(cms.strapi, bad)).rejects.toThrow(/is not valid: title/);
  });
});
