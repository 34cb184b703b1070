// A full reindex: build a new index beside the live one, apply the settings, load every published
// entry while still reading the CMS, wait for every task and check it succeeded, check the count,
// then swap the new index in atomically and delete the old one. Searches never see an empty or
// half-built index, and on any failure the live index is left as it was.
import { PUBLIC_TYPES, type PublicType } from '@skb/content-types';
import type { SearchDocument, SearchTypeName } from '@skb/content-types/search';
import type { Meilisearch } from 'meilisearch';
import { CMS_PAGE_SIZE, type CmsReader } from '../cms/reader.ts';
import { describeError, MeiliTaskError, ReindexError } from '../errors.ts';
import { toSearchDocument } from '../mapping/index.ts';
import { questionDocument } from '../mapping/question.ts';
import { isIndexNotFound, waitForSuccess } from '../meili/client.ts';
import { indexSettings } from '../meili/settings.ts';
import { buildIndexUid, deleteAbandonedBuilds } from './build-index.ts';

export interface ReindexProgress {
  phase: 'reading' | 'waiting' | 'swapping';
  /** Documents mapped from the CMS so far. */
  read: number;
  /** Documents Meilisearch has indexed so far. */
  indexed: number;
  /** Published entries to index (known once the first page of every type has been read). */
  total: number;
}

export interface ReindexOptions {
  client: Meilisearch;
  reader: CmsReader;
  /** The live index. */
  indexUid: string;
  /** Documents per addDocuments request. */
  batchSize?: number;
  /** How long to wait for any one Meilisearch task. */
  taskTimeoutMs?: number;
  /** Lists of the CMS read at the same time. */
  readConcurrency?: number;
  /** The time funding-call statuses are computed for. */
  now?: () => Date;
  onProgress?: (progress: ReindexProgress) => void;
}

export interface ReindexResult {
  documents: number;
  byType: Record<SearchTypeName, number>;
  /** When the reindex started reading: changes after this may not be in the new index. */
  startedAt: Date;
  durationMs: number;
  /** Whether there was a live index before (false on the first reindex). */
  replaced: boolean;
  /** Builds of earlier, dead reindexes that were deleted. */
  abandonedBuildsDeleted: string[];
  /** The previous index, when it could not be deleted after the swap (a later reindex deletes it). */
  previousLeft?: string;
}

/** addDocuments tasks enqueued but not yet done; more waits for the oldest (keeps memory and the queue small). */
const MAX_TASKS_AHEAD = 4;

export async function reindex(options: ReindexOptions): Promise<ReindexResult> {
  const { client, reader, indexUid } = options;
  const batchSize = options.batchSize ?? 1000;
  const timeoutMs = options.taskTimeoutMs ?? 300_000;
  const now = options.now ?? (() => new Date());
  const startedAt = new Date();
  const buildUid = buildIndexUid(indexUid, startedAt.getTime());
  const progress: ReindexProgress = { phase: 'reading', read: 0, indexed: 0, total: 0 };
  const report = () => options.onProgress?.({ ...progress });
  const wait = (task: Parameters<typeof waitForSuccess>[1], what: string) =>
    waitForSuccess(client, task, { what, timeoutMs, intervalMs: 50 });

  let buildCreated = false;
  try {
    const abandonedBuildsDeleted = await deleteAbandonedBuilds(client, indexUid, startedAt.getTime());
    await wait(await client.createIndex(buildUid, { primaryKey: 'id' }), `create ${buildUid}`);
    buildCreated = true;
    await wait(await client.index(buildUid).updateSettings(indexSettings()), `settings of ${buildUid}`);

    const ids = new Set<string>();
    const byType = Object.fromEntries([...PUBLIC_TYPES.map((type) => [type.name, 0]), ['question', 0]]) as Record<
      SearchTypeName,
      number
    >;
    const loader = createLoader({
      client,
      buildUid,
      batchSize,
      wait,
      onIndexed: (count) => {
        progress.indexed += count;
        report();
      },
    });

    const streams = PUBLIC_TYPES.flatMap((type) => reader.locales.map((locale) => ({ type, locale })));
    // Counted first so the progress bar knows the whole; entries published meanwhile are read anyway.
    const counts = await Promise.all(streams.map(({ type, locale }) => reader.count(type, locale)));
    progress.total = counts.reduce((sum, count) => sum + count, 0);
    report();
    const readStream = async ({ type, locale }: { type: PublicType; locale: string }) => {
      let afterId = 0;
      for (;;) {
        loader.throwIfFailed();
        const page = await reader.page(type, locale, afterId);
        const at = now();
        const documents = page.entries.map((entry) => toSearchDocument(type.name, entry, at));
        for (const document of documents) {
          if (!ids.has(document.id)) byType[type.name] += 1;
          ids.add(document.id);
        }
        progress.read += documents.length;
        progress.total = Math.max(progress.total, progress.read);
        report();
        await loader.add(documents);
        const last = page.entries.at(-1);
        if (!last || page.entries.length < CMS_PAGE_SIZE) return;
        afterId = last.id;
      }
    };
    await runWithConcurrency(streams, options.readConcurrency ?? 4, readStream);
    // The published helpdesk answers: a few hundred at most, read whole.
    const answers = (await reader.publishedQuestions()).map(questionDocument);
    for (const document of answers) ids.add(document.id);
    byType.question = answers.length;
    progress.read += answers.length;
    progress.total = Math.max(progress.total, progress.read);
    report();
    await loader.add(answers);

    progress.phase = 'waiting';
    report();
    await loader.finish();

    // Every task succeeded; the index must now hold one document per published version read.
    const stats = await client.index(buildUid).getStats();
    if (stats.numberOfDocuments !== ids.size) {
      throw new ReindexError(`the new index holds ${stats.numberOfDocuments} documents, expected ${ids.size}`);
    }

    progress.phase = 'swapping';
    report();
    const replaced = await swapIn(client, { buildUid, indexUid, wait });
    buildCreated = false;
    // The old index now has the build's name. Failing to delete it does not undo the swap: a later
    // reindex deletes it as an abandoned build.
    let previousLeft: string | undefined;
    if (replaced) {
      previousLeft = buildUid;
      await wait((await client.deleteIndex(buildUid)).taskUid, `delete the previous ${indexUid}`).then(
        () => {
          previousLeft = undefined;
        },
        () => undefined,
      );
    }
    return {
      documents: ids.size,
      byType,
      startedAt,
      durationMs: Date.now() - startedAt.getTime(),
      replaced,
      abandonedBuildsDeleted,
      previousLeft,
    };
  } catch (error) {
    // Not awaited to the end: Meilisearch may be the thing that failed. A build left behind is
    // deleted by a later reindex (deleteAbandonedBuilds).
    if (buildCreated) await client.deleteIndex(buildUid).catch(() => undefined);
    throw new ReindexError(`the live index "${indexUid}" was not changed: ${describeError(error)}`, {
      cause: error,
    });
  }
}

