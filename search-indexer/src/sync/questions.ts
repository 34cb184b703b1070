// The published helpdesk answers in the live index. The CMS serves them whole from one route (at most
// a few hundred, anonymised), so a change to any question is applied by reading them all and comparing
// with the index: new or changed answers are written, answers no longer published are deleted. The
// CMS's notice only says that a question changed, never what it holds.
import type { SearchDocument } from '@skb/content-types/search';
import type { Meilisearch } from 'meilisearch';
import type { CmsReader } from '../cms/reader.ts';
import { questionDocument } from '../mapping/question.ts';
import { isIndexNotFound, waitForSuccess } from '../meili/client.ts';
import { LiveIndexMissingError } from './apply-changes.ts';

export interface SyncedQuestions {
  upserted: number;
  deleted: number;
  /** Published answers compared. */
  published: number;
}

export async function syncQuestions(args: {
  client: Meilisearch;
  reader: CmsReader;
  indexUid: string;
  taskTimeoutMs: number;
}): Promise<SyncedQuestions> {
  const { client, reader, indexUid } = args;
  const index = client.index<SearchDocument>(indexUid);
  const indexed = new Map<string, number>();
  try {
    for (let offset = 0; ; offset += 1000) {
      const page = await index.getDocuments<Pick<SearchDocument, 'id' | 'publishedAt'>>({
        filter: 'type = "question"',
        fields: ['id', 'publishedAt'],
        limit: 1000,
        offset,
      });
      for (const document of page.results) indexed.set(document.id, document.publishedAt);
      if (page.results.length < 1000) break;
    }
  } catch (error) {
    if (isIndexNotFound(error)) throw new LiveIndexMissingError(`the index "${indexUid}" does not exist yet`);
    throw error;
  }
  const documents = (await reader.publishedQuestions()).map(questionDocument);
  const changed = documents.filter((document) => indexed.get(document.id) !== document.publishedAt);
  const current = new Set(documents.map((document) => document.id));
  const gone = [...indexed.keys()].filter((id) => !current.has(id));
  const tasks = [
    changed.length > 0 ? await index.addDocuments(changed, { primaryKey: 'id' }) : undefined,
    gone.length > 0 ? await index.deleteDocuments(gone) : undefined,
  ];
  for (const task of tasks) {
    if (task) {
      await waitForSuccess(client, task, {
        what: 'sync the helpdesk answers',
        timeoutMs: args.taskTimeoutMs,
        intervalMs: 10,
      });
    }
  }
  return { upserted: changed.length, deleted: gone.length, published: documents.length };
}
