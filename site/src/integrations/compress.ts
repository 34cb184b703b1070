// Compression at build time: a brotli (`.br`) and a gzip (`.gz`, level 9) copy beside every text
// file of the build, so the server (site/serve/static-server.ts, or nginx's `brotli_static`/
// `gzip_static`, or a CDN) sends them as they are and never compresses on the fly. Brotli's quality
// follows what a file is: the content-hashed assets under `/_astro/` (a few, cached for good) get the
// maximum, 11; the pages, feeds and data files, which every publish rebuilds by the thousand, get 8:
// about 30 times faster than 11 for some 10 % more bytes, so a rebuild stays seconds, not minutes.
// Files under 1 KB, and files a coding would not make smaller, are left plain: the server then sends
// the plain file. The preview's server code is never served, so never compressed. Runs last, after
// every other integration has written its files.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

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
/** Below this, a coding saves less than its own overhead is worth. */
export const MIN_COMPRESS_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Brotli quality for files that every build writes anew (pages, feeds, data). */
export const PAGE_BROTLI_QUALITY = 8;

/** Folders of the build that no reader is ever sent (the preview's server code, the build's manifest). */
const NEVER_SERVED = new Set(['_preview-server', '_build']);

export async function compressFile(
  file: string,
  quality: number = constants.BROTLI_MAX_QUALITY,
): Promise<{ br: number; gz: number; plain: number } | null> {
  const plain = await readFile(file);
  if (plain.length < MIN_COMPRESS_BYTES) return null;
  const [br, gz] = await Promise.all([
    brotli(plain, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
      },
    }),
    gzipAsync(plain, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  const written = { br: 0, gz: 0, plain: plain.length };
  if (br.length < plain.length) {
    await writeFile(`${file}.br`, br);
    written.br = br.length;
  }
  if (gz.length < plain.length) {
    await writeFile(`${file}.gz`, gz);
    written.gz = gz.length;
  }
  return written;
}

/** Writes the compressed copies for every compressible file under `root`; returns what it did. */
export async function compressTree(root: string): Promise<{ files: number; plainBytes: number; brBytes: number }> {
  const entries = await readdir(root, { recursive: true });
  const present = new Set(entries);
  const files: { file: string; quality: number }[] = [];
  for (const entry of entries) {
    if (!COMPRESSIBLE.has(path.extname(entry).toLowerCase())) continue;
    const top = entry.split(path.sep)[0] ?? '';
    if (NEVER_SERVED.has(top)) continue;
    const file = path.join(root, entry);
    // A page a partial build took from the previous build brings its copies (src/integrations/partial.ts).
    if (present.has(`${entry}.br`) || present.has(`${entry}.gz`)) continue;
    const quality = top === '_astro' ? constants.BROTLI_MAX_QUALITY : PAGE_BROTLI_QUALITY;
    if ((await stat(file)).isFile()) files.push({ file, quality });
  }
  const totals = { files: 0, plainBytes: 0, brBytes: 0 };
  // zlib's asynchronous calls run on libuv's thread pool: a few at a time keeps every core busy.
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const item = files[next++];
      if (!item) continue;
      const result = await compressFile(item.file, item.quality);
      if (!result) continue;
      totals.files++;
      totals.plainBytes += result.plain;
      totals.brBytes += result.br || result.plain;
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
  return totals;
}

export function compress(): AstroIntegration {
  return {
    name: 'skb-compress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { files, plainBytes, brBytes } = await compressTree(fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `compressed ${files} files (brotli ${Math.round(brBytes / 1024)} KB of ${Math.round(plainBytes / 1024)} KB) in ${seconds} s`,
        );
      },
    },
  };
}
