// Benchmark of publish → on the site: `npm run bench:publish-site [-- --runs N] [ANTAL]` (default
// 5 runs at 10000 entries). A stand-in CMS (the tests' synthetic corpus behind the CMS's public REST
// API; Strapi is not what is measured) serves the corpus; one full build is made, then each run
// changes the content as an editor would (in turn: edits an entry's title and body, publishes a new
// entry, unpublishes one) and runs the site's build script as the stack does after a publish: a
// partial build from the build before it (SITE_PARTIAL_FROM). The clock starts at the command and
// stops when the build is in place; in the stack, a publish reaches that command after the search
// sync (≈ 0.3 s), the indexer's one-second gathering of changes and the site's debounce
// (SITE_REBUILD_DEBOUNCE_MS, 2 s), which the figure lists beside it. Prints min / median / max /
// p95 with the cores and load, and writes bench-results/publish-site.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '@skb/search-indexer';
import { type RestEntry, syntheticCorpus } from '../../tests/support/synthetic/corpus.ts';
import { startCorpusCms } from '../../tests/support/synthetic/corpus-cms.ts';
import { commandLine, UsageError } from '../command-line.ts';
import { runSiteBuild, type SiteBuildRun, spread } from './site-build-run.ts';

const USAGE =
  'Användning / usage: npm run bench:publish-site [-- --runs N] [ANTAL]   (standard / default: 5 runs, 10000)';
const { size, runs } = commandLine(
  { usage: USAGE, options: { runs: { type: 'string' } }, positionals: true },
  ({ positionals, values }) => {
    const count = (raw: string, sv: string, en: string) => {
      if (!/^[1-9]\d*$/.test(raw)) throw new UsageError(`"${raw}" är inget ${sv} / "${raw}" is not a ${en}`);
      return Number(raw);
    };
    if (positionals.length > 1) throw new UsageError('ett antal poster / one number of entries');
    const runs = values.runs === undefined ? 5 : count(values.runs, 'antal körningar', 'number of runs');
    if (runs < 3) throw new UsageError('minst 3 körningar / at least 3 runs');
    return { size: positionals[0] ? count(positionals[0], 'antal poster', 'number of entries') : 10_000, runs };
  },
);
/** Issue 13: publish → visible on the served site, p95 ≤ 10 s at 10,000 entries. */
const TARGET_SECONDS = 10;
/** What the stack adds before the build starts: the indexer's gathering of changes and the site's debounce. */
const STACK_WAIT_SECONDS = 1 + 2;

const load = () => os.loadavg()[0]?.toFixed(1) ?? '?';
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`;
const corpus = syntheticCorpus({ count: size, seed: 7 });
const cms = await startCorpusCms(corpus);
const work = await mkdtemp(path.join(tmpdir(), 'skb-bench-publish-'));
const env = (dir: string) => ({ CMS_URL: cms.url, SITE_OUT_DIR: dir, SITE_CACHE_DIR: path.join(work, 'cache') });
const done: (SiteBuildRun & { change: string })[] = [];
console.log(`bench-publish-site: stand-in CMS, ${size} entries, ${runs} runs, ${machine}, load ${load()}`);
try {
  let previous = path.join(work, 'build-0');
  const first = await runSiteBuild(env(previous));
  console.log(`full build: ${first.pages} pages in ${first.wallSeconds.toFixed(1)} s`);
  const swedish = corpus.filter((item) => item.entry.locale === 'sv' && item.type !== 'goal');
  for (let run = 1; run <= runs; run++) {
    const item = swedish[(run * 997) % swedish.length];
    if (!item) throw new Error('the corpus has no Swedish entries');
    let change: string;
    if (run % 3 === 1) {
      item.entry = {
        ...item.entry,
        title: `${item.entry.title} (ändrad ${run})`,
        body: `Ny text ${run}.`,
      } as RestEntry;
      cms.publish(item.type, item.entry);
      change = 'edit title and body';
    } else if (run % 3 === 2) {
      const added = { ...item.entry, documentId: `benchnew${String(run).padStart(16, '0')}`, slug: `ny-post-${run}` };
      cms.publish(item.type, added as RestEntry);
      change = 'new entry';
    } else {
      cms.unpublish(item.type, item.entry.documentId, 'sv');
      change = 'unpublish';
    }
    const next = path.join(work, `build-${run}`);
    const result = await runSiteBuild({ ...env(next), SITE_PARTIAL_FROM: previous });
    if (result.kind !== 'partial') throw new Error(`run ${run} made a ${result.kind} build, not a partial one`);
    done.push({ ...result, change });
    console.log(
      `run ${run} (${change}): ${result.wallSeconds.toFixed(1)} s, ${result.rendered} entry pages rendered, ${result.taken} kept, peak ${result.peakMb} MB (load ${load()})`,
    );
    await rm(previous, { recursive: true, force: true });
    previous = next;
  }
} finally {
  await cms.close();
  await rm(work, { recursive: true, force: true });
}

const seconds = spread(done.map((r) => r.wallSeconds));
const f = (n: number) => n.toFixed(1);
console.log(
  `\npartial build from the command (stand-in CMS, ${size} entries, ${runs} runs): min ${f(seconds.min)} s, median ${f(seconds.median)} s, max ${f(seconds.max)} s, p95 ${f(seconds.p95)} s; ${machine}, load ${load()}`,
);
const visibleP95 = seconds.p95 + STACK_WAIT_SECONDS;
console.log(
  `publish → on the site ≈ p95 ${f(visibleP95)} s with the stack's ${STACK_WAIT_SECONDS} s of gathering and debounce; target ≤ ${TARGET_SECONDS} s → ${visibleP95 <= TARGET_SECONDS ? 'met' : 'NOT met'}`,
);
mkdirSync(path.join(REPO_ROOT, 'bench-results'), { recursive: true });
const file = path.join(REPO_ROOT, 'bench-results', 'publish-site.json');
writeFileSync(
  file,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), cms: 'stand-in', entries: size, machine, cpus: os.cpus().length, loadAtEnd: os.loadavg(), node: process.version, stackWaitSeconds: STACK_WAIT_SECONDS, seconds, visibleP95, runs: done }, null, 2)}\n`,
);
console.log(`written to ${path.relative(process.cwd(), file)}`);
