// Owner-only files: the data folder holds the askers' names and e-mail addresses (in the SQLite
// file) and admin password hashes, .env holds every secret. Nothing the stack writes may be
// readable by other users of the machine, including files made before this rule existed.
import { chmodSync, existsSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const PRIVATE_FILE = 0o600;
export const PRIVATE_DIR = 0o700;

/** Writes `text` to `file` in one step (a temporary file renamed over it), owner-only from the start. */
export function writePrivateFile(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode: PRIVATE_FILE });
  // The mode argument only applies to a new file; a stale temporary file keeps its own.
  chmodSync(temporary, PRIVATE_FILE);
  renameSync(temporary, file);
}

/** Whether group or others may do anything with `file`. */
export const isLoose = (file: string) => (statSync(file).mode & 0o077) !== 0;

/** Takes group and other permissions off `file` when it has any; returns whether it changed. */
export function tighten(file: string): boolean {
  if (!existsSync(file) || !isLoose(file)) return false;
  const { mode } = statSync(file);
  chmodSync(file, mode & 0o700);
  return true;
}

/**
 * Makes the data folder owner-only, and everything in it that a looser umask left readable
 * (the top folder alone would do for access, but a copied or moved folder keeps its files' modes).
 * Returns how many entries changed. Symbolic links are left alone (their targets are not ours).
 */
export function tightenTree(dir: string): number {
  if (!existsSync(dir)) return 0;
  let changed = tighten(dir) ? 1 : 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) changed += tightenTree(full);
    else if (tighten(full)) changed++;
  }
  return changed;
}
