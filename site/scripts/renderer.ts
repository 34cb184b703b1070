// The stack's site renderer: one process that builds the site many times, so that a publish is on
// the site in seconds. Started by the stack (scripts/stack/site.ts) with an IPC channel; each message
// asks for one build into a folder, and the answer says what was built or why it failed.
//
// Its first build is a full one, Astro's own (scripts/build/steps.ts), with an integration that
// keeps what rendered the pages: the app of Astro's prerender entry, with the page code loaded, and
// the site's integrations. Every later build is a partial one from a previous build of the same
// code, settings and build time, made without Astro's build (no start-up, no bundling): the CMS is
// read anew; the routes give their paths (the pages whose inputs changed by their digests,
// src/data/partial.ts, and the pages rendered in every build); a worker thread takes the unchanged
// pages from the build it continues (src/integrations/take-files.ts) while this thread renders each
// path with the kept app and writes it, and worker threads compress each file once it is written
// (CompressQueue); the files no route renders (the hashed assets, the public folder's files, the
// preview's server code) are linked from that build; then the site's own steps after a build run as
// in Astro's: partial()'s record and manifest, the sitemap, the security policy. The result is the
// full build of the same content, byte for byte (tests/e2e/site-partial.test.ts).
//
// A request the kept renderer cannot serve (a full build once it has made one; a build of other
// code, settings or build time to continue from; no manifest) is refused with the reason; the stack
// then starts a new renderer for a full build. The process holds the build's heap cap
// (SITE_BUILD_HEAP_MB) for all its builds, and ends when the stack does (its IPC channel closes).
import { mkdirSync, readdirSync } from 'node:fs';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger, RouteData } from 'astro';
import { StaticPaths, type StaticPathsApp } from 'astro/runtime/prerender/static-paths.js';
import { Piscina } from 'piscina';
import { readCmsAgain } from '../src/data/cms-data.ts';
import { CMS_DATA_FILE } from '../src/data/cms-data-handoff.ts';
import {
  type PartialResult,
  PREVIOUS_FILE,
  type PreviousBuild,
  RESULT_FILE,
  readState,
  TAKEN_FILE,
} from '../src/data/partial.ts';
import { CompressQueue, compressionPool } from '../src/integrations/compress.ts';
import { filesUnder, knownPages, pagesUnder } from '../src/integrations/files.ts';
import { BUILD_INFO_DIR, collectManifest, pageFile, recordBuild, unchangedPages } from '../src/integrations/partial.ts';
import { folderOf, linkOrCopy, type takeFiles, takePage } from '../src/integrations/take-files.ts';
import type { RenderReply, RenderRequest } from './build/launch.ts';
import { bodyPieces, type Pieces, sameAs, writePieces } from './build/pieces.ts';
import {
  builtLine,
  compress,
  fingerprint,
  oneLine,
  preparePartial,
  readManifest,
  render,
  SiteBuildError,
} from './build/steps.ts';

/** The app Astro's build renders the static pages with (its prerender entry's). */
interface PrerenderApp extends StaticPathsApp {
  routeCache: NonNullable<StaticPathsApp['routeCache']>;
  render(request: Request, options: { routeData: RouteData }): Promise<Response>;
}

/** What the first build leaves for the later ones. */
interface Kept {
  app: PrerenderApp;
  integrations: AstroIntegration[];
  /** The site's address, which the page requests are made for, as in Astro's build. */
  origin: string;
  fingerprint: string;
  /** The build time every build of this process renders for. */
  now: string;
  /** Files of a build that no route renders and no step after the pages writes. */
  staticFiles: string[];
}

/** The site's steps after partial() (which takes the unchanged pages), in the order Astro runs them. */
const AFTER_PAGES = ['skb-sitemap', 'skb-security'];
/** The files those steps write, compressed with the pages this build wrote. */
const WRITTEN_BY_STEPS = ['sitemap.xml', '_headers'];
/** Files written anew in every build after the pages; never linked from the build before. */
const WRITTEN_AFTER = [...WRITTEN_BY_STEPS, `${BUILD_INFO_DIR}/`, `_preview-server/${CMS_DATA_FILE}`];
const ASSETS_DIR = '_astro';

const log = (line: string) => console.log(line);

/** The file a route's path is written to (Astro's rules for `format: 'directory'`). */
function outputFile(pathname: string, route: Pick<RouteData, 'type'>): string {
  const parts = pathname.split('/').filter(Boolean);
  if (route.type === 'endpoint') return path.join(...parts);
  if (pathname === '/404' || pathname === '/404/' || pathname === '/500' || pathname === '/500/')
    return `${parts[0]}.html`;
  return path.join(...parts, 'index.html');
}

