import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyPieces, type Pieces, sameAs, writePieces } from '../scripts/build/pieces.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'skb-pieces-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A body of `count` pieces of varied sizes, `total` bytes in all, with a byte of its own at each place. */
function body(sizes: number[]): Pieces {
  let next = 0;
  const pieces = sizes.map((size) => Uint8Array.from({ length: size }, () => next++ % 251));
  return { pieces, size: sizes.reduce((a, b) => a + b, 0) };
}
const joined = (of: Pieces) => Buffer.concat(of.pieces);

describe('a rendered file in pieces', () => {
  // Small (read whole to compare), large (read a part at a time, parts not aligned with the pieces),
  // more pieces than one write takes.
  const cases: [string, number[]][] = [
    ['small', [10, 0, 300, 7]],
    ['large', [700_000, 3, 900_000, 1_500_000, 11]],
    ['many pieces', Array.from({ length: 3000 }, (_, i) => 500 + (i % 97))],
  ];

  it.each(cases)('writes the pieces one after the other, and knows the file for the same (%s)', (name, sizes) => {
    const file = path.join(dir, `${name}.bin`);
    const of = body(sizes);
    writePieces(file, of);
    expect(readFileSync(file).equals(joined(of))).toBe(true);
    expect(sameAs(file, of)).toBe(true);
    // One byte changed anywhere, near the end here, is another file.
    const other = joined(of);
    other[other.length - 2] = (other.at(-2) ?? 0) ^ 1;
    writeFileSync(file, other);
    expect(sameAs(file, of)).toBe(false);
  });

  it('is not the same as a file of another length or no file, and replaces no file', () => {
    const of = body([100, 200]);
    const file = path.join(dir, 'there.bin');
    writeFileSync(file, joined(of).subarray(0, 299));
    expect(sameAs(file, of)).toBe(false);
    expect(sameAs(path.join(dir, 'missing.bin'), of)).toBe(false);
    expect(() => writePieces(file, of)).toThrow(/EEXIST/);
  });

  it("reads a response's body as its pieces", async () => {
    const of = body([5, 6, 7]);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const piece of of.pieces) controller.enqueue(piece);
        controller.close();
      },
    });
    const read = await bodyPieces(new Response(stream));
    expect(read?.size).toBe(18);
    expect(read?.pieces).toHaveLength(3);
    expect(read?.pieces[1]).toBe(of.pieces[1]);
    expect(await bodyPieces(new Response(null, { status: 204 }))).toBeNull();
  });
});
