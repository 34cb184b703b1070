// A rendered file as the pieces its response was handed over in, compared with a file on disk and
// written without first joining them: the open data's files are tens of megabytes, made of the kept
// bytes of each record (src/lib/open-data.ts), and every copy of them costs the renderer time.
import { closeSync, openSync, readFileSync, readSync, statSync, writeSync, writevSync } from 'node:fs';

/** A response's body: its pieces and their length in bytes. */
export interface Pieces {
  pieces: Uint8Array[];
  size: number;
}

/** Reads a response's body as the pieces it is handed over in, or null when it has none. */
export async function bodyPieces(response: Response): Promise<Pieces | null> {
  if (!response.body) return null;
  const pieces: Uint8Array[] = [];
  let size = 0;
  for await (const piece of response.body) {
    pieces.push(piece);
    size += piece.byteLength;
  }
  return { pieces, size };
}

/** Below this size a file is read whole to be compared; from it, a part at a time. */
const READ_WHOLE_BELOW = 1 << 20;
/** The buffer the larger files are read into, a part at a time, allocated once. */
let scratch: Buffer | undefined;

/** Whether `file` holds the body, byte for byte (false when it is not there). */
export function sameAs(file: string, body: Pieces): boolean {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return false;
  }
  if (size !== body.size) return false;
  if (size < READ_WHOLE_BELOW) return readFileSync(file).equals(Buffer.concat(body.pieces, body.size));
  scratch ??= Buffer.allocUnsafe(READ_WHOLE_BELOW);
  const buffer = scratch;
  const fd = openSync(file, 'r');
  try {
    let position = 0;
    for (const piece of body.pieces) {
      for (let offset = 0; offset < piece.byteLength; ) {
        const length = Math.min(buffer.length, piece.byteLength - offset);
        if (readSync(fd, buffer, 0, length, position) !== length) return false;
        if (Buffer.compare(buffer.subarray(0, length), piece.subarray(offset, offset + length)) !== 0) return false;
        offset += length;
        position += length;
      }
    }
    return true;
  } finally {
    closeSync(fd);
  }
}

/** How many pieces one write hands the system at most (the usual IOV_MAX). */
const PIECES_PER_WRITE = 1024;

/** Writes the body into a new file (`wx`: it replaces nothing), piece after piece. */
export function writePieces(file: string, body: Pieces): void {
  const fd = openSync(file, 'wx');
  try {
    for (let first = 0; first < body.pieces.length; first += PIECES_PER_WRITE) {
      const batch = body.pieces.slice(first, first + PIECES_PER_WRITE);
      let written = writevSync(fd, batch);
      // A short write (rare for a file): the rest of the batch, a piece at a time.
      for (const piece of batch) {
        if (written >= piece.byteLength) {
          written -= piece.byteLength;
          continue;
        }
        for (let offset = written; offset < piece.byteLength; ) offset += writeSync(fd, piece, offset);
        written = 0;
      }
    }
  } finally {
    closeSync(fd);
  }
}
