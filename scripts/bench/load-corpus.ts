// Loads the synthetic corpus of N entries into a real CMS database through the Document Service and
// keeps it for the benchmarks (SQLite under bench-results/corpus/, PostgreSQL as skb_bench_corpus_<N>):
// `scripts/with-node22 node scripts/bench/load-corpus.ts --database sqlite|postgres --entries 10000`.
// Idempotent: a second run finds every entry there and loads nothing. Prints progress and the time taken.

import { writeFileSync } from 'node:fs';
import { syntheticCorpus } from '../../tests/support/synthetic/corpus.ts';
import { commandLine, UsageError, wholeNumberOption } from '../command-line.ts';
import { type BenchDatabase, cmsBaseEnv, corpusEnv, loadedMarker } from './strapi/corpus-db.ts';

const { database, entries, batch, concurrency } = commandLine(
  {
    usage:
      'Användning / usage: npm run bench:corpus -- --database sqlite|postgres --entries N [--batch 100] [--concurrency N]',
    options: {
      database: { type: 'string', default: 'sqlite' },
      entries: { type: 'string' },
      batch: { type: 'string' },
      concurrency: { type: 'string' },
    },
  },
  ({ values }) => {
    if (values.database !== 'sqlite' && values.database !== 'postgres')
      throw new UsageError(
        `--database: "${values.database}" är inte sqlite eller postgres / is not sqlite or postgres`,
      );
    return {
      database: values.database as BenchDatabase,
      entries: wholeNumberOption('entries', values.entries, 1000),
      batch: wholeNumberOption('batch', values.batch, 100),
      // Transactions side by side: PostgreSQL takes several writers, SQLite one.
      concurrency: wholeNumberOption('concurrency', values.concurrency, values.database === 'postgres' ? 4 : 1),
    };
  },
);

Object.assign(process.env, cmsBaseEnv(), await corpusEnv(database, entries));
const { loadCms } = await import('@skb/cms/boot');
const { bulkLoad } = await import('@skb/cms/seed/bulk-load');
const started = performance.now();
const strapi = await loadCms();
const bootMs = performance.now() - started;
// The same corpus as the search benchmark's stand-in of this size (seeded by its size).
const corpus = syntheticCorpus({ count: entries, seed: entries, now: new Date('2026-11-30T12:00:00Z') });
const report = await bulkLoad(strapi, corpus, { batchSize: batch, concurrency, log: (line) => console.log(line) });
console.log(
  `load-corpus ${database} ${entries}: ${report.created} entries created (${report.english} English versions), ${report.existing} already there, in ${(report.durationMs / 1000).toFixed(1)} s (CMS boot ${(bootMs / 1000).toFixed(1)} s)`,
);
writeFileSync(
  loadedMarker(database, entries),
  `${JSON.stringify({ ...report, bootMs, at: new Date().toISOString() })}\n`,
);
// Everything is stored and committed: a query Strapi still had waiting for a connection when its pool
// closes (tarn's "aborted", seen on PostgreSQL) is no failure of the load.
process.on('unhandledRejection', () => process.exit(0));
await strapi.destroy().catch(() => undefined);
process.exit(0);
