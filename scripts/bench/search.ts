// Search benchmark: `scripts/with-node22 node scripts/bench/search.ts [--sizes 10000,100000] [--out file]`.
// For a synthetic Swedish corpus of each size, in one run against one local Meilisearch:
//   1. full reindex throughput through our path (HTTP read of a Strapi-shaped API → mapping →
//      batches → tasks → swap), beside raw addDocuments of the same, already mapped documents
//      with the same settings, as a ratio;
//   2. search latency p50/p95/p99 of fixed queries with filters and facets, with the search-only
//      key over node:http, beside the same queries on the same documents with default settings
//      (plus the filterable fields the queries need, or they could not run);
//   3. publish → findable latency p50/p95: a new version in the API, a signed webhook to the
//      receiver, then searching until the new title is found.
// Prints a table and writes the numbers as JSON (bench-results/, git-ignored).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import {
  createCmsReader,
  createMeiliClient,
  createSyncService,
  ensureSearchOnlyKey,
  indexSettings,
  REPO_ROOT,
  reindex,
  startReceiver,
  waitForSuccess,
} from '@skb/search-indexer';
import { PINNED_MEILISEARCH, startLocalMeili } from '@skb/search-indexer/local-meili';
import type { Meilisearch } from 'meilisearch';
import { freePort } from '../../tests/support/ports.ts';
import { startCorpusCms } from '../../tests/support/synthetic/corpus-cms.ts';
import { commandLine, UsageError } from '../command-line.ts';
import { benchCorpus, documentBatches } from './search/corpus.ts';
import { createIndexWith, percentile, publishLatencies, rawIngest, searchLatencies } from './search/measure.ts';
import { searchQueries } from './search/queries.ts';
import { resultsTable, type SizeResult, writeReport } from './search/report.ts';

const { SIZES, OUT } = commandLine(
  {
    usage: 'Användning / usage: npm run bench:search [-- --sizes 10000,100000] [--out FIL]',
    options: { sizes: { type: 'string', default: '10000,100000' }, out: { type: 'string' } },
  },
  ({ values }) => ({
    SIZES: values.sizes.split(',').map((raw) => {
      if (!/^[1-9]\d*$/.test(raw.trim())) throw new UsageError(`--sizes: "${raw}" är inget antal / is not a number`);
      return Number(raw);
    }),
    OUT:
      values.out ??
      path.join(REPO_ROOT, 'bench-results', `search-${new Date().toISOString().replace(/[:.]/g, '-')}.json`),
  }),
);

// 100 000 entries and their documents do not fit Node's default heap: run again with a larger one.
if (getHeapStatistics().heap_size_limit < 6 * 1024 ** 3 && !process.env.SKB_BENCH_CHILD) {
  const child = spawnSync(process.execPath, ['--max-old-space-size=8192', ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, SKB_BENCH_CHILD: '1' },
  });
  process.exit(child.status ?? 1);
}

const BATCH = 1000;
const REPEATS = 5;
const PUBLISHES = 60;
const NOW = new Date();

const QUERIES = searchQueries(NOW);

async function benchSize(
  entries: number,
  meili: { host: string; masterKey: string; client: Meilisearch },
): Promise<SizeResult> {
  const { client, host, masterKey } = meili;
  const log = (line: string) => console.error(`[${entries}] ${line}`);

  log('generating the corpus…');
  const corpus = benchCorpus(entries, NOW);
  const batches = documentBatches(corpus, NOW, BATCH);

  log('raw addDocuments with the same settings…');
  await createIndexWith(client, 'raw_same', indexSettings());
  const rawDocsPerSecond = await rawIngest({ client, host, masterKey, uid: 'raw_same', batches, total: corpus.length });
  await waitForSuccess(client, await client.deleteIndex('raw_same'), { what: 'delete', timeoutMs: 120_000 });

  log('full reindex through our path…');
  const cms = await startCorpusCms(corpus);
  const reader = createCmsReader({ cmsUrl: cms.url });
  await client.deleteIndex('knowledge').catch(() => undefined);
  const result = await reindex({
    client,
    reader,
    indexUid: 'knowledge',
    batchSize: BATCH,
    taskTimeoutMs: 1_800_000,
    now: () => NOW,
  });
  const oursDocsPerSecond = (result.documents / result.durationMs) * 1000;

  log('raw index with default settings for the search comparison…');
  await createIndexWith(client, 'raw_default', {
    filterableAttributes: ['type', 'serviceAreas', 'locale', 'status', 'deadline', 'counties', 'topics'],
  });
  await rawIngest({ client, host, masterKey, uid: 'raw_default', batches, total: corpus.length });
  batches.length = 0;

  log('search latency…');
  const searchKey = (await ensureSearchOnlyKey(client, 'knowledge')).key;
  const rawKey = (await ensureSearchOnlyKey(client, 'raw_default')).key;
  const ours = await searchLatencies({ host, uid: 'knowledge', key: searchKey, queries: QUERIES, repeats: REPEATS });
  const raw = await searchLatencies({ host, uid: 'raw_default', key: rawKey, queries: QUERIES, repeats: REPEATS });
  await client.deleteIndex('raw_default');

  log('publish → findable…');
  const secret = randomBytes(24).toString('hex');
  const service = createSyncService({
    client,
    reader,
    indexUid: 'knowledge',
    queueLimit: 10_000,
    taskTimeoutMs: 60_000,
    batchSize: BATCH,
    log: () => {},
  });
  service.start();
  const receiver = await startReceiver({ service, client, indexUid: 'knowledge', secret, host: '127.0.0.1', port: 0 });
  const latencies = await publishLatencies({
    corpus,
    cms,
    receiverUrl: receiver.url,
    secret,
    meiliHost: host,
    searchKey,
    count: PUBLISHES,
  });
  await receiver.close();
  await service.stop();
  await cms.close();

  const summary = (samples: number[]) => ({
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
  });
  const oursSummary = summary(ours.samples);
  const rawSummary = summary(raw.samples);
  return {
    entries,
    reindex: {
      oursDocsPerSecond,
      rawDocsPerSecond,
      ratio: oursDocsPerSecond / rawDocsPerSecond,
      oursMs: result.durationMs,
    },
    search: {
      queries: QUERIES.length,
      samples: ours.samples.length,
      ours: oursSummary,
      rawDefault: rawSummary,
      ratioP95: oursSummary.p95 / rawSummary.p95,
      queriesWithoutHits: ours.zeroHits,
    },
    publish: {
      samples: latencies.length,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: Math.max(...latencies),
    },
  };
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'skb-bench-meili-'));
const port = await freePort();
const masterKey = randomBytes(24).toString('base64url');
const local = await startLocalMeili({ dataDir, port, masterKey, meiliBin: process.env.MEILI_BIN });
const client = createMeiliClient({ host: local.host, apiKey: masterKey, requestTimeoutMs: 600_000 });
try {
  const results: SizeResult[] = [];
  for (const size of SIZES) results.push(await benchSize(size, { host: local.host, masterKey, client }));
  writeReport({
    file: OUT,
    results,
    meilisearch: {
      version: (await client.getVersion()).pkgVersion,
      binary: process.env.MEILI_BIN ?? PINNED_MEILISEARCH.package,
    },
    method: { batchSize: BATCH, searchRepeats: REPEATS },
  });
  console.log(resultsTable(results));
  console.log(`\nJSON: ${path.relative(process.cwd(), OUT)}`);
} finally {
  await local.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
