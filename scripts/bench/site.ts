// Benchmark of the full site build: `npm run bench:site [-- --runs N] [1000 10000 …]`.
// For each size, a small HTTP server plays the CMS's public REST API over a synthetic corpus (the
// tests' own, shaped and validated like Strapi's answers: a stand-in CMS, so Strapi is not what is
// measured), and the site's own build script runs against it in a child process, as in production.
// The clock starts at the command (the spawn) and stops at its exit. Prints, per size, the build
// time, pages per second and peak memory of the build's process tree as min / median / max of the
// runs, with the machine's cores and load, and writes bench-results/site.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '@skb/search-indexer';
import { syntheticCorpus } from '../../tests/support/synthetic/corpus.ts';
import { startCorpusCms } from '../../tests/support/synthetic/corpus-cms.ts';
import { commandLine, UsageError } from '../command-line.ts';
import { runSiteBuild, type SiteBuildRun, spread } from './site-build-run.ts';

const USAGE =
  'Användning / usage: npm run bench:site [-- --runs N] [ANTAL …]   (standard / default: 3 runs of 1000 10000)';
const { sizes, runs } = commandLine(
  { usage: USAGE, options: { runs: { type: 'string' } }, positionals: true },
  ({ positionals, values }) => {
    const count = (raw: string, sv: string, en: string) => {
      if (!/^[1-9]\d*$/.test(raw)) throw new UsageError(`"${raw}" är inget ${sv} / "${raw}" is not a ${en}`);
      return Number(raw);
    };
    return {
      sizes: positionals.map((raw) => count(raw, 'antal poster', 'number of entries')),
      runs: values.runs === undefined ? 3 : count(values.runs, 'antal körningar', 'number of runs'),
    };
  },
);
/** Issue 13: a full build at 10,000 entries at ≥ 400 pages/s with ≤ 1.2 GB peak. */
const TARGET = { pagesPerSecond: 400, peakMb: 1200 };

interface SizeResult {
  entries: number;
  pages: number;
  runs: SiteBuildRun[];
  wallSeconds: ReturnType<typeof spread>;
  pagesPerSecond: ReturnType<typeof spread>;
  peakMb: ReturnType<typeof spread>;
}

const load = () => os.loadavg()[0]?.toFixed(1) ?? '?';
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`;
console.log(`bench-site: stand-in CMS, ${runs} runs per size, ${machine}, load ${load()} at the start`);
const results: SizeResult[] = [];
for (const size of sizes.length > 0 ? sizes : [1000, 10_000]) {
  const corpus = syntheticCorpus({ count: size, seed: 7 });
  const cms = await startCorpusCms(corpus);
  const done: SiteBuildRun[] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      const work = await mkdtemp(path.join(tmpdir(), 'skb-bench-site-'));
      process.stdout.write(`bench-site: ${size} entries, run ${run} … `);
      try {
        const result = await runSiteBuild({
          CMS_URL: cms.url,
          SITE_OUT_DIR: path.join(work, 'dist'),
          SITE_CACHE_DIR: path.join(work, 'cache'),
        });
        done.push(result);
        console.log(
          `${result.pages} pages in ${result.wallSeconds.toFixed(1)} s, ${(result.pages / result.wallSeconds).toFixed(0)} pages/s, peak ${result.peakMb} MB (load ${load()})`,
        );
      } finally {
        await rm(work, { recursive: true, force: true });
      }
    }
  } finally {
    await cms.close();
  }
  results.push({
    entries: size,
    pages: done[0]?.pages ?? 0,
    runs: done,
    wallSeconds: spread(done.map((r) => r.wallSeconds)),
    pagesPerSecond: spread(done.map((r) => r.pages / r.wallSeconds)),
    peakMb: spread(done.map((r) => r.peakMb)),
  });
}

const mmm = (s: ReturnType<typeof spread>, digits = 0) =>
  `${s.min.toFixed(digits)} / ${s.median.toFixed(digits)} / ${s.max.toFixed(digits)}`;
console.log(`\nmin / median / max of ${runs} runs; stand-in CMS; ${machine}; load ${load()} at the end`);
console.log('| entries | pages | build time (s) | pages/s | peak memory (MB) |');
console.log('|--------:|------:|---------------:|--------:|-----------------:|');
for (const r of results) {
  console.log(`| ${r.entries} | ${r.pages} | ${mmm(r.wallSeconds, 1)} | ${mmm(r.pagesPerSecond)} | ${mmm(r.peakMb)} |`);
}
const largest = results.at(-1);
if (largest) {
  const ok = largest.pagesPerSecond.median >= TARGET.pagesPerSecond && largest.peakMb.max <= TARGET.peakMb;
  console.log(
    `\ntarget at ${largest.entries} entries: ≥ ${TARGET.pagesPerSecond} pages/s (median) and ≤ ${TARGET.peakMb} MB peak (max) → ${ok ? 'met' : 'NOT met'}`,
  );
}
mkdirSync(path.join(REPO_ROOT, 'bench-results'), { recursive: true });
const file = path.join(REPO_ROOT, 'bench-results', 'site.json');
writeFileSync(
  file,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), cms: 'stand-in', machine, cpus: os.cpus().length, loadAtEnd: os.loadavg(), node: process.version, results }, null, 2)}\n`,
);
console.log(`written to ${path.relative(process.cwd(), file)}`);
