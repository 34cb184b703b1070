// A digest of everything an entry is: its data as the CMS serves it, its place in the bank (its
// page, areas, places, versions, a call's status). Two entries with the same digest are rendered
// alike wherever they appear, so the digest keys what is made from an entry: a page's inputs
// (./page-inputs.ts) and the open data's records (./open-data.ts).
import { createHash } from 'node:crypto';
import type { BankEntry } from './bank.ts';

export const digestOf = (inputs: unknown): string =>
  createHash('sha256').update(JSON.stringify(inputs)).digest('base64url');

// Lists and feeds show the same entries many times over: each entry is serialised once per reading.
const entryDigests = new WeakMap<BankEntry, string>();

/** The entry's digest, computed once per entry object (one reading of the CMS). */
export function entryDigest(entry: BankEntry): string {
  let digest = entryDigests.get(entry);
  if (!digest) {
    digest = digestOf(entry);
    entryDigests.set(entry, digest);
  }
  return digest;
}
