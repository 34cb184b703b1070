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
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHeapMb, settingsOf } from '../src/config/env.ts';
import {
  type PartialManifest,
  type PartialResult,
  type PreviousBuild,
  RESULT_FILE,
  readState,
} from '../src/data/partial.ts';
import { compressTree } from '../src/integrations/compress.ts';
import { filesUnder } from '../src/integrations/files.ts';

const OUR_ERRORS = new Set(['CmsUnreachableError', 'CmsResponseError', 'InvalidEntryError', 'SiteConfigError']);

/** The error the build should be explained by: ours when there is one somewhere in the cause chain. */
function rootCause(error: unknown): unknown {
  for (let current = error, depth = 0; current && depth < 10; depth++) {
    if (current instanceof Error && OUR_ERRORS.has(current.name)) return current;
    current = current instanceof Error ? current.cause : undefined;
  }
  return error;
}

function oneLine(error: unknown): string {
  const cause = rootCause(error);
  const message = cause instanceof Error ? cause.message : String(cause);
  return message.split('\n').find((line) => line.trim()) ?? String(cause);
}

/**
 * What the pages are made with besides the content: the site's and the content model's code, the
 * installed packages and the settings (but the build time). Two builds with the same fingerprint
 * render the same inputs to the same bytes.
 */
async function fingerprint(siteRoot: string): Promise<string> {
  const repo = path.resolve(siteRoot, '..');
  const hash = createHash('sha256');
  const sources = [
    'site/src',
    'site/scripts',
    'site/content',
    'site/public',
    'site/translations',
    'content-types/src',
    'content-types/data',
  ];
  const files = ['site/astro.config.mjs', 'site/package.json', 'package-lock.json'];
  for (const dir of sources) {
    const found = await readdir(path.join(repo, dir), { recursive: true, withFileTypes: true });
    for (const entry of found) {
      if (entry.isFile()) files.push(path.relative(repo, path.join(entry.parentPath, entry.name)));
    }
  }
  for (const file of files.sort())
    hash
      .update(`${file}\0`)
      .update(await readFile(path.join(repo, file)))
      .update('\0');
  const { SITE_NOW: _now, ...settings } = settingsOf(process.env);
  hash.update(JSON.stringify({ settings, preview: process.env.SITE_PREVIEW_SERVER === '1' }));
  return hash.digest('base64url');
}

/**
 * Prepares a partial build from `from` into the state folder; returns why it must be a full one
 * instead, or null. The partial build renders for the build time of the build it continues.
 */
