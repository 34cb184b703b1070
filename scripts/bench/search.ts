// Search benchmark: `scripts/with-node22 node scripts/bench/search.ts [--strapi sqlite,postgres]
// [--strapi-sizes 10000] [--stand-in-sizes 100000] [--runs 3] [--publishes 30] [--out file]`.
//
// Through real Strapi (per database and size, each run on a fresh copy of the corpus database that
// scripts/bench/load-corpus.ts loaded through the Document Service; loaded first when missing):
//   1. the CMS starts in a process of its own with its search outbox pointed at the indexer's receiver
//      (`skb-indexer serve`, a process of its own), as npm start runs them;
//   2. full reindex throughput: the indexer's reindex reading the CMS's REST API, beside raw
//      addDocuments of the very documents it built (read back from the index) with the same settings;
//   3. search latency p50/p95/p99 of fixed queries with filters and facets (search-only keys,
//      node:http keep-alive), on our index beside two baselines in the same run, query by query:
//      raw Meilisearch with identical settings and documents (the floor), and raw Meilisearch with
//      default settings on plain documents (the visible fields only; filterable only what the
//      queries filter and facet on);
//   4. publish → findable: the admin's content-manager publish action (admin login, update and
//      publish in one request), the CMS's outbox → the receiver → Meilisearch, until a search finds
//      the new title.
// Through the stand-in (sizes too large to load into Strapi here; labelled "stand-in"): the reindex
// reads an in-memory server shaped as the CMS's REST API; figures 2 and 3 only.
// Every figure is given as min / median / max over the runs; cores and load at start and end are
// noted. Prints a table and writes the JSON to bench-results/ (git-ignored).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { HIDDEN_ATTRIBUTES } from '@skb/content-types/search';
import {
  createCmsReader,
  createMeiliClient,
  ensureSearchOnlyKey,
  httpRequest,
  indexSettings,
  REPO_ROOT,
  reindex,
  waitForSuccess,
} from '@skb/search-indexer';
import { PINNED_MEILISEARCH, startLocalMeili } from '@skb/search-indexer/local-meili';
import type { Meilisearch } from 'meilisearch';
import { freePort } from '../../tests/support/ports.ts';
import { startCorpusCms } from '../../tests/support/synthetic/corpus-cms.ts';
import { waitUntil } from '../../tests/support/wait.ts';
import { commandLine, UsageError, wholeNumberOption } from '../command-line.ts';
import { benchCorpus } from './search/corpus.ts';
import {
  adminPublishLatencies,
  compareSearch,
  createIndexWith,
  exportDocuments,
  percentile,
  rawIngest,
  type SearchTarget,
  toBatches,
} from './search/measure.ts';
import { searchQueries } from './search/queries.ts';
import { type RunResult, resultsTable, summarise, writeReport } from './search/report.ts';
import { type BenchDatabase, cmsBaseEnv, copyCorpus, ensureCorpus } from './strapi/corpus-db.ts';
import { adminApi, startCmsProcess, startIndexerProcess } from './strapi/services.ts';

const sizesOf = (name: string, raw: string) =>
  raw === ''
    ? []
    : raw.split(',').map((part) => {
        if (!/^[1-9]\d*$/.test(part.trim()))
          throw new UsageError(`--${name}: "${part}" är inget antal / is not a number`);
        return Number(part);
      });

