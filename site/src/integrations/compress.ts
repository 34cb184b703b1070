// Compression at build time: a brotli (`.br`) and a gzip (`.gz`, level 9) copy beside every text
// file of the build, so the server (site/serve/static-server.ts, or nginx's `brotli_static`/
// `gzip_static`, or a CDN) sends them as they are and never compresses on the fly. Brotli's quality
// follows what a file is: the content-hashed assets under `/_astro/` (a few, cached for good) get the
// maximum, 11; the pages, feeds and data files, which every publish rebuilds by the thousand, get 8:
// about 30 times faster than 11 for some 10 % more bytes, so a rebuild stays seconds, not minutes.
// Files of 4 MB and more (the open data's) get brotli 6 and gzip 6 (LARGE_FILE_BYTES).
// Files under 1 KB, and files a coding would not make smaller, are left plain: the server then sends
// the plain file. The preview's server code is never served, so never compressed. The build script
// runs it last, on the finished folder before it is swapped in (site/scripts/build.ts), in one
// worker thread per core (compress-files.ts), after the process that rendered the pages has ended.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { constants } from 'node:zlib';
import { Piscina } from 'piscina';
import { type CompressTask, type CompressTotals, compressFiles } from './compress-files.ts';
import { filesUnder } from './files.ts';

/** The extensions that get compressed copies; everything else (images, fonts, PDFs) is compressed already. */
export const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.rss',
  '.svg',
  '.ics',
  '.csv',
  '.txt',
]);

/** Brotli quality for files that every build writes anew (pages, feeds, data). */
export const PAGE_BROTLI_QUALITY = 8;
/** Gzip's level for the same: its best; it changes little below. */
const PAGE_GZIP_LEVEL = constants.Z_BEST_COMPRESSION;

/**
 * From this size a file is compressed at brotli 6 and gzip 6, each in a task of its own. Only the
 * open data's two files (`/data/poster.json`, `.csv`: 35 and 18 MB at 10,000 entries) are as large,
 * and every publish writes them anew. For them brotli 8 and gzip 9 took 1.8 s and 1.2 s on one
 * thread, most of a partial build's compression; 6 and 6 take 0.9 and 0.7 s, the two codings on two
 * threads, for copies 10 % (brotli) and 1 % (gzip) larger (README, "Measured").
 */
export const LARGE_FILE_BYTES = 4 << 20;
const LARGE_FILE_LEVEL = 6;

/** Folders of the build that no reader is ever sent (the preview's server code, the build's manifest). */
const NEVER_SERVED = new Set(['_preview-server', '_build']);

/**
 * A task sent to a worker holds up to this many files and bytes: few enough to share the work out
 * evenly (the open data files alone are tens of MB), enough to keep messages rare.
 */
const BATCH_FILES = 64;
const BATCH_BYTES = 1 << 20;
/** Below this many files, starting worker threads costs more than it saves. */
const IN_THREAD_BELOW = 128;