/** The URL a route's path is requested with (Astro's rules for `trailingSlash: 'always'`). */
function requestUrl(pathname: string, route: Pick<RouteData, 'type'>, origin: string): URL {
  if (pathname === '/' || pathname === '') return new URL('/', origin);
  if (route.type === 'endpoint') {
    const endpoint = `/${pathname.replace(/^\/+/, '')}`;
    return new URL(/\/[^/]+\.\w+$/.test(pathname) || endpoint.endsWith('/') ? endpoint : `${endpoint}/`, origin);
  }
  return new URL(`/${pathname.replace(/^\/+|\/+$/g, '')}/`, origin);
}

/** Writes a file the renderer renders, replacing nothing: the folder is new. `made`: as for takePage. */
function writeOutput(root: string, file: string, body: Pieces, made: Set<string>): void {
  folderOf(root, file, made);
  writePieces(path.join(root, file), body);
}

/** What the first build's Astro hands the kept renderer. */
interface Found {
  app?: PrerenderApp;
  integrations?: AstroIntegration[];
  origin?: string;
  /** The file of every path the build rendered. */
  files?: Set<string>;
}

/** The module Astro's build renders the static pages with, in the build's folder (the working one). */
function prerenderEntry(): string {
  const entry = readdirSync(process.cwd(), { recursive: true, withFileTypes: true }).find(
    (file) => file.isFile() && /^prerender-entry\..*\.mjs$/.test(file.name) && file.parentPath.includes('.prerender'),
  );
  if (!entry) throw new SiteBuildError("site build failed: Astro's prerender entry was not found");
  return path.join(entry.parentPath, entry.name);
}

/**
 * An integration that keeps the app Astro's build rendered the static pages with: after the pages
 * are generated, and before Astro removes that code from the disk, it imports the same prerender
 * entry (the module Astro loaded, with the page code it loaded) and lists every path it rendered.
 */
function keepRenderer(found: Found): AstroIntegration {
  return {
    name: 'skb-renderer',
    hooks: {
      'astro:config:done': ({ config }) => {
        found.integrations = config.integrations;
        found.origin = config.site ? new URL(config.site).origin : `http://localhost:${config.server.port}`;
      },
      'astro:build:generated': async () => {
        const { app } = (await import(pathToFileURL(prerenderEntry()).href)) as { app: PrerenderApp };
        const paths = await new StaticPaths(app).getAll();
        found.app = app;
        found.files = new Set(paths.map(({ pathname, route }) => outputFile(pathname, route)));
      },
    },
  };
}

let kept: Kept | undefined;

/**
 * The worker threads of the partial builds, kept from one to the next: one takes the unchanged
 * pages, one per core compresses. Started and ended for every build, as they were at first, they
 * left native memory behind each time: over 24 builds at 10,000 entries the process grew from 0.9
 * to 1.3 GB resident with a steady heap.
 */
let workers: {
  taker: Piscina<Parameters<typeof takeFiles>[0], number>;
  compressor: ReturnType<typeof compressionPool>;
};
function threads(): typeof workers {
  workers ??= {
    taker: new Piscina<Parameters<typeof takeFiles>[0], number>({
      filename: new URL('../src/integrations/take-files.ts', import.meta.url).href,
      name: 'takeFiles',
      minThreads: 1,
      maxThreads: 1,
      idleTimeout: Number.POSITIVE_INFINITY,
    }),
    compressor: compressionPool(),
  };
  return workers;
}

/** The first build: Astro's full build, keeping what it rendered with. */
async function fullBuild(outDir: string): Promise<RenderReply & { ok: true }> {
  delete process.env.SITE_PARTIAL_FROM;
  const found: Found = {};
  const rendered = await render(outDir, { integrations: [keepRenderer(found)], log });
  try {
    const { app, integrations, origin, files } = found;
    if (!app || !integrations || !origin || !files)
      throw new SiteBuildError('site build failed: the renderer found nothing to keep in the build');
    const all = filesUnder(rendered.staging);
    const present = new Set(all);
    const missing = [...files].find((file) => !present.has(file));
    // The renderer's file rules must be Astro's, or its partial builds would write other files.
    if (missing)
      throw new SiteBuildError(`site build failed: the renderer's file ${missing} is not where Astro wrote it`);
    const staticFiles = all.filter(
      (file) => !files.has(file) && !WRITTEN_AFTER.some((after) => file === after || file.startsWith(after)),
    );
    // The build time its pages were rendered for, which every later build renders for.
    const manifest = await readManifest(rendered.staging);
    if (typeof manifest === 'string') throw new SiteBuildError(`site build failed: ${manifest}`);
    const pages = await compress(rendered.staging, null);
    await rm(outDir, { recursive: true, force: true });
    await rename(rendered.staging, outDir);
    kept = { app, integrations, origin, fingerprint: manifest.fingerprint, now: manifest.now, staticFiles };
    const seconds = (Date.now() - rendered.startedAt) / 1000;
    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
    return { id: 0, ok: true, kind: 'full', line: builtLine({ kind: 'full', pages, seconds, peakMb, outDir }) };
  } catch (error) {
    await rm(rendered.staging, { recursive: true, force: true });
    throw error;
  }
}

