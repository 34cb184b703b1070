// Applies a batch of changed entries to the live index. The webhook only said which entry changed:
// each one is re-read from the CMS's public API, which serves only published versions, and written
// as a document, or deleted from the index when that language version is no longer published.
// Unpublishing one language therefore removes only that language's document.
import { publicTypeByName } from '@skb/content-types';
import { type SearchDocument, searchDocumentId } from '@skb/content-types/search';
import type { Meilisearch } from 'meilisearch';
import type { CmsReader } from '../cms/reader.ts';
import { IndexerError, InvalidEntryError } from '../errors.ts';
import { toSearchDocument } from '../mapping/index.ts';
import { isIndexNotFound, waitForSuccess } from '../meili/client.ts';
import type { SyncKey } from './sync-key.ts';

/** The live index is missing: documents must not be added before a full reindex has created it with its settings. */
export class LiveIndexMissingError extends IndexerError {}

export interface AppliedChanges {
  upserted: SearchDocument[];
  deleted: string[];
  /** Entries the CMS served that do not match the content model: left as they were in the index. */
  invalid: InvalidEntryError[];
}

const READ_CONCURRENCY = 8;

export async function applyChanges(args: {
  client: Meilisearch;
  reader: CmsReader;
  indexUid: string;
  keys: readonly SyncKey[];
  now: Date;
  taskTimeoutMs: number;
}): Promise<AppliedChanges> {
  const { client, reader, indexUid, keys, now } = args;
  // addDocuments would create a missing index with default settings; a reindex must create it.
  try {
    await client.getRawIndex(indexUid);
  } catch (error) {
    if (isIndexNotFound(error)) throw new LiveIndexMissingError(`the index "${indexUid}" does not exist yet`);
    throw error;
  }

  const upserted: SearchDocument[] = [];
  const deleted: string[] = [];
  const invalid: InvalidEntryError[] = [];
  for (let start = 0; start < keys.length; start += READ_CONCURRENCY) {
    await Promise.all(
      keys.slice(start, start + READ_CONCURRENCY).map(async (key) => {
        const type = publicTypeByName(key.type);
        if (!type) return;
        const entry = await reader.published(type, key.documentId, key.locale);
        if (entry === null) {
          deleted.push(searchDocumentId(key));
          return;
        }
        try {
          upserted.push(toSearchDocument(key.type, entry, now));
        } catch (error) {
          if (error instanceof InvalidEntryError) invalid.push(error);
          else throw error;
        }
      }),
    );
  }

  const index = client.index<SearchDocument>(indexUid);
  const tasks = [
    upserted.length > 0 ? await index.addDocuments(upserted, { primaryKey: 'id' }) : undefined,
    deleted.length > 0 ? await index.deleteDocuments(deleted) : undefined,
  ];
  for (const task of tasks) {
    if (task)
      await waitForSuccess(client, task, {
        what: `sync ${keys.length} entries`,
        timeoutMs: args.taskTimeoutMs,
        intervalMs: 10,
      });
  }
  return { upserted, deleted, invalid };
}
