// Partial builds, the build's side: after the pages are written and before the sitemap, the
// security policy and the compressed copies are made from them, every entry page this build did
// not render (its inputs unchanged: src/data/partial.ts) is taken from the previous build, with its
// compressed copies, as a hard link (a copy across disks). Then the build's manifest is written to
// `_build/manifest.json`, which the next partial build compares with and no reader is sent
// (serve/static-server.ts). Without SITE_PARTIAL_STATE (a build not run by scripts/build.ts) it does
// nothing.
import { copyFile, link, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type PartialManifest, PREVIOUS_FILE, type PreviousBuild, RESULT_FILE, readState } from '../data/partial.ts';

/** The build's folder that holds its manifest; never served, never compressed. */
export const BUILD_INFO_DIR = '_build';
export const MANIFEST_FILE = 'manifest.json';

/** The file of a page path (`/metoder/x/` → `metoder/x/index.html`). */
export const pageFile = (pagePath: string) => path.join(...pagePath.split('/').filter(Boolean), 'index.html');

async function linkOrCopy(source: string, target: string): Promise<void> {
  try {
    await link(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(source, target);
  }
}

/** Takes a page and its compressed copies from the previous build. */
async function takePage(from: string, to: string, pagePath: string): Promise<void> {
  const file = pageFile(pagePath);
  await mkdir(path.dirname(path.join(to, file)), { recursive: true });
  // The page itself must be there; its copies are there when compressing made it smaller.
  await linkOrCopy(path.join(from, file), path.join(to, file));
  for (const suffix of ['.br', '.gz']) {
    await linkOrCopy(path.join(from, file + suffix), path.join(to, file + suffix)).catch((error) => {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    });
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
        for (const file of groups) {
          const group = readState<{ now: string; pages: Record<string, string | null> }>(state, file);
          if (!group) continue;
          manifest.now = group.now;
          Object.assign(manifest.pages, group.pages);
        }
        const previous = readState<PreviousBuild>(state, PREVIOUS_FILE);
        if (previous) {
          const taken = Object.entries(manifest.pages).filter(
            ([pagePath, digest]) => digest !== null && previous.manifest.pages[pagePath] === digest,
          );
          let next = 0;
          const worker = async () => {
            while (next < taken.length) {
              const item = taken[next++];
              if (item) await takePage(previous.dir, root, item[0]);
            }
          };
          await Promise.all(Array.from({ length: 8 }, worker));
          const result = { rendered: Object.keys(manifest.pages).length - taken.length, taken: taken.length };
          await writeFile(path.join(state, RESULT_FILE), JSON.stringify(result));
          logger.info(`${result.rendered} entry pages rendered, ${result.taken} taken from ${previous.dir}`);
        }
        await mkdir(path.join(root, BUILD_INFO_DIR), { recursive: true });
        await writeFile(path.join(root, BUILD_INFO_DIR, MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
      },
    },
  };
}
