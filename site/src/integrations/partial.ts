// Partial builds, the build's side: after the pages are written and before the sitemap, the
// security policy and the compressed copies are made from them, every page and feed this build did
// not render (its inputs unchanged: src/data/partial.ts) is taken from the previous build, with its
// compressed copies, as a hard link (a copy across disks); so are the compressed copies of the
// content-hashed assets under /_astro/ that are byte for byte the previous build's. Then the
// build's manifest is written to `_build/manifest.json`, which the next partial build compares with
// and no reader is sent (serve/static-server.ts), and the files taken are listed in the state
// folder for the steps after (the security policy reads their scripts from the previous build's
// record). Without SITE_PARTIAL_STATE (a build not run by scripts/build.ts) it does nothing.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  type PartialManifest,
  type PartialResult,
  PREVIOUS_FILE,
  type PreviousBuild,
  RESULT_FILE,
  readState,
  TAKEN_FILE,
} from '../data/partial.ts';
import { takeCopies, takeFiles } from './take-files.ts';

/** The build's folder that holds its manifest; never served, never compressed. */
export const BUILD_INFO_DIR = '_build';
export const MANIFEST_FILE = 'manifest.json';
const ASSETS_DIR = '_astro';
/** Groups of entry pages (src/data/paths.ts); every other group is lists, municipalities and feeds. */
const isEntryGroup = (file: string) => file.startsWith('pages-entry-');

/** The file of a page path (`/metoder/x/` → `metoder/x/index.html`, `/lan/x/rss.xml` → `lan/x/rss.xml`). */
export const pageFile = (pagePath: string) =>
  path.join(...pagePath.split('/').filter(Boolean), ...(pagePath.endsWith('/') ? ['index.html'] : []));

/**
 * The compressed copies of the assets under /_astro/ that are the previous build's, byte for byte
 * (their names carry a hash of their content; brotli at its best quality takes seconds for them).
 */
async function takeAssetCopies(from: string, to: string): Promise<void> {
  const assets = await readdir(path.join(to, ASSETS_DIR), { recursive: true, withFileTypes: true }).catch(() => []);
  for (const asset of assets) {
    if (!asset.isFile()) continue;
    const file = path.relative(to, path.join(asset.parentPath, asset.name));
    const before = await readFile(path.join(from, file)).catch(() => null);
    if (before?.equals(await readFile(path.join(to, file)))) takeCopies(from, to, file);
  }
}

/** A build's manifest as its routes recorded it in the state folder, and which of its pages are entry pages. */
export async function collectManifest(
  state: string,
  fingerprint: string,
): Promise<{ manifest: PartialManifest; entryPaths: Set<string> }> {
  const groups = (await readdir(state)).filter((file) => /^pages-.*\.json$/.test(file)).sort();
  const manifest: PartialManifest = { fingerprint, now: '', pages: {} };
  const entryPaths = new Set<string>();
  for (const file of groups) {
    const group = readState<{ now: string; pages: Record<string, string | null> }>(state, file);
    if (!group) continue;
    manifest.now = group.now;
    Object.assign(manifest.pages, group.pages);
    if (isEntryGroup(file)) for (const pagePath of Object.keys(group.pages)) entryPaths.add(pagePath);
  }
  // The manifest in path order, whatever order the groups were rendered in.
  manifest.pages = Object.fromEntries(Object.entries(manifest.pages).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { manifest, entryPaths };
}

/** The page paths whose inputs are the previous build's: taken from it, not rendered. */
export function unchangedPages(manifest: PartialManifest, previous: PreviousBuild): string[] {
  return Object.entries(manifest.pages)
    .filter(([pagePath, digest]) => digest !== null && previous.manifest.pages[pagePath] === digest)
    .map(([pagePath]) => pagePath);
}

/**
 * The rest of a partial build's step once the unchanged pages are taken: the assets' compressed
 * copies, what it did (for the steps after and the build's line) and the build's manifest.
 */
export async function recordBuild(options: {
  root: string;
  state: string;
  manifest: PartialManifest;
  entryPaths: Set<string>;
  previous?: { build: PreviousBuild; taken: string[] };
  log: (line: string) => void;
}): Promise<void> {
  const { root, state, manifest, entryPaths, previous } = options;
  if (previous) {
    const { build, taken } = previous;
    await takeAssetCopies(build.dir, root);
    const takenEntries = taken.filter((pagePath) => entryPaths.has(pagePath)).length;
    const result: PartialResult = {
      rendered: entryPaths.size - takenEntries,
      taken: takenEntries,
      otherRendered: Object.keys(manifest.pages).length - entryPaths.size - (taken.length - takenEntries),
      otherTaken: taken.length - takenEntries,
    };
    await writeFile(path.join(state, RESULT_FILE), JSON.stringify(result));
    await writeFile(path.join(state, TAKEN_FILE), JSON.stringify(taken.map(pageFile)));
    options.log(
      `${result.rendered} entry pages and ${result.otherRendered} list and municipality pages and feeds rendered, ${result.taken} and ${result.otherTaken} taken from ${build.dir}`,
    );
  }
  await mkdir(path.join(root, BUILD_INFO_DIR), { recursive: true });
  await writeFile(path.join(root, BUILD_INFO_DIR, MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
}

export function partial(): AstroIntegration {
  return {
    name: 'skb-partial',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const state = process.env.SITE_PARTIAL_STATE;
        if (!state) return;
        const root = fileURLToPath(dir);
        const { manifest, entryPaths } = await collectManifest(state, process.env.SITE_BUILD_FINGERPRINT ?? '');
        const build = readState<PreviousBuild>(state, PREVIOUS_FILE);
        const taken = build ? unchangedPages(manifest, build) : [];
        if (build) takeFiles({ from: build.dir, to: root, files: taken.map(pageFile) });
        await recordBuild({
          root,
          state,
          manifest,
          entryPaths,
          ...(build ? { previous: { build, taken } } : {}),
          log: (line) => logger.info(line),
        });
      },
    },
  };
}
