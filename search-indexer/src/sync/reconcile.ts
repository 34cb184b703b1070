// Reconciliation: the index against the CMS, without a full reindex. Per type and language it lists
// the published versions in the CMS (document id and publishedAt, which Strapi renews on every
// publish) and the documents in the index (id and publishedAt), and names every entry that differs:
// published but missing, published again since it was indexed, or indexed but no longer listed. The
// sync then re-reads each one as it does for a webhook; a document is deleted only when the CMS itself
// answers that the entry is not published (a Strapi 404), never because a list came back short.
import { LOCALES, PUBLIC_TYPES, type PublicType } from '@skb/content-types';
import type { SearchDocument } from '@skb/content-types/search';
import type { Meilisearch } from 'meilisearch';
import type { CmsReader } from '../cms/reader.ts';
import type { SyncKey } from './sync-key.ts';

type Indexed = Pick<SearchDocument, 'documentId' | 'publishedAt'>;

/** The keys whose index document differs from the CMS's published version (pure). */
export function differences(args: {
  type: PublicType['name'];
  locale: string;
  published: ReadonlyMap<string, number>;
  indexed: ReadonlyMap<string, number>;
}): SyncKey[] {
  const { type, locale, published, indexed } = args;
  const keys: SyncKey[] = [];
  for (const [documentId, publishedAt] of published) {
    if (indexed.get(documentId) !== publishedAt) keys.push({ type, documentId, locale });
  }
  for (const documentId of indexed.keys()) {
    if (!published.has(documentId)) keys.push({ type, documentId, locale });
  }
  return keys;
}

async function indexedVersions(
  client: Meilisearch,
  indexUid: string,
  type: PublicType,
  locale: string,
): Promise<Map<string, number>> {
  const versions = new Map<string, number>();
  const index = client.index<SearchDocument>(indexUid);
  for (let offset = 0; ; offset += 1000) {
    const page = await index.getDocuments<Indexed>({
      filter: `type = "${type.name}" AND locale = "${locale}"`,
      fields: ['documentId', 'publishedAt'],
      limit: 1000,
      offset,
    });
    for (const document of page.results) versions.set(document.documentId, document.publishedAt);
    if (page.results.length < 1000) return versions;
  }
}

export interface Reconciliation {
  /** Entries to re-read (the sync writes or deletes their documents). */
  keys: SyncKey[];
  /** Published versions in the CMS and documents in the index that were compared. */
  published: number;
  indexed: number;
}

export async function reconcile(args: {
  client: Meilisearch;
  reader: CmsReader;
  indexUid: string;
}): Promise<Reconciliation> {
  const { client, reader, indexUid } = args;
  const result: Reconciliation = { keys: [], published: 0, indexed: 0 };
  for (const type of PUBLIC_TYPES) {
    for (const locale of LOCALES) {
      const [published, indexed] = await Promise.all([
        reader.publishedVersions(type, locale),
        indexedVersions(client, indexUid, type, locale),
      ]);
      result.published += published.size;
      result.indexed += indexed.size;
      result.keys.push(...differences({ type: type.name, locale, published, indexed }));
    }
  }
  return result;
}