/** The tasks in batches, largest files first, so that no worker is left with a big one at the end. */
function batches(tasks: readonly (CompressTask & { size: number })[]): CompressTask[][] {
  const result: CompressTask[][] = [];
  let batch: CompressTask[] = [];
  let bytes = 0;
  for (const { size, ...task } of [...tasks].sort((a, b) => b.size - a.size)) {
    if (batch.length > 0 && (batch.length === BATCH_FILES || bytes + size > BATCH_BYTES)) {
      result.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(task);
    bytes += size;
  }
  if (batch.length > 0) result.push(batch);
  return result;
}

/** The compression tasks of one file of the build (none when it gets no copies). */
function tasksOf(root: string, entry: string): (CompressTask & { size: number })[] {
  if (!COMPRESSIBLE.has(path.extname(entry).toLowerCase())) return [];
  const top = entry.split(path.sep)[0] ?? '';
  if (NEVER_SERVED.has(top)) return [];
  const file = path.join(root, entry);
  const size = statSync(file).size;
  if (size >= LARGE_FILE_BYTES) {
    const level = { quality: LARGE_FILE_LEVEL, gzipLevel: LARGE_FILE_LEVEL };
    return [
      { file, ...level, codings: ['br'], size },
      { file, ...level, codings: ['gz'], size },
    ];
  }
  const quality = top === '_astro' ? constants.BROTLI_MAX_QUALITY : PAGE_BROTLI_QUALITY;
  return [{ file, quality, gzipLevel: PAGE_GZIP_LEVEL, size }];
}

const sum = (results: CompressTotals[]): CompressTotals =>
  results.reduce(
    (total, r) => ({
      files: total.files + r.files,
      plainBytes: total.plainBytes + r.plainBytes,
      brBytes: total.brBytes + r.brBytes,
    }),
    { files: 0, plainBytes: 0, brBytes: 0 },
  );

/** One worker thread per core, each compressing a batch at a time with zlib's synchronous calls. */
export function compressionPool(): Piscina<CompressTask[], CompressTotals> {
  const threads = Math.max(1, availableParallelism());
  return new Piscina<CompressTask[], CompressTotals>({
    filename: new URL('./compress-files.ts', import.meta.url).href,
    name: 'compressFiles',
    minThreads: threads,
    maxThreads: threads,
  });
}

/**
 * Writes the compressed copies for every compressible file under `root`; returns what it did.
 * `entries`: the files under `root` when the caller has listed them already (filesUnder).
 */
export async function compressTree(
  root: string,
  entries: readonly string[] = filesUnder(root),
): Promise<CompressTotals> {
  const present = new Set(entries);
  const tasks: (CompressTask & { size: number })[] = [];
  for (const entry of entries) {
    // A page a partial build took from the previous build brings its copies (src/integrations/partial.ts).
    if (present.has(`${entry}.br`) || present.has(`${entry}.gz`)) continue;
    tasks.push(...tasksOf(root, entry));
  }
  if (tasks.length < IN_THREAD_BELOW) return compressFiles(tasks);
  const pool = compressionPool();
  try {
    return sum(await Promise.all(batches(tasks).map((batch) => pool.run(batch))));
  } finally {
    await pool.destroy();
  }
}

/**
 * Compresses the files of a build as they are written, in worker threads beside the thread that
 * writes them (the stack's renderer: the copies are made while the next pages render). `add` each
 * file once it is complete; `finish` waits for the rest.
 */
export class CompressQueue {
  private readonly root: string;
  private readonly pool: Piscina<CompressTask[], CompressTotals>;
  /** The queue made its pool, and ends its threads when it finishes. */
  private readonly ownPool: boolean;
  private batch: CompressTask[] = [];
  private bytes = 0;
  private readonly running: Promise<CompressTotals>[] = [];

  /**
   * `pool`: threads kept by the caller from one build to the next (compressionPool()); a process
   * that starts and ends threads for every build grows by the memory each leaves behind.
   */
  constructor(root: string, pool?: Piscina<CompressTask[], CompressTotals>) {
    this.root = root;
    this.pool = pool ?? compressionPool();
    this.ownPool = !pool;
  }

  /** A file of the build (relative to its folder) that is written and will not change. */
  add(entry: string): void {
    for (const { size, ...task } of tasksOf(this.root, entry)) {
      // A large file's codings go alone, so that the threads share them.
      if (size >= LARGE_FILE_BYTES) {
        this.run([task]);
        continue;
      }
      this.batch.push(task);
      this.bytes += size;
      if (this.batch.length === BATCH_FILES || this.bytes >= BATCH_BYTES) this.flush();
    }
  }

  /** Waits for every copy; the threads end unless the caller gave them. */
  async finish(): Promise<CompressTotals> {
    this.flush();
    try {
      return sum(await Promise.all(this.running));
    } finally {
      if (this.ownPool) await this.pool.destroy();
    }
  }

  private flush(): void {
    if (this.batch.length > 0) this.run(this.batch);
    this.batch = [];
    this.bytes = 0;
  }

  private run(tasks: CompressTask[]): void {
    const done = this.pool.run(tasks);
    // A failure is reported by finish().
    done.catch(() => undefined);
    this.running.push(done);
  }
}
