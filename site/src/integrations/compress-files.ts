// The work of the build's compression (compress.ts), run in worker threads: each task is a batch of
// files, each compressed with zlib's synchronous calls and written beside the file. Node's
// asynchronous zlib calls hop to the thread pool and back for every 16 KB chunk: for the tens of
// thousands of small pages of a build they took twice the time and a core's worth of system time.
// No imports but Node's: a worker thread loads this file as it is.
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Below this, a coding saves less than its own overhead is worth. */
export const MIN_COMPRESS_BYTES = 1024;

/** The codings a task writes: a large file's two go to two tasks, so that two threads share it. */
export type Coding = 'br' | 'gz';

export interface CompressTask {
  file: string;
  /** Brotli's quality (compress.ts chooses it by what the file is). */
  quality: number;
  /** Gzip's level (compress.ts chooses it by the file's size). */
  gzipLevel: number;
  /** Which copies to write (both when not given). */
  codings?: readonly Coding[];
}

export interface CompressTotals {
  files: number;
  plainBytes: number;
  brBytes: number;
}

/**
 * Writes `file.br` and `file.gz` (or the task's `codings`) beside each file, each only when it is
 * smaller than the file; files under MIN_COMPRESS_BYTES are left plain. Returns what it did: a file
 * counts with its brotli copy's task.
 */
export function compressFiles(tasks: readonly CompressTask[]): CompressTotals {
  const totals: CompressTotals = { files: 0, plainBytes: 0, brBytes: 0 };
  for (const { file, quality, gzipLevel, codings = ['br', 'gz'] } of tasks) {
    const plain = readFileSync(file);
    if (plain.length < MIN_COMPRESS_BYTES) continue;
    if (codings.includes('br')) {
      const br = brotliCompressSync(plain, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: quality,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
        },
      });
      if (br.length < plain.length) writeFileSync(`${file}.br`, br);
      totals.files++;
      totals.plainBytes += plain.length;
      totals.brBytes += Math.min(br.length, plain.length);
    }
    if (codings.includes('gz')) {
      const gz = gzipSync(plain, { level: gzipLevel });
      if (gz.length < plain.length) writeFileSync(`${file}.gz`, gz);
    }
  }
  return totals;
}
