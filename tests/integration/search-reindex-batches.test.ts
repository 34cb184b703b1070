// A full reindex gives Meilisearch its documents in a few large indexing batches, not one per
// request: Meilisearch pays much of its indexing cost per batch, and a reindex that sent each batch
// of documents as it was read took 1.3–1.6× as long as raw addDocuments of the same documents
// (issue 13). The CMS is the stand-in here (what is under test is what reaches Meilisearch); real
// Strapi is read in search-reindex.*.test.ts and by `npm run bench:search`.
import { createCmsReader, reindex } from '@skb/search-indexer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestMeili, type TestMeili } from '../support/meili.ts';
import { syntheticCorpus } from '../support/synthetic/corpus.ts';
import { type CorpusCms, startCorpusCms } from '../support/synthetic/corpus-cms.ts';

const ENTRIES = 2000;

describe('a full reindex', () => {
  let meili: TestMeili;
  let cms: CorpusCms;

  beforeAll(async () => {
    meili = await startTestMeili();
    cms = await startCorpusCms(syntheticCorpus({ count: ENTRIES, seed: 11 }));
  }, 120_000);

  afterAll(async () => {
    await cms?.close();
    await meili?.stop();
  });

  it('sends the documents in a few large indexing batches, however small its requests', async () => {
    const startedAt = new Date();
    // 100 documents per spool file: the old loader sent 20 addDocuments tasks as it read.
    const result = await reindex({
      client: meili.client,
      reader: createCmsReader({ cmsUrl: cms.url }),
      indexUid: 'knowledge',
      batchSize: 100,
    });
    expect(result.documents).toBe(ENTRIES);
    const { results } = await meili.client.batches.getBatches({
      types: ['documentAdditionOrUpdate'],
      afterEnqueuedAt: startedAt.toISOString(),
      limit: 100,
    });
    const tasks = results.reduce((sum, batch) => sum + batch.stats.totalNbTasks, 0);
    const documents = results.reduce((sum, batch) => sum + Number(batch.details.receivedDocuments ?? 0), 0);
    expect(documents).toBe(ENTRIES);
    expect(results.length, `${results.length} batches of ${tasks} tasks`).toBeLessThanOrEqual(3);
    // Each request carries everything spooled: not one task per 100 documents.
    expect(tasks).toBeLessThanOrEqual(3);
  }, 300_000);

  it('indexes every document when they wait on disk instead of in memory', async () => {
    // Nothing held in memory: every 100 documents go through a spool file.
    const result = await reindex({
      client: meili.client,
      reader: createCmsReader({ cmsUrl: cms.url }),
      indexUid: 'knowledge',
      batchSize: 100,
      memoryBytes: 0,
    });
    expect(result.documents).toBe(ENTRIES);
    const stats = await meili.client.index('knowledge').getStats();
    expect(stats.numberOfDocuments).toBe(ENTRIES);
  }, 300_000);
});