const OPTIONS = commandLine(
  {
    usage:
      'Användning / usage: npm run bench:search [-- --strapi sqlite,postgres] [--strapi-sizes 10000] [--stand-in-sizes 100000] [--runs 3] [--publishes 30] [--out FIL]',
    options: {
      strapi: { type: 'string', default: 'sqlite,postgres' },
      'strapi-sizes': { type: 'string', default: '10000' },
      'stand-in-sizes': { type: 'string', default: '100000' },
      runs: { type: 'string' },
      publishes: { type: 'string' },
      out: { type: 'string' },
    },
  },
  ({ values }) => ({
    databases: (values.strapi === '' ? [] : values.strapi.split(',')).map((name) => {
      if (name !== 'sqlite' && name !== 'postgres')
        throw new UsageError(`--strapi: "${name}" är inte sqlite eller postgres / is not sqlite or postgres`);
      return name as BenchDatabase;
    }),
    strapiSizes: sizesOf('strapi-sizes', values['strapi-sizes']),
    standInSizes: sizesOf('stand-in-sizes', values['stand-in-sizes']),
    runs: wholeNumberOption('runs', values.runs, 3),
    publishes: wholeNumberOption('publishes', values.publishes, 30),
    out:
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
/** Rounds of the fixed queries per run: 90 queries × 23 = 2,070 timed searches per index. */
const REPEATS = 23;
const NOW = new Date('2026-11-30T12:00:00Z');
const QUERIES = searchQueries(NOW);
/** What the plain baseline needs filterable: the fields the queries filter and facet on. */
const PLAIN_FILTERABLE = ['type', 'serviceAreas', 'locale', 'status', 'deadline', 'counties', 'topics'];
const hidden = new Set<string>(HIDDEN_ATTRIBUTES);

interface Meili {
  host: string;
  masterKey: string;
  client: Meilisearch;
}

const summary = (samples: number[]) => ({
  p50: percentile(samples, 50),
  p95: percentile(samples, 95),
  p99: percentile(samples, 99),
});

/**
 * Figures 2 and 3 on the index `knowledge` that was just built: raw addDocuments of its documents with
 * the same settings, the plain baseline, and the three indexes searched side by side.
 */
async function indexesAndSearch(meili: Meili, oursDocsPerSecond: number, log: (line: string) => void) {
  const { client, host, masterKey } = meili;
  const documents = await exportDocuments(client, 'knowledge');
  const batches = toBatches(documents, BATCH);
  log(`raw addDocuments of the same ${documents.length} documents with the same settings…`);
  await createIndexWith(client, 'raw_same', indexSettings());
  const rawDocsPerSecond = await rawIngest({
    client,
    host,
    masterKey,
    uid: 'raw_same',
    batches,
    total: documents.length,
  });
  log('raw Meilisearch with default settings on plain documents…');
  const plain = documents.map((document) =>
    Object.fromEntries(Object.entries(document).filter(([f]) => !hidden.has(f))),
  );
  await createIndexWith(client, 'raw_plain', { filterableAttributes: PLAIN_FILTERABLE });
  await rawIngest({ client, host, masterKey, uid: 'raw_plain', batches: toBatches(plain, BATCH), total: plain.length });
  const targets: SearchTarget[] = [];
  for (const [name, uid] of [
    ['ours', 'knowledge'],
    ['rawSame', 'raw_same'],
    ['rawPlain', 'raw_plain'],
  ] as const) {
    targets.push({ name, uid, key: (await ensureSearchOnlyKey(client, uid)).key });
  }
  /** One round of the fixed queries on the three indexes side by side. */
  const searchRound = async () => {
    log(`search: ${QUERIES.length} queries × ${REPEATS} on three indexes side by side…`);
    const searched = await compareSearch({ host, targets, queries: QUERIES, repeats: REPEATS });
    const of = (name: string) => searched.get(name) as { samples: number[]; zeroHits: number };
    return {
      samplesPerIndex: of('ours').samples.length,
      ours: summary(of('ours').samples),
      rawSame: summary(of('rawSame').samples),
      rawPlain: summary(of('rawPlain').samples),
      queriesWithoutHits: {
        ours: of('ours').zeroHits,
        rawSame: of('rawSame').zeroHits,
        rawPlain: of('rawPlain').zeroHits,
      },
    };
  };
  return {
    documents: documents.length,
    reindex: { oursDocsPerSecond, rawDocsPerSecond, ratio: oursDocsPerSecond / rawDocsPerSecond },
    search: await searchRound(),
    searchRound,
    searchKey: targets[0]?.key as string,
    documentsForPublish: documents,
  };
}

async function dropIndexes(client: Meilisearch) {
  for (const uid of ['knowledge', 'raw_same', 'raw_plain']) {
    const task = await client.deleteIndex(uid).catch(() => undefined);
    if (task) await waitForSuccess(client, task, { what: `delete ${uid}`, timeoutMs: 300_000 }).catch(() => undefined);
  }
}

/** Resolves once the indexer has compared the index with the CMS and has nothing waiting. */
async function indexerSettled(indexerUrl: string): Promise<void> {
  await waitUntil(
    'the indexer has compared the index with the CMS',
    async () => {
      const status = JSON.parse((await httpRequest(`${indexerUrl}/status`)).body) as {
        reconciled: unknown;
        backlog: number;
      };
      return status.reconciled !== null && status.backlog === 0;
    },
    300_000,
    100,
  );
}

/** Our full reindex into an empty Meilisearch, reading the CMS (or stand-in) at `cmsUrl`. */
async function reindexFrom(
  client: Meilisearch,
  cmsUrl: string,
  taskTimeoutMs: number,
  log: (line: string) => void,
): Promise<{ docsPerSecond: number; durationMs: number }> {
  await dropIndexes(client);
  const result = await reindex({
    client,
    reader: createCmsReader({ cmsUrl }),
    indexUid: 'knowledge',
    batchSize: BATCH,
    taskTimeoutMs,
    now: () => NOW,
  });
  log(`reindex: ${result.documents} documents in ${(result.durationMs / 1000).toFixed(1)} s`);
  return { docsPerSecond: (result.documents / result.durationMs) * 1000, durationMs: result.durationMs };
}

/** One run through real Strapi on a fresh copy of the corpus database. */
async function strapiRun(meili: Meili, database: BenchDatabase, entries: number, run: number): Promise<RunResult> {
  const log = (line: string) => console.error(`[strapi ${database} ${entries} #${run}] ${line}`);
  const copy = await copyCorpus(database, entries);
  const secret = randomBytes(24).toString('hex');
  const indexerPort = await freePort();
  const base = cmsBaseEnv();
  log('starting the CMS…');
  const cms = await startCmsProcess(
    { ...base, ...copy.env },
    { url: `http://127.0.0.1:${indexerPort}/webhook`, secret },
  );
  let indexer: Awaited<ReturnType<typeof startIndexerProcess>> | undefined;
  try {
    log('full reindex from the CMS…');
    const ours = await reindexFrom(meili.client, cms.url, 1_800_000, log);
    const measured = await indexesAndSearch(meili, ours.docsPerSecond, log);
    log('starting the indexer and publishing through the content manager…');
    indexer = await startIndexerProcess({
      port: indexerPort,
      cmsUrl: cms.url,
      meiliHost: meili.host,
      masterKey: meili.masterKey,
      secret,
    });
    // The indexer compares the index with the CMS when it starts (and every 15 minutes): reading every
    // published version keeps Strapi busy for seconds. Publishes are timed after it, as most are.
    await indexerSettled(indexer.url);
    const admin = await adminApi(cms.url, {
      email: String(base.STRAPI_ADMIN_EMAIL),
      password: String(base.STRAPI_ADMIN_PASSWORD),
    });
    const swedish = measured.documentsForPublish.filter((d) => d.locale === 'sv' && d.type !== 'question');
    const targets = Array.from({ length: OPTIONS.publishes }, (_, i) => {
      const document = swedish[(i * 7919 + run * 104_729) % swedish.length] as { type: string; documentId: string };
      return { uid: `api::${document.type}.${document.type}`, documentId: document.documentId };
    });
    const latencies = await adminPublishLatencies({
      admin,
      targets,
      meiliHost: meili.host,
      searchKey: measured.searchKey,
    });
    const of = (pick: (latency: (typeof latencies)[number]) => number) => {
      const samples = latencies.map(pick);
      return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples) };
    };
    return {
      source: `strapi-${database}`,
      entries,
      run,
      documents: measured.documents,
      reindex: { ...measured.reindex, oursMs: ours.durationMs },
      search: measured.search,
      publish: {
        samples: latencies.length,
        ...of((latency) => latency.totalMs),
        cms: of((latency) => latency.cmsMs),
        toIndex: of((latency) => latency.toIndexMs),
      },
    };
  } finally {
    await indexer?.stop();
    await cms.stop();
    await copy.remove();
  }
}

/** Through the stand-in: one build of the three indexes (one reindex figure), then `runs` rounds of searches. */
async function standInRuns(meili: Meili, entries: number): Promise<RunResult[]> {
  const log = (line: string) => console.error(`[stand-in ${entries}] ${line}`);
  log('generating the corpus…');
  const corpus = benchCorpus(entries, NOW);
  const cms = await startCorpusCms(corpus);
  const results: RunResult[] = [];
  try {
    log('full reindex from the stand-in…');
    const ours = await reindexFrom(meili.client, cms.url, 3_600_000, log);
    const measured = await indexesAndSearch(meili, ours.docsPerSecond, log);
    for (let run = 1; run <= OPTIONS.runs; run++) {
      results.push({
        source: 'stand-in',
        entries,
        run,
        documents: measured.documents,
        reindex: { ...measured.reindex, oursMs: ours.durationMs },
        search: run === 1 ? measured.search : await measured.searchRound(),
      });
    }
  } finally {
    await cms.close();
  }
  return results;
}

const loadAtStart = loadavg();
const dataDir = mkdtempSync(path.join(tmpdir(), 'skb-bench-meili-'));
const port = await freePort();
const masterKey = randomBytes(24).toString('base64url');
const local = await startLocalMeili({ dataDir, port, masterKey, meiliBin: process.env.MEILI_BIN });
const meili: Meili = {
  host: local.host,
  masterKey,
  client: createMeiliClient({ host: local.host, apiKey: masterKey, requestTimeoutMs: 600_000 }),
};
try {
  const results: RunResult[] = [];
  const failures: { source: string; entries: number; run: number; problem: string }[] = [];
  for (const database of OPTIONS.databases) {
    for (const entries of OPTIONS.strapiSizes) {
      await ensureCorpus(database, entries);
      for (let run = 1; run <= OPTIONS.runs; run++) {
        // A run that fails (a request Meilisearch timed out on the overloaded machine) is noted and
        // made once more; a second failure ends the benchmark.
        try {
          results.push(await strapiRun(meili, database, entries, run));
        } catch (error) {
          const problem = error instanceof Error ? error.message.split('\n')[0] : String(error);
          console.error(`[strapi ${database} ${entries} #${run}] failed, run again: ${problem}`);
          failures.push({ source: `strapi-${database}`, entries, run, problem: String(problem) });
          results.push(await strapiRun(meili, database, entries, run));
        }
      }
    }
  }
  for (const entries of OPTIONS.standInSizes) results.push(...(await standInRuns(meili, entries)));
  const groups = summarise(results);
  writeReport({
    file: OPTIONS.out,
    results,
    failures,
    groups,
    machine: { cpus: cpus().length, loadAtStart, loadAtEnd: loadavg() },
    meilisearch: {
      version: (await meili.client.getVersion()).pkgVersion,
      binary: process.env.MEILI_BIN ?? PINNED_MEILISEARCH.package,
    },
    method: { batchSize: BATCH, searchRepeats: REPEATS, queries: QUERIES.length, runs: OPTIONS.runs },
  });
  console.log(resultsTable(groups));
  console.log(
    `\ncores ${cpus().length}, load ${loadAtStart.map((l) => l.toFixed(2)).join(' ')} at start, ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at end`,
  );
  console.log(`JSON: ${path.relative(process.cwd(), OPTIONS.out)}`);
} finally {
  await local.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