/** Why the kept renderer cannot continue `from`, or null. */
async function refusal(from: string, state: string): Promise<string | null> {
  if (!kept) return 'no full build yet';
  if ((await fingerprint()) !== kept.fingerprint) return "the site's code or settings changed";
  const why = await preparePartial(from, state, kept.fingerprint);
  if (why) return why;
  if (Date.parse(process.env.SITE_NOW ?? '') !== Date.parse(kept.now))
    return `${from} was built for another build time than this renderer's`;
  return null;
}

/** A later build: the pages whose inputs changed, rendered by the kept app. */
async function partialBuild(
  outDir: string,
  from: string,
  state: string,
  current: Kept,
): Promise<RenderReply & { ok: true }> {
  const startedAt = Date.now();
  const steps: string[] = [];
  let stepStart = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    steps.push(`${name} ${((now - stepStart) / 1000).toFixed(1)} s`);
    stepStart = now;
  };
  const { app } = current;
  // What the routes computed from the last reading of the CMS (their paths) is not used again.
  app.routeCache.clearAll();
  const data = await readCmsAgain(log);
  step('reading the CMS');
  const paths = await new StaticPaths(app).getAll();
  step(`digests and ${paths.length} paths`);
  await rm(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // The unchanged pages are known now, from the digests the routes recorded: a worker thread takes
  // them from the previous build, on the other core, while this one renders.
  const { manifest, entryPaths } = await collectManifest(state, current.fingerprint);
  const previous = readState<PreviousBuild>(state, PREVIOUS_FILE);
  if (!previous) throw new SiteBuildError('site build failed: the partial build has no previous build');
  const unchanged = unchangedPages(manifest, previous);
  const { taker, compressor } = threads();
  const taking = taker.run({ from, to: outDir, files: unchanged.map(pageFile) });
  // A failure is reported where it is awaited, after the rendering.
  taking.catch(() => undefined);
  const made = new Set<string>([outDir]);
  /** Every file of this build the paths gave, and its HTML pages. */
  const done = new Set<string>();
  const pages: string[] = [];
  // The copies of the files this build writes itself are made as they are written, beside the rendering.
  const compressing = new CompressQueue(outDir, compressor);
  let htmlPages: number;
  let partly: PartialResult | undefined;
  try {
    for (const { pathname, route } of paths) {
      if (route.type !== 'page' && route.type !== 'endpoint')
        throw new SiteBuildError(`site build failed: the renderer cannot render ${pathname} (a ${route.type} route)`);
      const file = outputFile(pathname, route);
      // Astro renders a path two routes give once, by the first.
      if (done.has(file)) continue;
      done.add(file);
      const request = new Request(requestUrl(pathname, route, current.origin));
      const response = await app.render(request, { routeData: route });
      if (response.status >= 300 && response.status < 400)
        throw new SiteBuildError(`site build failed: ${pathname} answered with a redirect (${response.status})`);
      const body = await bodyPieces(response);
      if (!body) continue;
      if (file.endsWith('.html')) pages.push(file);
      // A page rendered in every build is often what the build before has, byte for byte (a
      // calendar, the statistics): then it is taken from there with its compressed copies.
      if (sameAs(path.join(from, file), body)) {
        takePage(from, outDir, file, made);
        continue;
      }
      writeOutput(outDir, file, body, made);
      compressing.add(file);
    }
    step('rendering');
    // The files no route renders are the build's it continues (the same code made them), with their
    // compressed copies; those of the hashed assets are taken by partial() below, as in Astro's build.
    for (const file of current.staticFiles) {
      if (file.startsWith(`${ASSETS_DIR}/`)) {
        folderOf(outDir, file, made);
        linkOrCopy(path.join(from, file), path.join(outDir, file));
      } else {
        takePage(from, outDir, file, made);
      }
      if (file.endsWith('.html')) pages.push(file);
    }
    step('linking the static files');
    const dir = pathToFileURL(`${outDir}${path.sep}`);
    const runStep = async (name: string) => {
      const hook = current.integrations.find((integration) => integration.name === name)?.hooks['astro:build:done'];
      if (!hook) throw new SiteBuildError(`site build failed: the site has no ${name} step`);
      await hook({ dir, logger: hookLogger(name), pages: [], assets: new Map() } as unknown as Parameters<
        typeof hook
      >[0]);
    };
    await taking;
    await recordBuild({
      root: outDir,
      state,
      manifest,
      entryPaths,
      previous: { build: previous, taken: unchanged },
      log: (line) => log(`[skb-partial] ${line}`),
    });
    step('taking the unchanged pages (the rest of it)');
    // The pages are known: the ones above and the ones partial() took; nothing lists the folder again.
    const taken = readState<string[]>(state, TAKEN_FILE) ?? [];
    knownPages(dir, [...pages, ...taken.filter((file) => file.endsWith('.html'))]);
    for (const name of AFTER_PAGES) await runStep(name);
    step('sitemap and policy');
    partly = readState<PartialResult>(state, RESULT_FILE);
    for (const file of WRITTEN_BY_STEPS) compressing.add(file);
    await finishCompressing(compressing);
    step('compressing (the rest of it)');
    htmlPages = pagesUnder(dir).length;
  } catch (error) {
    // The threads end with the build that failed.
    await Promise.allSettled([taking, compressing.finish()]);
    throw error;
  }
  // The preview's copy of the CMS data (tens of MB, 0.7-1.2 s to write at 10,000 entries) is written
  // once the build is answered for (afterReply), not before it is served.
  if (existsPreview(current)) previewData = { dir: path.join(outDir, '_preview-server'), data };
  const seconds = (Date.now() - startedAt) / 1000;
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const { heapUsed, rss } = process.memoryUsage();
  steps.push(`memory now: heap ${Math.round(heapUsed / 2 ** 20)} MB, resident ${Math.round(rss / 2 ** 20)} MB`);
  return {
    id: 0,
    ok: true,
    kind: 'partial',
    line: `${builtLine({ kind: 'partial', pages: htmlPages, seconds, peakMb, ...(partly ? { partly } : {}), outDir })}; ${steps.join(', ')}`,
  };
}

