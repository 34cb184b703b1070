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
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { signWebhook } from '@skb/content-types/webhook';
import {
  createCmsReader,
  createMeiliClient,
  createSyncService,
  ensureSearchOnlyKey,
  httpRequest,
  indexSettings,
  REPO_ROOT,
  reindex,
  startReceiver,
  toSearchDocument,
  waitForSuccess,
} from '@skb/search-indexer';
import { PINNED_MEILISEARCH, startLocalMeili } from '@skb/search-indexer/local-meili';
import type { Meilisearch } from 'meilisearch';
import { freePort } from '../../tests/support/ports.ts';
import { type RestEntry, syntheticCorpus } from '../../tests/support/synthetic/corpus.ts';
import { startCorpusCms } from '../../tests/support/synthetic/corpus-cms.ts';

// 100 000 entries and their documents do not fit Node's default heap: run again with a larger one.
if (getHeapStatistics().heap_size_limit < 6 * 1024 ** 3 && !process.env.SKB_BENCH_CHILD) {
  const child = spawnSync(process.execPath, ['--max-old-space-size=8192', ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, SKB_BENCH_CHILD: '1' },
  });
  process.exit(child.status ?? 1);
}

const argument = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const SIZES = (argument('sizes') ?? '10000,100000').split(',').map(Number);
const OUT =
  argument('out') ??
  path.join(REPO_ROOT, 'bench-results', `search-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
const BATCH = 1000;
const REPEATS = 5;
const PUBLISHES = 60;
const NOW = new Date();

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
const FILTERS: (string[] | undefined)[] = [
  undefined,
  ['type = "case-study"'],
  ['serviceAreas = "Dagligvaror"', 'locale = "sv"'],
  ['type = "funding-call"', 'status IN ["öppen", "kommande"]'],
  [`deadline > ${NOW.getTime()}`],
];
const FACETS = ['type', 'serviceAreas', 'counties', 'topics', 'status'];
/** 18 words × 5 filters = 90 fixed queries, each with facets. */
const QUERIES = QUERY_WORDS.flatMap((q, i) =>
  FILTERS.map((filter, j) => ({ q, filter, facets: FACETS, limit: 20, page: (i + j) % 3 === 0 ? 2 : undefined })),
);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function createIndexWith(
  client: Meilisearch,
  uid: string,
  settings: Parameters<ReturnType<Meilisearch['index']>['updateSettings']>[0],
) {
  await client.deleteIndex(uid).catch(() => undefined);
  await waitForSuccess(client, await client.createIndex(uid, { primaryKey: 'id' }), {
    what: 'create',
    timeoutMs: 60_000,
  });
  await waitForSuccess(client, await client.index(uid).updateSettings(settings), {
    what: 'settings',
    timeoutMs: 60_000,
  });
}

/** Raw Meilisearch: POST the prepared batches, then wait for every task. Documents per second. */
async function rawIngest(args: {
  client: Meilisearch;
  host: string;
  masterKey: string;
  uid: string;
  batches: Buffer[];
  total: number;
}) {
  const started = performance.now();
  const tasks: number[] = [];
  for (const batch of args.batches) {
    const response = await httpRequest(`${args.host}/indexes/${args.uid}/documents?primaryKey=id`, {
      method: 'POST',
      headers: { authorization: `Bearer ${args.masterKey}`, 'content-type': 'application/json' },
      body: batch,
    });
    tasks.push(JSON.parse(response.body).taskUid);
  }
  for (const task of tasks) await waitForSuccess(args.client, task, { what: 'raw add', timeoutMs: 1_800_000 });
  return (args.total / (performance.now() - started)) * 1000;
}

/** Latency of each query, sent one after the other with `key` over node:http. */
async function searchLatencies(
  host: string,
  uid: string,
  key: string,
): Promise<{ samples: number[]; zeroHits: number }> {
  const run = async (query: (typeof QUERIES)[number]) => {
    const body = JSON.stringify(query);
    const started = performance.now();
    const response = await httpRequest(`${host}/indexes/${uid}/search`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body,
    });
    const elapsed = performance.now() - started;
    if (response.status !== 200) throw new Error(`search failed (${response.status}): ${response.body}`);
    return { elapsed, hits: (JSON.parse(response.body) as { hits: unknown[]; totalHits?: number }).hits.length };
  };
  for (const query of QUERIES) await run(query); // warm-up
  const samples: number[] = [];
  let zeroHits = 0;
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    for (const query of QUERIES) {
      const { elapsed, hits } = await run(query);
      samples.push(elapsed);
      if (repeat === 0 && hits === 0 && !query.page) zeroHits += 1;
    }
  }
  return { samples, zeroHits };
}

interface SizeResult {
  entries: number;
  reindex: { oursDocsPerSecond: number; rawDocsPerSecond: number; ratio: number; oursMs: number };
  search: {
    queries: number;
    samples: number;
    ours: { p50: number; p95: number; p99: number };
    rawDefault: { p50: number; p95: number; p99: number };
    ratioP95: number;
    queriesWithoutHits: number;
  };
  publish: { samples: number; p50: number; p95: number; max: number };
}

async function benchSize(
  entries: number,
  meili: { host: string; masterKey: string; client: Meilisearch },
): Promise<SizeResult> {
  const { client, host, masterKey } = meili;
  const log = (line: string) => console.error(`[${entries}] ${line}`);

  log('generating the corpus…');
  const corpus = syntheticCorpus({ count: entries, seed: entries, now: NOW });
  const batches: Buffer[] = [];
  for (let i = 0; i < corpus.length; i += BATCH) {
    const documents = corpus.slice(i, i + BATCH).map(({ type, entry }) => toSearchDocument(type, entry, NOW));
    batches.push(Buffer.from(JSON.stringify(documents)));
  }

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
  const ours = await searchLatencies(host, 'knowledge', searchKey);
  const raw = await searchLatencies(host, 'raw_default', rawKey);
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
  const latencies: number[] = [];
  for (let i = 0; i < PUBLISHES; i++) {
    const { type, entry } = corpus[(i * 7919) % corpus.length] as { type: string; entry: RestEntry };
    const token = `publicering${randomBytes(6).toString('hex')}`;
    const started = performance.now();
    cms.publish(type, { ...entry, title: `${String(entry.title).slice(0, 150)} ${token}` });
    const body = JSON.stringify({
      event: 'entry.publish',
      uid: `api::${type}.${type}`,
      documentId: entry.documentId,
      locale: entry.locale,
    });
    await httpRequest(`${receiver.url}/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signWebhook({ secret, body }) },
      body,
    });
    for (;;) {
      const response = await httpRequest(`${host}/indexes/knowledge/search`, {
        method: 'POST',
        headers: { authorization: `Bearer ${searchKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ q: token, limit: 1, attributesToRetrieve: ['id'] }),
      });
      if ((JSON.parse(response.body) as { hits: unknown[] }).hits.length > 0) break;
      if (performance.now() - started > 30_000) throw new Error(`publish ${i} not findable after 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    latencies.push(performance.now() - started);
  }
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

function table(results: SizeResult[]): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const rows: string[][] = [['', ...results.map((r) => `${r.entries.toLocaleString('en')} entries`)]];
  const row = (label: string, cell: (r: SizeResult) => string) => rows.push([label, ...results.map(cell)]);
  row(
    'reindex, our path',
    (r) => `${Math.round(r.reindex.oursDocsPerSecond)} docs/s (${(r.reindex.oursMs / 1000).toFixed(1)} s)`,
  );
  row('reindex, raw addDocuments', (r) => `${Math.round(r.reindex.rawDocsPerSecond)} docs/s`);
  row(
    '  ratio (target ≥ 0.8 at 10k)',
    (r) => `${r.reindex.ratio.toFixed(2)}${r.entries <= 10_000 ? ` ${mark(r.reindex.ratio >= 0.8)}` : ''}`,
  );
  row(
    'search p50 / p95 / p99, ours',
    (r) => `${ms(r.search.ours.p50)} / ${ms(r.search.ours.p95)} / ${ms(r.search.ours.p99)}`,
  );
  row(
    'search p50 / p95 / p99, raw default',
    (r) => `${ms(r.search.rawDefault.p50)} / ${ms(r.search.rawDefault.p95)} / ${ms(r.search.rawDefault.p99)}`,
  );
  row('  p95 ratio (target ≤ 1.5)', (r) => `${r.search.ratioP95.toFixed(2)} ${mark(r.search.ratioP95 <= 1.5)}`);
  row('  p95 (target ≤ 10 ms at 10k, 20 ms at 100k)', (r) =>
    mark(r.search.ours.p95 <= (r.entries <= 10_000 ? 10 : 20)),
  );
  row(
    '  queries, samples, without hits',
    (r) => `${r.search.queries}, ${r.search.samples}, ${r.search.queriesWithoutHits}`,
  );
  row(
    'publish → findable p50 / p95',
    (r) => `${ms(r.publish.p50)} / ${ms(r.publish.p95)} (${r.publish.samples} publishes)`,
  );
  row('  p95 (target ≤ 1 s)', (r) => mark(r.publish.p95 <= 1000));
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((r) => (r[column] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')).join('\n');
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'skb-bench-meili-'));
const port = await freePort();
const masterKey = randomBytes(24).toString('base64url');
const local = await startLocalMeili({ dataDir, port, masterKey, meiliBin: process.env.MEILI_BIN });
const client = createMeiliClient({ host: local.host, apiKey: masterKey, requestTimeoutMs: 600_000 });
try {
  const results: SizeResult[] = [];
  for (const size of SIZES) results.push(await benchSize(size, { host: local.host, masterKey, client }));
  const report = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
    },
    meilisearch: {
      version: (await client.getVersion()).pkgVersion,
      binary: process.env.MEILI_BIN ?? PINNED_MEILISEARCH.package,
    },
    method: {
      batchSize: BATCH,
      searchRepeats: REPEATS,
      rawSearchBaseline: 'same documents, default settings plus the filterable fields the queries use',
      publishLatency: 'new version in the API + signed webhook → first search that finds it (polled every 5 ms)',
    },
    results,
  };
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
  console.log(table(results));
  console.log(`\nJSON: ${path.relative(process.cwd(), OUT)}`);
} finally {
  await local.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
