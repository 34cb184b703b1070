// Taking files from the previous build, a partial build's cheapest step: a hard link per file (a
// copy across disks), with its compressed copies. Run in the build's own thread (partial.ts) or, by
// the stack's renderer, in a worker thread while it renders (scripts/renderer.ts). No imports but
// Node's: a worker thread loads this file as it is.
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import path from 'node:path';

// Taking is synchronous: tens of thousands of links, each a quick call that nothing else waits on,
// take a quarter of the time they take through the thread pool.
export function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(source, target);
  }
}

/**
 * Takes a file and its compressed copies from the previous build. `made`: the folders made so far
 * in this build, so that each is made once (a county's folder holds its page and half a dozen feeds).
 */
export function takePage(from: string, to: string, file: string, made: Set<string>): void {
  folderOf(to, file, made);
  // The page itself must be there; its copies are there when compressing made it smaller.
  linkOrCopy(path.join(from, file), path.join(to, file));
  takeCopies(from, to, file);
}

/** Makes the folder of `file` under `to` unless this build made it already (`made`); returns its path. */
export function folderOf(to: string, file: string, made: Set<string>): string {
  const folder = path.dirname(path.join(to, file));
  if (!made.has(folder)) {
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  }
  return folder;
}

/** Takes a file's compressed copies, where it has them, from the previous build. */
export function takeCopies(from: string, to: string, file: string): void {
  for (const suffix of ['.br', '.gz']) {
    try {
      linkOrCopy(path.join(from, file + suffix), path.join(to, file + suffix));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/** A worker's task: take `files` (relative paths) from `from` into `to`; returns how many. */
export function takeFiles({ from, to, files }: { from: string; to: string; files: string[] }): number {
  const made = new Set<string>();
  for (const file of files) takePage(from, to, file, made);
  return files.length;
}