/** Waits for the compressed copies of the files a partial build wrote itself (the others have theirs). */
async function finishCompressing(queue: CompressQueue): Promise<void> {
  try {
    await queue.finish();
  } catch (error) {
    throw new SiteBuildError(`site build failed: compressing the pages: ${oneLine(error)}`, { cause: error });
  }
}

/**
 * What the last partial build leaves to write once it is served: the CMS data its preview renderer
 * starts from (serve/preview-worker.ts, which waits for it a few seconds and otherwise reads the CMS).
 */
let previewData: { dir: string; data: unknown } | undefined;

/** Writes the preview's CMS data of the build just answered for, whole or not at all (a new name, renamed). */
async function afterReply(): Promise<void> {
  const pending = previewData;
  previewData = undefined;
  if (!pending) return;
  const file = path.join(pending.dir, CMS_DATA_FILE);
  try {
    await writeFile(`${file}.partial`, JSON.stringify(pending.data));
    await rename(`${file}.partial`, file);
  } catch (error) {
    log(`site: the preview's copy of the CMS data was not written (${oneLine(error)}); its preview reads the CMS`);
  }
}

/** The build has the preview's server code (SITE_PREVIEW_SERVER=1), whose CMS data is written anew. */
const existsPreview = (current: Kept) => current.staticFiles.some((file) => file.startsWith('_preview-server/'));

/** The logger the site's steps after the pages get: their lines, prefixed as Astro prefixes them. */
function hookLogger(label: string): AstroIntegrationLogger {
  const line = (message: string) => log(`[${label}] ${message}`);
  const logger = {
    label,
    options: {},
    info: line,
    warn: line,
    error: line,
    debug: () => undefined,
    fork: () => logger,
  };
  return logger as unknown as AstroIntegrationLogger;
}

async function serve(request: RenderRequest): Promise<RenderReply> {
  const { id, outDir, from } = request;
  try {
    if (!from) {
      if (kept) return { id, ok: false, refused: true, error: 'a full build needs a new renderer' };
      return { ...(await fullBuild(outDir)), id };
    }
    const state = await mkdtemp(path.join(tmpdir(), 'skb-site-render-'));
    process.env.SITE_PARTIAL_STATE = state;
    try {
      const why = await refusal(from, state);
      if (why || !kept) return { id, ok: false, refused: true, error: why ?? 'no full build yet' };
      return { ...(await partialBuild(outDir, from, state, kept)), id };
    } finally {
      await rm(state, { recursive: true, force: true });
    }
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    if (process.env.SITE_BUILD_DEBUG) console.error(error);
    const message = error instanceof SiteBuildError ? error.message : `site build failed: ${oneLine(error)}`;
    return { id, ok: false, refused: false, error: message };
  }
}

if (!process.send) {
  console.error(
    'scripts/renderer.ts is started by the stack, with an IPC channel; `npm run build -w site` builds once',
  );
  process.exit(1);
}
// One build at a time, in the order asked.
let queue = Promise.resolve();
process.on('message', (message: RenderRequest) => {
  queue = queue.then(async () => {
    const reply = await serve(message);
    process.send?.(reply);
    await afterReply();
  });
});
// The stack is gone: so is its renderer.
process.on('disconnect', () => process.exit(0));
