// Benchmark of publish → on the site, through the stack's own path: `npm run bench:publish-site
// [-- --runs N] [ANTAL]` (default 5 runs at 10000 entries). A stand-in CMS (the tests' synthetic
// corpus behind the CMS's public REST API; Strapi is not what is measured) serves the corpus; the
// stack's SiteBuilder (scripts/stack/site-builder.ts) builds the site with the stack's renderer
// and settings (scripts/stack/site.ts) and publishes each build by switching its `current` link,
// which the stack's static server serves. One full build is made first, as at the stack's start;
// then each run changes the content as an editor would (in turn: edits an entry's title, publishes
// a new entry, unpublishes one) and asks the builder for a rebuild naming the change, as the
// indexer does after a publish. The clock starts at that change and stops when the static server
// answers the entry's address with the change (the new title, the new page, a 404); it includes
// the site's debounce (SITE_REBUILD_DEBOUNCE_MS, 0.5 s by default). What the stack adds before the
// request, the search sync (≈ 0.3 s) and the indexer's gathering of changes (GATHER_MS, 0.2 s), is listed
// beside the figure. Prints min / median / max / p95 with the cores and load, and writes
// bench-results/publish-site-<time>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { entryPath, type PublicTypeName } from '@skb/content-types';
import { GATHER_MS, REPO_ROOT } from '@skb/search-indexer';
import { createStaticServer } from '@skb/site/static-server';
import { type RestEntry, syntheticCorpus } from '../../tests/support/synthetic/corpus.ts';
import { startCorpusCms } from '../../tests/support/synthetic/corpus-cms.ts';
import { commandLine, UsageError } from '../command-line.ts';
import { stackConfig } from '../stack/config.ts';
import { ProcessGroup } from '../stack/processes.ts';
import { siteBuildEnv, siteRenderer } from '../stack/site.ts';
import { type BuildRecord, SiteBuilder } from '../stack/site-builder.ts';
import { spread } from './site-build-run.ts';

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
/** What the stack adds before the rebuild request: the search sync and the indexer's gathering of changes. */
const INDEXER_SECONDS = 0.3 + GATHER_MS / 1000;
/** How long a run may take before the benchmark gives up on it. */
const RUN_TIMEOUT_MS = 15 * 60_000;

const load = () => os.loadavg()[0]?.toFixed(1) ?? '?';
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`;
const corpus = syntheticCorpus({ count: size, seed: 7 });
const cms = await startCorpusCms(corpus);
const work = await mkdtemp(path.join(tmpdir(), 'skb-bench-publish-'));
const config = stackConfig({ ...process.env, DATA_DIR: work, CMS_PORT: new URL(cms.url).port });
const group = new ProcessGroup({ logDir: config.logDir, logLimits: config.logs, runId: `bench-${process.pid}` });
const logs: string[] = [];
/** The renderer's line for each build (pages rendered and kept, seconds, peak memory). */
const rendererLines: string[] = [];
// The stack's renderer without a search key: the search page is not what is measured.
const renderer = siteRenderer({
  config,
  group,
  env: siteBuildEnv(config, { ...process.env, SITE_URL: config.site.url }, ''),
  log: (line) => {
    rendererLines.push(line);
    logs.push(`${new Date().toISOString()} ${line}`);
  },
});
const builder = new SiteBuilder({
  siteDir: config.siteDir,
  debounceMs: config.site.rebuildDebounceMs,
  log: (line) => logs.push(`${new Date().toISOString()} ${line}`),
  build: renderer.build,
});
const server = createStaticServer({ root: builder.linkPath, redirectFolders: true });
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

/** Asks the served site for `pagePath` until `served` says the change is there; returns when that was. */
async function servedWhen(pagePath: string, served: (status: number, body: string) => boolean): Promise<number> {
  const deadline = Date.now() + RUN_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const response = await fetch(`${origin}${pagePath}`);
    const body = await response.text();
    if (served(response.status, body)) return performance.now();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${pagePath} did not show the change within ${RUN_TIMEOUT_MS / 60_000} minutes:\n${logs.join('\n')}`);
}

