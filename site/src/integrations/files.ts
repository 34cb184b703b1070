// The files of a build's folder. The steps after the build (the sitemap, the security policy, the
// compression, the build's page count) each list the whole tree, some 80,000 names in 15,000
// folders at 10,000 entries. Node's recursive `readdir` from fs/promises awaits each folder in turn
// and took 1.5 s a listing; the synchronous listing with file types takes 0.6 s.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every file under `root` (not the folders), as a path relative to it with the platform's separator. */
export function filesUnder(root: string): string[] {
  const start = path.resolve(root).length + 1;
  const files: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.push(path.join(entry.parentPath, entry.name).slice(start));
  }
  return files;
}

// Astro hands the same folder URL to every integration's astro:build:done hook of a build, in the
// order of the configuration (astro.config.mjs); partial() takes the pages it did not render first.
const pageLists = new WeakMap<URL, string[]>();

/**
 * The HTML pages of a build's folder, sorted, listed once per build for the steps after partial()
 * that read them (the sitemap, the security policy), which add no page. `dir` is the folder URL of
 * the astro:build:done hook.
 */
export function pagesUnder(dir: URL): string[] {
  let pages = pageLists.get(dir);
  if (!pages) {
    pages = filesUnder(fileURLToPath(dir))
      .filter((file) => file.endsWith('.html'))
      .sort();
    pageLists.set(dir, pages);
  }
  return pages;
}

/**
 * Records the HTML pages of a build's folder when its builder knows them already (the stack's
 * renderer, which wrote or linked every file itself), so that the steps after the pages do not
 * list the folder's 80,000 files again.
 */
export function knownPages(dir: URL, pages: readonly string[]): void {
  pageLists.set(dir, [...pages].sort());
}
