// The steps of a site build, shared by the build script (scripts/build.ts: one build per process)
// and the renderer (scripts/renderer.ts: the stack's builds, one process serving many): what the
// pages are made with (the fingerprint), the preparation of a partial build, Astro's build into a
// staging folder, and the compressed copies.
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { settingsOf } from '../../src/config/env.ts';
import {
  type PartialManifest,
  type PartialResult,
  type PreviousBuild,
  RESULT_FILE,
  readState,
} from '../../src/data/partial.ts';
import { compressTree } from '../../src/integrations/compress.ts';
import { filesUnder } from '../../src/integrations/files.ts';
import { BUILD_INFO_DIR, MANIFEST_FILE } from '../../src/integrations/partial.ts';
import { SITE_ROOT } from './launch.ts';

export { SITE_ROOT };

const OUR_ERRORS = new Set(['CmsUnreachableError', 'CmsResponseError', 'InvalidEntryError', 'SiteConfigError']);

/** The error the build should be explained by: ours when there is one somewhere in the cause chain. */
function rootCause(error: unknown): unknown {
  for (let current = error, depth = 0; current && depth < 10; depth++) {
    if (current instanceof Error && OUR_ERRORS.has(current.name)) return current;
    current = current instanceof Error ? current.cause : undefined;
  }
  return error;
}

/** The first line of the message of the error that explains a failed build. */
export function oneLine(error: unknown): string {
  const cause = rootCause(error);
  const message = cause instanceof Error ? cause.message : String(cause);
  return message.split('\n').find((line) => line.trim()) ?? String(cause);
}

/**
 * What the pages are made with besides the content: the site's and the content model's code, the
 * installed packages and the settings (but the build time). Two builds with the same fingerprint
 * render the same inputs to the same bytes.
 */
export async function fingerprint(): Promise<string> {
  const repo = path.resolve(SITE_ROOT, '..');
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

/** A build's manifest (`_build/manifest.json`), or why it has none that can be read. */
export async function readManifest(dir: string): Promise<PartialManifest | string> {
  try {
    return JSON.parse(await readFile(path.join(dir, BUILD_INFO_DIR, MANIFEST_FILE), 'utf8')) as PartialManifest;
  } catch (error) {
    return `no manifest in ${dir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
}

/**
 * Prepares a partial build from `from` into the state folder; returns why it must be a full one
 * instead, or null. The partial build renders for the build time of the build it continues.
 */
export async function preparePartial(from: string, state: string, print: string): Promise<string | null> {
  const manifest = await readManifest(from);
  if (typeof manifest === 'string') return manifest;
  if (manifest.fingerprint !== print) return `${from} was built by other code or settings`;
  if (process.env.SITE_NOW && Date.parse(process.env.SITE_NOW) !== Date.parse(manifest.now))
    return `SITE_NOW differs from the build time of ${from}`;
  process.env.SITE_NOW = manifest.now;
  const previous: PreviousBuild = { dir: path.resolve(from), manifest };
  await writeFile(path.join(state, 'previous.json'), JSON.stringify(previous));
  return null;
}

/** What a build hands to its last step: the folder it rendered into and what it did. */
export interface Rendered {
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

/** A build that failed, with the line that says why (`site build failed: …`). */
export class SiteBuildError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'SiteBuildError';
  }
}

/**
 * Renders the site with Astro into a staging folder beside `outDir` (a full build, or a partial
 * one from SITE_PARTIAL_FROM); `integrations` are added to the site's own (the renderer's).
 * Throws a SiteBuildError, with nothing left behind, when the build fails.
 */
export async function render(
  outDir: string,
  options: { integrations?: AstroIntegration[]; log?: (line: string) => void } = {},
): Promise<Rendered> {
  const log = options.log ?? console.log;
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  const { build } = await import('astro');
  const staging = `${outDir}.building-${process.pid}`;

  // What the pages and the partial() integration tell each other (src/data/partial.ts).
  const state = await mkdtemp(path.join(tmpdir(), 'skb-site-build-'));
  process.env.SITE_PARTIAL_STATE = state;
  const print = await fingerprint();
  process.env.SITE_BUILD_FINGERPRINT = print;
  let kind: 'full' | 'partial' = 'full';
  if (process.env.SITE_PARTIAL_FROM) {
    const whyFull = await preparePartial(process.env.SITE_PARTIAL_FROM, state, print);
    if (whyFull) log(`site build: a full build: ${whyFull}`);
    else kind = 'partial';
  }

  // Each build has a folder of its own under the site's .astro/ (the code built there imports the
  // site's packages), removed at its end. The build runs from it: Astro writes the code that renders
  // the static pages into the working folder's .astro/.prerender/ (when the output is not under it),
  // which was the site's one, and two builds at once (the stack's beside `npm run build`, two test
  // files) deleted each other's modules.
  const buildDir = path.join(SITE_ROOT, '.astro', 'builds', String(process.pid));
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
        root: SITE_ROOT,
        outDir: staging,
        // Tests and benchmarks build tens of thousands of pages; one line per page is noise there.
        ...(process.env.SITE_BUILD_QUIET ? { logLevel: 'warn' as const } : {}),
        ...(process.env.SITE_CACHE_DIR ? { cacheDir: path.resolve(workingDir, process.env.SITE_CACHE_DIR) } : {}),
        ...(options.integrations ? { integrations: options.integrations } : {}),
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
    throw new SiteBuildError(`site build failed: ${oneLine(error)}`, { cause: error });
  }
  // A partial build's pages: how many it rendered and how many it took from the previous build.
  const partly = readState<PartialResult>(state, RESULT_FILE);
  await rm(state, { recursive: true, force: true });

  await removeBuildDir(buildDir);
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  return { staging, outDir, kind, ...(partly ? { partly } : {}), startedAt, peakMb };
}

/**
 * The compressed copies of every file of a finished build's folder (src/integrations/compress.ts);
 * returns how many HTML pages it has. Throws a SiteBuildError when compressing fails.
 */
export async function compress(dir: string, log: ((line: string) => void) | null): Promise<number> {
  // One listing for both: compressing adds only .br/.gz copies, never a page.
  const listed = filesUnder(dir);
  const pages = listed.filter((file) => file.endsWith('.html')).length;
  try {
    const compressing = performance.now();
    const { files, plainBytes, brBytes } = await compressTree(dir, listed);
    log?.(
      `site build: compressed ${files} files (brotli ${Math.round(brBytes / 1024)} KB of ${Math.round(plainBytes / 1024)} KB) in ${((performance.now() - compressing) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    throw new SiteBuildError(`site build failed: compressing the pages: ${oneLine(error)}`, { cause: error });
  }
  return pages;
}

/** The line a finished build prints (tests and the stack read it). */
export function builtLine(result: {
  kind: 'full' | 'partial';
  pages: number;
  seconds: number;
  peakMb: number;
  partly?: PartialResult;
  outDir: string;
}): string {
  const { kind, pages, seconds, peakMb, partly, outDir } = result;
  const counts = partly
    ? ` (entry pages: ${partly.rendered} rendered, ${partly.taken} kept; lists, municipalities and feeds: ${partly.otherRendered} rendered, ${partly.otherTaken} kept)`
    : '';
  return `site built (${kind}): ${pages} pages${counts} in ${seconds.toFixed(1)} s (${(pages / seconds).toFixed(0)} pages/s), peak memory ${peakMb} MB → ${path.relative(process.cwd(), outDir) || '.'}`;
}
