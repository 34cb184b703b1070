// The search-only key: the only key the site (and so every visitor's browser) ever receives. It may
// search the live index and nothing else: no writes, no deletes, no keys, no other index.
import { createHash } from 'node:crypto';
import type { Key, Meilisearch } from 'meilisearch';
import { meiliApiError } from './client.ts';

const SEARCH_ACTIONS = ['search'];

/**
 * A fixed key uid per index. Meilisearch derives a key's value from its uid and the master key, so
 * the same uid gives the same search key on every run and every machine with the same master key:
 * creating it is idempotent, and a rebuilt site keeps working with the key it was built with.
 */
export function searchKeyUid(indexUid: string): string {
  const hex = createHash('sha256').update(`skb-search-only:${indexUid}`).digest('hex');
  // Shaped as a version-4 UUID, which is what Meilisearch accepts as a key uid.
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value) => b.includes(value));

export interface SearchKey {
  uid: string;
  /** The value to give the site (`PUBLIC_MEILI_SEARCH_KEY`). */
  key: string;
  indexes: string[];
  /** Whether this call created it. */
  created: boolean;
}

/**
 * Creates the search-only key of `indexUid`, or returns it when it exists. A key with the same uid
 * but other rights (edited by hand) is replaced: rights cannot be changed in place.
 */
export async function ensureSearchOnlyKey(client: Meilisearch, indexUid: string): Promise<SearchKey> {
  const uid = searchKeyUid(indexUid);
  let existing: Key | undefined;
  try {
    existing = await client.getKey(uid);
  } catch (error) {
    if (meiliApiError(error)?.code !== 'api_key_not_found') throw error;
  }
  if (
    existing &&
    sameSet(existing.actions, SEARCH_ACTIONS) &&
    sameSet(existing.indexes, [indexUid]) &&
    !existing.expiresAt
  ) {
    return { uid, key: existing.key, indexes: existing.indexes, created: false };
  }
  if (existing) await client.deleteKey(uid);
  const key = await client.createKey({
    uid,
    name: `search-only ${indexUid}`,
    description: `Search-only key of Servicekunskapsbanken for the index "${indexUid}"; the one key the site gets.`,
    actions: SEARCH_ACTIONS,
    indexes: [indexUid],
    expiresAt: null,
  });
  return { uid, key: key.key, indexes: key.indexes, created: true };
}
