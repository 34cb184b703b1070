import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '@skb/search-indexer';
import { syntheticCorpus } from '../../tests/support/synthetic/corpus.ts';
import { startCorpusCms } from '../../tests/support/synthetic/corpus-cms.ts';
import { commandLine, UsageError, wholeNumberOption } from '../command-line.ts';
import { runSiteBuild } from './site-build-run.ts';
import { type BenchDatabase, cmsBaseEnv, copyCorpus, ensureCorpus } from './strapi/corpus-db.ts';
import { startCmsProcess } from './strapi/services.ts';

const { SIZES, SOURCE, RUNS } = commandLine(
  {
    usage:
      'Användning / usage: npm run bench:site [-- --strapi sqlite|postgres|stand-in] [--runs 3] [ANTAL …]   (standard / default: sqlite, 1000 10000)',
    options: { strapi: { type: 'string', default: 'sqlite' }, runs: { type: 'string' } },
    positionals: true,
  },
  ({ positionals, values }) => {
    if (!['sqlite', 'postgres', 'stand-in'].includes(values.strapi))
      throw new UsageError(`--strapi: "${values.strapi}" är inte sqlite, postgres eller stand-in / is not one of them`);
    return {
      SOURCE: values.strapi as BenchDatabase | 'stand-in',
      RUNS: wholeNumberOption('runs', values.runs, 3),
      SIZES: positionals.map((raw) => {
        if (!/^[1-9]\d*$/.test(raw))
          throw new UsageError(`"${raw}" är inget antal poster / "${raw}" is not a number of entries`);
        return Number(raw);
      }),
    };
  },
);
const TARGET = { pagesPerSecond: 400, peakMb: 1200 };

interface Result {
  entries: number;
  run: number;
  pages: number;
  /** From the spawn of the build to its exit. */
  seconds: number;
  /** What the build reports itself: from after Astro is loaded to the end. */
  astroSeconds: number;
  /** Peak resident memory of the build's whole process tree, sampled from /proc. */
  peakMb: number;
}

/** Runs the site's build script against `cmsUrl` (site-build-run.ts: clock and memory from the spawn). */
async function build(cmsUrl: string, work: string): Promise<Omit<Result, 'entries' | 'run'>> {
  const run = await runSiteBuild({
    CMS_URL: cmsUrl,
    SITE_OUT_DIR: path.join(work, 'dist'),
    SITE_CACHE_DIR: path.join(work, 'cache'),
  });
  return { pages: run.pages, seconds: run.wallSeconds, astroSeconds: run.seconds, peakMb: run.peakMb };
}

/** The CMS the build reads for `size` entries: real Strapi on a copy of the loaded corpus, or the stand-in. */
async function cmsFor(size: number): Promise<{ url: string; close(): Promise<void> }> {
  if (SOURCE === 'stand-in') {
    const standIn = await startCorpusCms(
      syntheticCorpus({ count: size, seed: size, now: new Date('2026-11-30T12:00:00Z') }),
    );
    return { url: standIn.url, close: () => standIn.close() };
  }
  await ensureCorpus(SOURCE, size);
  const copy = await copyCorpus(SOURCE, size);
  const cms = await startCmsProcess({ ...cmsBaseEnv(), ...copy.env });
  return {
    url: cms.url,
    async close() {
      await cms.stop();
      await copy.remove();
    },
  };
}

const loadAtStart = loadavg();
const results: Result[] = [];
const file = path.join(REPO_ROOT, 'bench-results', `site-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
const METHOD =
  'node site/scripts/build.ts spawned (npm run build -w site); spawn → exit; peak RSS of the process tree sampled every 200 ms';
/** The JSON so far: written after every run, so that a long benchmark stopped early keeps what it measured. */
function writeJson(extra: Record<string, unknown>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    `${JSON.stringify({ measuredAt: new Date().toISOString(), source: SOURCE, machine: { cpus: cpus().length, loadAtStart, loadNow: loadavg() }, method: METHOD, results, ...extra }, null, 2)}\n`,
  );
}
for (const size of SIZES.length > 0 ? SIZES : [1000, 10_000]) {
  const cms = await cmsFor(size);
  try {
    for (let run = 1; run <= RUNS; run++) {
      const work = await mkdtemp(path.join(tmpdir(), 'skb-bench-site-'));
      process.stdout.write(`bench-site: ${SOURCE}, ${size} entries, run ${run} … `);
      try {
        const result = { entries: size, run, ...(await build(cms.url, work)) };
        results.push(result);
        writeJson({});
        console.log(
          `${result.pages} pages in ${result.seconds.toFixed(1)} s (${result.astroSeconds.toFixed(1)} s after Astro loaded), ${(result.pages / result.seconds).toFixed(0)} pages/s, peak ${result.peakMb} MB`,
        );
      } finally {
        await rm(work, { recursive: true, force: true });
      }
    }
  } finally {
    await cms.close();
  }
}
const loadAtEnd = loadavg();

const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0] ?? 0, median: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0, max: sorted.at(-1) ?? 0 };
};
const show = (s: { min: number; median: number; max: number }, digits: number) =>
  [s.min, s.median, s.max].map((v) => v.toFixed(digits)).join(' / ');
console.log(
  `\nsource: ${SOURCE === 'stand-in' ? 'stand-in (in-memory server, not Strapi)' : `Strapi on ${SOURCE}`}; min / median / max of ${RUNS} runs`,
);
console.log('| entries | pages | build time (s) | pages/s | peak memory (MB) |');
console.log('|--------:|------:|---------------:|--------:|-----------------:|');
const summary = [...new Set(results.map((r) => r.entries))].map((entries) => {
  const rows = results.filter((r) => r.entries === entries);
  const figures = {
    entries,
    pages: rows[0]?.pages ?? 0,
    seconds: spread(rows.map((r) => r.seconds)),
    pagesPerSecond: spread(rows.map((r) => r.pages / r.seconds)),
    peakMb: spread(rows.map((r) => r.peakMb)),
  };
  console.log(
    `| ${entries} | ${figures.pages} | ${show(figures.seconds, 1)} | ${show(figures.pagesPerSecond, 0)} | ${show(figures.peakMb, 0)} |`,
  );
  return figures;
});
const largest = summary.at(-1);
if (largest) {
  const ok = largest.pagesPerSecond.median >= TARGET.pagesPerSecond && largest.peakMb.median <= TARGET.peakMb;
  console.log(
    `\ntarget at ${largest.entries} entries: ≥ ${TARGET.pagesPerSecond} pages/s and ≤ ${TARGET.peakMb} MB peak (medians) → ${ok ? 'met' : 'NOT met'}`,
  );
}
console.log(
  `cores ${cpus().length}, load ${loadAtStart.map((l) => l.toFixed(2)).join(' ')} at start, ${loadAtEnd.map((l) => l.toFixed(2)).join(' ')} at end`,
);
writeJson({ summary, loadAtEnd });
console.log(`JSON: ${path.relative(process.cwd(), file)}`);
