// Benchmark of the site build: `scripts/with-node22 node scripts/bench/site.ts [1000 10000 …]`.
// For each size, a small HTTP server plays the CMS's public REST API over a synthetic corpus (the
// tests' own, shaped and validated like Strapi's answers), and the site's own build script
// runs against it in a child process, as in production. Strapi is not what is measured: the site's
// loader, validation, page rendering and writing are. Prints build time, pages per second and peak
// memory per size, and a summary table.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '@skb/search-indexer';
import { syntheticCorpus } from '../../tests/support/synthetic/corpus.ts';
import { startCorpusCms } from '../../tests/support/synthetic/corpus-cms.ts';
import { commandLine, UsageError } from '../command-line.ts';

const SIZES = commandLine(
  {
    usage: 'Användning / usage: npm run bench:site [-- ANTAL …]   (standard / default: 1000 10000)',
    options: {},
    positionals: true,
  },
  ({ positionals }) =>
    positionals.map((raw) => {
      if (!/^[1-9]\d*$/.test(raw))
        throw new UsageError(`"${raw}" är inget antal poster / "${raw}" is not a number of entries`);
      return Number(raw);
    }),
);
const TARGET = { pagesPerSecond: 100, peakMb: 2048 };

interface Result {
  entries: number;
  pages: number;
  seconds: number;
  /** Peak resident memory of the build's whole process tree, sampled from /proc. */
  peakMb: number;
}

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
function treeRssMb(pid: number): number {
  let kb = 0;
  const visit = (id: number) => {
    try {
      kb += Number(readFileSync(`/proc/${id}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
      for (const task of readFileSync(`/proc/${id}/task/${id}/children`, 'utf8').split(' ').filter(Boolean))
        visit(Number(task));
    } catch {
      // The process ended between two reads.
    }
  };
  visit(pid);
  return Math.round(kb / 1024);
}

/** Runs the site's build script against `cmsUrl`; resolves with its report and the tree's peak memory. */
async function build(cmsUrl: string, work: string): Promise<Omit<Result, 'entries'>> {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'site/scripts/build.ts')], {
    cwd: path.join(REPO_ROOT, 'site'),
    env: {
      ...process.env,
      CMS_URL: cmsUrl,
      SITE_URL: 'https://servicekunskapsbanken.example',
      SITE_OUT_DIR: path.join(work, 'dist'),
      SITE_CACHE_DIR: path.join(work, 'cache'),
      SITE_BUILD_QUIET: '1',
      SITE_BUILD_REPORT: '1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  let peakMb = 0;
  const sampler = setInterval(() => {
    if (child.pid) peakMb = Math.max(peakMb, treeRssMb(child.pid));
  }, 200);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const report = output.match(/^SITE_BUILD_REPORT (.*)$/m)?.[1];
  if (code !== 0 || !report) throw new Error(`site build failed (exit ${code}):\n${output.trim()}`);
  const parsed = JSON.parse(report) as Omit<Result, 'entries'>;
  // The build reports its own process's peak; the sampled tree (with its launcher) is the honest figure.
  return { ...parsed, peakMb: Math.max(peakMb, parsed.peakMb) };
}

const results: Result[] = [];
for (const size of SIZES.length > 0 ? SIZES : [1000, 10_000]) {
  const corpus = syntheticCorpus({ count: size, seed: 7 });
  const cms = await startCorpusCms(corpus);
  const work = await mkdtemp(path.join(tmpdir(), 'skb-bench-site-'));
  process.stdout.write(`bench-site: ${size} entries … `);
  try {
    const result = { entries: size, ...(await build(cms.url, work)) };
    results.push(result);
    console.log(
      `${result.pages} pages in ${result.seconds.toFixed(1)} s, ${(result.pages / result.seconds).toFixed(0)} pages/s, peak ${result.peakMb} MB`,
    );
  } finally {
    await cms.close();
    await rm(work, { recursive: true, force: true });
  }
}

console.log('\n| entries | pages | build time | pages/s | peak memory |');
console.log('|--------:|------:|-----------:|--------:|------------:|');
for (const r of results) {
  console.log(
    `| ${r.entries} | ${r.pages} | ${r.seconds.toFixed(1)} s | ${(r.pages / r.seconds).toFixed(0)} | ${r.peakMb} MB |`,
  );
}
const largest = results.at(-1);
if (largest) {
  const rate = largest.pages / largest.seconds;
  const ok = rate >= TARGET.pagesPerSecond && largest.peakMb <= TARGET.peakMb;
  console.log(
    `\ntarget at ${largest.entries} entries: ≥ ${TARGET.pagesPerSecond} pages/s and ≤ ${TARGET.peakMb} MB peak → ${ok ? 'met' : 'NOT met'} (${rate.toFixed(0)} pages/s, ${largest.peakMb} MB)`,
  );
}
