// What an entry's page is made of, as data: the entry itself and everything EntryPage and its
// components read from the rest of the bank (the related entries, the pages its relations link to).
// Two builds that give a page the same inputs render it byte for byte the same (with the same code,
// settings and build time), so a partial build renders only the pages whose inputs changed and takes
// the others from the build before it (src/data/partial.ts). The inputs are computed with the very
// functions the page renders with (relatedEntries, refPath); test/page-inputs.test.ts holds the list
// of components that read the bank, so a new reader cannot be forgotten here.
import { createHash } from 'node:crypto';
import { PUBLIC_TYPE_NAMES } from '@skb/content-types';
import type { Bank, BankEntry } from './bank.ts';
import { refPath, relatedEntries } from './related.ts';

/**
 * Types whose page reads far more of the bank (a goal: every goal's history and the service status
 * of every municipality): their pages are rendered in every build.
 */
export const WHOLE_BANK_TYPES: ReadonlySet<string> = new Set(['goal']);

/** Every document id anywhere in an entry's data: the targets of its relations, at any depth. */
function documentIdsIn(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) documentIdsIn(item, found);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'documentId' && typeof item === 'string') found.add(item);
      else documentIdsIn(item, found);
    }
  }
  return found;
}

/** The inputs of an entry's page, or null when the page reads the whole bank (always rendered). */
export function entryPageInputs(bank: Bank, entry: BankEntry): unknown {
  if (WHOLE_BANK_TYPES.has(entry.type)) return null;
  const ids = [...documentIdsIn(entry.data, new Set())].sort();
  return {
    entry,
    related: relatedEntries(bank, entry, entry.locale),
    // A relation's link depends on whether (and in which language) its target is published; the
    // field names the target's type, so every type is asked: more than needed, never less.
    links: ids.map((id) => [id, PUBLIC_TYPE_NAMES.map((type) => refPath(bank, type, id, entry.locale) ?? null)]),
  };
}

/** A digest of the page's inputs, or null when the page must always be rendered. */
export function entryPageDigest(bank: Bank, entry: BankEntry): string | null {
  const inputs = entryPageInputs(bank, entry);
  return inputs === null ? null : createHash('sha256').update(JSON.stringify(inputs)).digest('base64url');
}