interface Run {
  change: string;
  /** From the change to the page served with it. */
  seconds: number;
  build: BuildRecord | null;
}
const done: Run[] = [];
console.log(`bench-publish-site: stand-in CMS, ${size} entries, ${runs} runs, ${machine}, load ${load()}`);
let fullSeconds = 0;
try {
  const first = await builder.buildNow('first start');
  if (!first.ok) throw new Error(`the first build failed: ${first.error}`);
  fullSeconds = first.durationMs / 1000;
  console.log(`full build: ${fullSeconds.toFixed(1)} s\n  ${rendererLines.at(-1) ?? ''}`);
  const swedish = corpus.filter((item) => item.entry.locale === 'sv' && item.type !== 'goal');
  for (let run = 1; run <= runs; run++) {
    const item = swedish[(run * 997) % swedish.length];
    if (!item) throw new Error('the corpus has no Swedish entries');
    const pageOf = (entry: RestEntry) =>
      entryPath({ type: item.type as PublicTypeName, slug: String(entry.slug), locale: 'sv' });
    let change: string;
    let check: { path: string; served: (status: number, body: string) => boolean };
    const started = performance.now();
    if (run % 3 === 1) {
      const title = `${item.entry.title} (ändrad ${run})`;
      item.entry = { ...item.entry, title, body: `Ny text ${run}.` } as RestEntry;
      cms.publish(item.type, item.entry);
      change = 'edit title and body';
      // The title as the page writes it (HTML-escaped).
      const escaped = title.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
      check = { path: pageOf(item.entry), served: (status, body) => status === 200 && body.includes(escaped) };
    } else if (run % 3 === 2) {
      const added = { ...item.entry, documentId: `benchnew${String(run).padStart(16, '0')}`, slug: `ny-post-${run}` };
      cms.publish(item.type, added as RestEntry);
      change = 'new entry';
      check = { path: pageOf(added as RestEntry), served: (status) => status === 200 };
    } else {
      cms.unpublish(item.type, item.entry.documentId, 'sv');
      change = 'unpublish';
      check = { path: pageOf(item.entry), served: (status) => status === 404 };
    }
    builder.request(`publish ${item.type}/${item.entry.documentId}`, { partial: true });
    const seen = await servedWhen(check.path, check.served);
    await builder.idle();
    const build = builder.status().lastBuild;
    const seconds = (seen - started) / 1000;
    done.push({ change, seconds, build });
    console.log(`  ${rendererLines.at(-1) ?? ''}`);
    console.log(
      `run ${run} (${change}): on the site after ${seconds.toFixed(1)} s (${build?.kind ?? '?'} build ${((build?.durationMs ?? 0) / 1000).toFixed(1)} s; load ${load()})`,
    );
    if (build?.kind !== 'partial')
      throw new Error(`run ${run} made a ${build?.kind} build, not a partial one:\n${logs.join('\n')}`);
  }
} finally {
  builder.stop();
  await renderer.stop();
  server.close();
  await cms.close();
  await rm(work, { recursive: true, force: true });
}

const seconds = spread(done.map((r) => r.seconds));
const f = (n: number) => n.toFixed(1);
console.log(
  `\npublish → on the site, clock from the change to the page served (stand-in CMS, ${size} entries, ${runs} runs): min ${f(seconds.min)} s, median ${f(seconds.median)} s, max ${f(seconds.max)} s, p95 ${f(seconds.p95)} s; ${machine}, load ${load()}`,
);
const visibleP95 = seconds.p95 + INDEXER_SECONDS;
console.log(
  `with the search sync and the indexer's gathering (${INDEXER_SECONDS} s) ≈ p95 ${f(visibleP95)} s; target ≤ ${TARGET_SECONDS} s → ${visibleP95 <= TARGET_SECONDS ? 'met' : 'NOT met'}`,
);
mkdirSync(path.join(REPO_ROOT, 'bench-results'), { recursive: true });
const file = path.join(
  REPO_ROOT,
  'bench-results',
  `publish-site-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
);
writeFileSync(
  file,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), cms: 'stand-in', entries: size, machine, cpus: os.cpus().length, loadAtEnd: os.loadavg(), node: process.version, debounceMs: config.site.rebuildDebounceMs, indexerSeconds: INDEXER_SECONDS, fullBuildSeconds: fullSeconds, rendererLines, seconds, visibleP95, runs: done }, null, 2)}\n`,
);
console.log(`written to ${path.relative(process.cwd(), file)}`);
