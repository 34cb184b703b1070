// Partial builds, the build's side: after the pages are written and before the sitemap, the
// security policy and the compressed copies are made from them, every page and feed this build did
// not render (its inputs unchanged: src/data/partial.ts) is taken from the previous build, with its
// compressed copies, as a hard link (a copy across disks); so are the compressed copies of the
// content-hashed assets under /_astro/ that are byte for byte the previous build's. Then the
// build's manifest is written to `_build/manifest.json`, which the next partial build compares with
// and no reader is sent (serve/static-server.ts), and the files taken are listed in the state
// folder for the steps after (the security policy reads their scripts from the previous build's
// record). Without SITE_PARTIAL_STATE (a build not run by scripts/build.ts) it does nothing.
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
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

/** The build's folder that holds its manifest; never served, never compressed. */
export const BUILD_INFO_DIR = '_build';
export const MANIFEST_FILE = 'manifest.json';
const ASSETS_DIR = '_astro';
/** Groups of entry pages (src/data/paths.ts); every other group is lists, municipalities and feeds. */
const isEntryGroup = (file: string) => file.startsWith('pages-entry-');

/** The file of a page path (`/metoder/x/` → `metoder/x/index.html`, `/lan/x/rss.xml` → `lan/x/rss.xml`). */
export const pageFile = (pagePath: string) =>
  path.join(...pagePath.split('/').filter(Boolean), ...(pagePath.endsWith('/') ? ['index.html'] : []));

// Taking is synchronous: tens of thousands of links, each a quick call that nothing else waits on,
// take a quarter of the time they take through the thread pool.
function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(source, target);
  }
}

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

/** Takes a page and its compressed copies from the previous build. */
function takePage(from: string, to: string, file: string): void {
  mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
  // The page itself must be there; its copies are there when compressing made it smaller.
  linkOrCopy(path.join(from, file), path.join(to, file));
  takeCopies(from, to, file);
}

/** Takes a file's compressed copies, where it has them, from the previous build. */
function takeCopies(from: string, to: string, file: string): void {
  for (const suffix of ['.br', '.gz']) {
    try {
      linkOrCopy(path.join(from, file + suffix), path.join(to, file + suffix));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

export function partial(): AstroIntegration {
  return {
    name: 'skb-partial',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const state = process.env.SITE_PARTIAL_STATE;
        if (!state) return;
        const fingerprint = process.env.SITE_BUILD_FINGERPRINT ?? '';
        const root = fileURLToPath(dir);
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
        const previous = readState<PreviousBuild>(state, PREVIOUS_FILE);
        if (previous) {
          const taken = Object.entries(manifest.pages)
            .filter(([pagePath, digest]) => digest !== null && previous.manifest.pages[pagePath] === digest)
            .map(([pagePath]) => pagePath);
          for (const item of taken) takePage(previous.dir, root, pageFile(item));
          await takeAssetCopies(previous.dir, root);
          const takenEntries = taken.filter((pagePath) => entryPaths.has(pagePath)).length;
          const result: PartialResult = {
            rendered: entryPaths.size - takenEntries,
            taken: takenEntries,
            otherRendered: Object.keys(manifest.pages).length - entryPaths.size - (taken.length - takenEntries),
            otherTaken: taken.length - takenEntries,
          };
          await writeFile(path.join(state, RESULT_FILE), JSON.stringify(result));
          await writeFile(path.join(state, TAKEN_FILE), JSON.stringify(taken.map(pageFile)));
          logger.info(
            `${result.rendered} entry pages and ${result.otherRendered} list and municipality pages and feeds rendered, ${result.taken} and ${result.otherTaken} taken from ${previous.dir}`,
          );
        }
        await mkdir(path.join(root, BUILD_INFO_DIR), { recursive: true });
        await writeFile(path.join(root, BUILD_INFO_DIR, MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
      },
    },
  };
}