/**
 * Puts the build in place of the live index in one atomic swap; the old one then has the build's name.
 * On the first reindex there is nothing to swap with: the build is renamed.
 */
async function swapIn(
  client: Meilisearch,
  args: { buildUid: string; indexUid: string; wait: (task: number, what: string) => Promise<unknown> },
): Promise<boolean> {
  const { buildUid, indexUid, wait } = args;
  let liveExists = true;
  try {
    await client.getRawIndex(indexUid);
  } catch (error) {
    if (!isIndexNotFound(error)) throw error;
    liveExists = false;
  }
  const swap = async (rename: boolean) =>
    wait(
      (await client.swapIndexes([{ indexes: [buildUid, indexUid], rename }])).taskUid,
      `swap ${buildUid} into ${indexUid}`,
    );
  if (liveExists) {
    await swap(false);
    return true;
  }
  try {
    await swap(true);
    return false;
  } catch (error) {
    // The live index was created while this one was built (the indexer applied a change to an empty
    // search, as at the first start, when the CMS's outbox delivers the seed's notices): swap instead.
    if (!(error instanceof MeiliTaskError && error.code === 'index_already_exists')) throw error;
    await swap(false);
    return true;
  }
}

/** Sends documents in batches while reading goes on, and waits for the tasks in order, in the background. */
function createLoader(args: {
  client: Meilisearch;
  buildUid: string;
  batchSize: number;
  wait: (task: number, what: string) => Promise<unknown>;
  onIndexed: (count: number) => void;
}) {
  const index = args.client.index<SearchDocument>(args.buildUid);
  let buffer: SearchDocument[] = [];
  let failure: unknown;
  // Enqueueing is chained so batches reach Meilisearch in the order they were read; waiting is
  // chained because an index's tasks finish in the order they were enqueued.
  let sending: Promise<void> = Promise.resolve();
  let waiting: Promise<void> = Promise.resolve();
  const ahead: Promise<void>[] = [];

  const send = (documents: SearchDocument[]) => {
    sending = sending
      .then(async () => {
        if (failure) return;
        while (ahead.length >= MAX_TASKS_AHEAD) await ahead.shift();
        const task = await index.addDocuments(documents, { primaryKey: 'id' });
        waiting = waiting.then(async () => {
          if (failure) return;
          try {
            await args.wait(task.taskUid, `add ${documents.length} documents to ${args.buildUid}`);
            args.onIndexed(documents.length);
          } catch (error) {
            failure ??= error;
          }
        });
        ahead.push(waiting);
      })
      .catch((error: unknown) => {
        failure ??= error;
      });
    return sending;
  };

  return {
    throwIfFailed(): void {
      if (failure) throw failure;
    },
    async add(documents: SearchDocument[]): Promise<void> {
      buffer.push(...documents);
      if (buffer.length >= args.batchSize) {
        const batch = buffer;
        buffer = [];
        await send(batch);
      }
      this.throwIfFailed();
    },
    async finish(): Promise<void> {
      if (buffer.length > 0) await send(buffer);
      buffer = [];
      await sending;
      await waiting;
      this.throwIfFailed();
    },
  };
}

async function runWithConcurrency<T>(
  items: readonly T[],
  limit: number,
  run: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const item = items[next++] as T;
      try {
        await run(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
