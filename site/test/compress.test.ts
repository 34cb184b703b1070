// The build's compression over a tree large enough for its worker threads (compress.ts): every
// text file over 1 KB gets a brotli and a gzip copy that decode to the file, sizes mixed as a build's
// are (a few large data files among many small pages), and nothing else is touched.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { compressTree, LARGE_FILE_BYTES } from '../src/integrations/compress.ts';

const PAGES = 300;

describe('compressTree on a whole build', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'skb-compress-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const files: string[] = [];
  for (let i = 0; i < PAGES; i++) {
    const dir = path.join(root, 'metoder', `metod-${i}`);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'index.html');
    writeFileSync(file, `<h1>Metod ${i}</h1>${'<p>Byn ordnar servicen tillsammans.</p>'.repeat(40 + (i % 7))}`);
    files.push(file);
  }
  mkdirSync(path.join(root, 'data'));
  const big = path.join(root, 'data', 'poster.json');
  // As large as the open data's files: its two codings are two tasks, at lower levels.
  writeFileSync(big, JSON.stringify(Array.from({ length: 200_000 }, (_, i) => ({ id: i, titel: `Post ${i}` }))));
  files.push(big);
  writeFileSync(path.join(root, 'liten.txt'), 'liten');
  writeFileSync(path.join(root, 'bild.png'), Buffer.alloc(4096, 1));

  it('writes copies that decode to every file, in worker threads, and leaves the rest alone', async () => {
    expect(readFileSync(big).length).toBeGreaterThanOrEqual(LARGE_FILE_BYTES);
    const totals = await compressTree(root);
    // Each file once, the large one's two tasks included.
    expect(totals.files).toBe(files.length);
    for (const file of files) {
      const plain = readFileSync(file);
      expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(plain)).toBe(true);
      expect(gunzipSync(readFileSync(`${file}.gz`)).equals(plain)).toBe(true);
    }
    expect(() => readFileSync(path.join(root, 'liten.txt.br'))).toThrow(/ENOENT/);
    expect(() => readFileSync(path.join(root, 'bild.png.br'))).toThrow(/ENOENT/);
  });

  it('compresses nothing twice: a second run finds every copy there', async () => {
    await expect(compressTree(root)).resolves.toEqual({ files: 0, plainBytes: 0, brBytes: 0 });
  });
});