async function preparePartial(from: string, state: string, print: string): Promise<string | null> {
  let manifest: PartialManifest;
  try {
    manifest = JSON.parse(await readFile(path.join(from, '_build', 'manifest.json'), 'utf8')) as PartialManifest;
  } catch (error) {
    return `no manifest in ${from} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
  if (manifest.fingerprint !== print) return `${from} was built by other code or settings`;
  if (process.env.SITE_NOW && Date.parse(process.env.SITE_NOW) !== Date.parse(manifest.now))
    return `SITE_NOW differs from the build time of ${from}`;
  process.env.SITE_NOW = manifest.now;
  const previous: PreviousBuild = { dir: path.resolve(from), manifest };
  await writeFile(path.join(state, 'previous.json'), JSON.stringify(previous));
  return null;
}

/** What a build hands to its last step: the folder it rendered into and what it did. */
interface Rendered {
  staging: string;
  outDir: string;
  kind: 'full' | 'partial';
  partly?: PartialResult;
  /** When the build started (epoch ms), after Astro was loaded. */
  startedAt: number;
  /** The rendering process's peak resident memory. */
  peakMb: number;
}

/** Removes a build's own folder, and the folder of them when no other build is under way. */
async function removeBuildDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await rmdir(path.dirname(dir)).catch(() => undefined);
}

/** Renders the site into a staging folder beside the output; on failure prints one line and exits 1. */
async function render(): Promise<Rendered> {
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  const { build } = await import('astro');
  const siteRoot = fileURLToPath(new URL('..', import.meta.url));
  const outDir = path.resolve(siteRoot, process.env.SITE_OUT_DIR ?? 'dist');
  const staging = `${outDir}.building-${process.pid}`;

  // What the pages and the partial() integration tell each other (src/data/partial.ts).
  const state = await mkdtemp(path.join(tmpdir(), 'skb-site-build-'));
  process.env.SITE_PARTIAL_STATE = state;
  const print = await fingerprint(siteRoot);
  process.env.SITE_BUILD_FINGERPRINT = print;
  let kind: 'full' | 'partial' = 'full';
  if (process.env.SITE_PARTIAL_FROM) {
    const whyFull = await preparePartial(process.env.SITE_PARTIAL_FROM, state, print);
    if (whyFull) console.log(`site build: a full build: ${whyFull}`);
    else kind = 'partial';
  }

  // Each build has a folder of its own under the site's .astro/ (the code built there imports the
  // site's packages), removed at its end. The build runs from it: Astro writes the code that renders
  // the static pages into the working folder's .astro/.prerender/ (when the output is not under it),
  // which was the site's one, and two builds at once (the stack's beside `npm run build`, two test
  // files) deleted each other's modules.
  const buildDir = path.join(siteRoot, '.astro', 'builds', String(process.pid));
  // SITE_PREVIEW_SERVER=1 (the stack's builds): the preview route's server code, built here and
  // moved into the build's _preview-server/ (astro.config.mjs).
  const withPreview = process.env.SITE_PREVIEW_SERVER === '1';
  // The adapter finds its folder at run time by this name, so the folder is called so from the start.
  const previewServer = path.join(buildDir, '_preview-server');
  if (withPreview) process.env.SITE_PREVIEW_SERVER_DIR = `${previewServer}${path.sep}`;

  const startedAt = Date.now();
  try {
    await mkdir(buildDir, { recursive: true });
    const workingDir = process.cwd();
    process.chdir(buildDir);
    try {
      await build({
        root: siteRoot,
        outDir: staging,
        // Tests and benchmarks build tens of thousands of pages; one line per page is noise there.
        ...(process.env.SITE_BUILD_QUIET ? { logLevel: 'warn' as const } : {}),
        ...(process.env.SITE_CACHE_DIR ? { cacheDir: path.resolve(workingDir, process.env.SITE_CACHE_DIR) } : {}),
      });
    } finally {
      process.chdir(workingDir);
    }
    if (withPreview) {
      // What rendered the static pages is not needed any more; the rest is the preview's server.
      await rm(path.join(previewServer, '.prerender'), { recursive: true, force: true });
      await cp(previewServer, path.join(staging, '_preview-server'), { recursive: true });
    }
  } catch (error) {
    await removeBuildDir(buildDir);
    await rm(staging, { recursive: true, force: true });
    await rm(state, { recursive: true, force: true });
    console.error(`site build failed: ${oneLine(error)}`);
    if (process.env.SITE_BUILD_DEBUG) console.error(error);
    process.exit(1);
  }
  // A partial build's pages: how many it rendered and how many it took from the previous build.
  const partly = readState<PartialResult>(state, RESULT_FILE);
  await rm(state, { recursive: true, force: true });

  await removeBuildDir(buildDir);
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  return { staging, outDir, kind, ...(partly ? { partly } : {}), startedAt, peakMb };
}

/**
 * The last step: the compressed copies of every file (src/integrations/compress.ts), then the
 * rendered folder swapped in for the output, and the build's line.
 */
async function finish({ staging, outDir, kind, partly, startedAt, peakMb }: Rendered): Promise<void> {
  // One listing for both: compressing adds only .br/.gz copies, never a page.
  const listed = filesUnder(staging);
  const pages = listed.filter((file) => file.endsWith('.html')).length;
  try {
    const compressing = performance.now();
    const { files, plainBytes, brBytes } = await compressTree(staging, listed);
    if (!process.env.SITE_BUILD_QUIET)
      console.log(
        `site build: compressed ${files} files (brotli ${Math.round(brBytes / 1024)} KB of ${Math.round(plainBytes / 1024)} KB) in ${((performance.now() - compressing) / 1000).toFixed(1)} s`,
      );
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    console.error(`site build failed: compressing the pages: ${oneLine(error)}`);
    if (process.env.SITE_BUILD_DEBUG) console.error(error);
    process.exit(1);
  }
  const previous = `${outDir}.previous-${process.pid}`;
  await rename(outDir, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(staging, outDir);
  await rm(previous, { recursive: true, force: true });

  const seconds = (Date.now() - startedAt) / 1000;
  const peak = Math.max(peakMb, Math.round(process.resourceUsage().maxRSS / 1024));
  const counts = partly
    ? ` (entry pages: ${partly.rendered} rendered, ${partly.taken} kept; lists, municipalities and feeds: ${partly.otherRendered} rendered, ${partly.otherTaken} kept)`
    : '';
  console.log(
    `site built (${kind}): ${pages} pages${counts} in ${seconds.toFixed(1)} s (${(pages / seconds).toFixed(0)} pages/s), peak memory ${peak} MB → ${path.relative(process.cwd(), outDir) || '.'}`,
  );
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
  console.error(`site build failed: ${oneLine(error)}`);
  process.exit(1);
}
/**
 * Where the rendering process keeps Node's compile cache (V8's code for every module it loads, checked
 * against the module's source): beside Astro's cache, unless NODE_COMPILE_CACHE says otherwise. Astro,
 * Vite and their dependencies are some 2 s of every build's start, a partial build's too; with the
 * cache the start is 0.6 s shorter (README, "Measured").
 */
function compileCache(): string {
  if (process.env.NODE_COMPILE_CACHE) return process.env.NODE_COMPILE_CACHE;
  const siteRoot = fileURLToPath(new URL('..', import.meta.url));
  const cacheDir = process.env.SITE_CACHE_DIR
    ? path.resolve(process.env.SITE_CACHE_DIR)
    : path.join(siteRoot, 'node_modules', '.astro');
  return path.join(cacheDir, 'node-compile-cache');
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
  await writeFile(process.env[HANDOFF], JSON.stringify(await render()));
} else {
  await finish(await render());
}
