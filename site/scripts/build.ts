// `npm run build -w site`: builds the static site from the CMS. The build goes to a staging folder
// beside the output and replaces the output only when it succeeded, so a failed build (the CMS
// down, an invalid entry) leaves the last good site in place. A failure prints one line naming
// the cause; SITE_BUILD_DEBUG=1 adds the stack.
//
// Settings: site/ENV.md. SITE_OUT_DIR (default site/dist) and SITE_CACHE_DIR (Astro's cache and
// Node's compile cache, default site/node_modules/.astro) let tests and benchmarks build side by
// side; SITE_BUILD_QUIET=1 leaves out the line Astro prints per page; SITE_BUILD_REPORT=1 adds a
// JSON line for benchmarks.
//
// SITE_PARTIAL_FROM=<a previous build's folder> makes a partial build: the entry pages, list pages,
// municipality pages and feeds of counties and service areas whose inputs did not change since that
// build are taken from it instead of being rendered (src/data/partial.ts, src/integrations/partial.ts);
// everything else (county and area pages, section feeds, calendars, open data, sitemap, start page …)
// is rendered as in a full build, for the same build time as that build. The result is the
// full build of the same content, byte for byte (tests/e2e/site-partial.test.ts). When that build
// was made by other code or settings, or has no manifest, the build is a full one and says why.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildHeapMb } from '../src/config/env.ts';
import { compileCache } from './build/launch.ts';
import { builtLine, compress, oneLine, type Rendered, render, SITE_ROOT, SiteBuildError } from './build/steps.ts';

/** Fails the build with its one line (and the stack with SITE_BUILD_DEBUG=1). */
function fail(error: unknown): never {
  console.error(error instanceof SiteBuildError ? error.message : `site build failed: ${oneLine(error)}`);
  if (process.env.SITE_BUILD_DEBUG) console.error(error instanceof SiteBuildError ? error.cause : error);
  process.exit(1);
}

/** Renders the site into a staging folder beside the output; on failure prints one line and exits 1. */
async function renderOrFail(): Promise<Rendered> {
  try {
    return await render(path.resolve(SITE_ROOT, process.env.SITE_OUT_DIR ?? 'dist'));
  } catch (error) {
    fail(error);
  }
}

/**
 * The last step: the compressed copies of every file (src/integrations/compress.ts), then the
 * rendered folder swapped in for the output, and the build's line.
 */
async function finish({ staging, outDir, kind, partly, startedAt, peakMb }: Rendered): Promise<void> {
  let pages: number;
  try {
    pages = await compress(staging, process.env.SITE_BUILD_QUIET ? null : console.log);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    fail(error);
  }
  const previous = `${outDir}.previous-${process.pid}`;
  await rename(outDir, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(staging, outDir);
  await rm(previous, { recursive: true, force: true });

  const seconds = (Date.now() - startedAt) / 1000;
  const peak = Math.max(peakMb, Math.round(process.resourceUsage().maxRSS / 1024));
  console.log(builtLine({ kind, pages, seconds, peakMb: peak, ...(partly ? { partly } : {}), outDir }));
  if (process.env.SITE_BUILD_REPORT)
    console.log(`SITE_BUILD_REPORT ${JSON.stringify({ kind, pages, seconds, peakMb: peak, ...partly })}`);
}

// V8 sizes its heap from the machine's memory and, with plenty of it, hardly collects: a
// 10,000-entry build then holds over 2 GB, most of it garbage. With the heap capped
// (SITE_BUILD_HEAP_MB, default 512; 0 for no cap) the whole build stays under 1.2 GB and is no
// slower: single runs at 10,000 entries took 77 s at 512 MB and 78 s at 640 (README, "Measured").
// The cap is a start-up flag, so without it the script runs itself again with it.
let heapMb: number;
try {
  heapMb = buildHeapMb();
} catch (error) {
  fail(error);
}
/** Set by the launcher for the process it runs: where that process leaves what it rendered. */
const HANDOFF = 'SITE_BUILD_HANDOFF';
if (heapMb > 0 && !process.execArgv.some((arg) => arg.startsWith('--max-old-space-size'))) {
  // The launcher: renders in a child with the cap, then compresses and swaps the build in itself,
  // once the child and its gigabyte are gone (the compression's threads would come on top of it).
  const handoff = path.join(await mkdtemp(path.join(tmpdir(), 'skb-site-handoff-')), 'rendered.json');
  const child = spawn(
    process.execPath,
    [...process.execArgv, `--max-old-space-size=${heapMb}`, ...process.argv.slice(1)],
    { stdio: 'inherit', env: { ...process.env, [HANDOFF]: handoff, NODE_COMPILE_CACHE: compileCache() } },
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (...exit) => resolve(exit)),
  );
  const rendered = code === 0 ? (JSON.parse(await readFile(handoff, 'utf8')) as Rendered) : undefined;
  await rm(path.dirname(handoff), { recursive: true, force: true });
  if (rendered) {
    await finish(rendered);
  } else {
    // V8 aborts when the heap is full: name the setting that gives it more.
    if (code === 134 || signal === 'SIGABRT')
      console.error(`site build failed: it ran out of memory at SITE_BUILD_HEAP_MB=${heapMb}; raise it (site/ENV.md)`);
    process.exit(code || 1);
  }
} else if (process.env[HANDOFF]) {
  await writeFile(process.env[HANDOFF], JSON.stringify(await renderOrFail()));
} else {
  await finish(await renderOrFail());
}
