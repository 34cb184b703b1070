// A full reindex: build a new index beside the live one, apply the settings, load every published
// entry while still reading the CMS (in as few indexing batches as Meilisearch can take: see
// createLoader), wait for every task and check it succeeded, check the count, then swap the new
// index in atomically and delete the old one. Searches never see an empty or
// half-built index, and on any failure the live index is left as it was.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
  /** Bytes of documents held in memory while they wait to be sent; more is spooled to disk (64 MB). */
  memoryBytes?: number;
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
  let loader: Awaited<ReturnType<typeof createLoader>> | undefined;
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
    const load = await createLoader({
      client,
      buildUid,
      batchSize,
      memoryBytes: options.memoryBytes ?? MAX_REQUEST_BYTES,
      expected: () => progress.total,
      wait,
      onIndexed: (count) => {
        progress.indexed += count;
        report();
      },
    });
    loader = load;

    const streams = PUBLIC_TYPES.flatMap((type) => reader.locales.map((locale) => ({ type, locale })));
    // Counted first so the progress bar knows the whole; entries published meanwhile are read anyway.
    const counts = await Promise.all(streams.map(({ type, locale }) => reader.count(type, locale)));
    progress.total = counts.reduce((sum, count) => sum + count, 0);
    report();
    const readStream = async ({ type, locale }: { type: PublicType; locale: string }) => {
      let afterId = 0;
      for (;;) {
        load.throwIfFailed();
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
        await load.add(documents);
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
    await load.add(answers);

    progress.phase = 'waiting';
    report();
    await load.finish();

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
  } finally {
    await loader?.close();
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

/** The most a single addDocuments request carries (Meilisearch refuses payloads above 100 MB by default). */
const MAX_REQUEST_BYTES = 64 * 1024 * 1024;
/** Meilisearch starts on the documents once this share of those still to send has been read. */
const SEND_SHARE = 0.25;

/**
 * Sends the documents to Meilisearch in as few indexing batches as it can take, while reading goes
 * on. Meilisearch pays much of its indexing cost per batch (a batch of 1,000 documents on an index of
 * 9,000 takes nearly as long as the 9,000 did), and it batches together only the tasks already
 * waiting when it starts one; it indexes on half the cores (one of this project's two), so the CMS
 * and the mapping can be read on the other meanwhile. Measured through Strapi at 10,000 entries:
 * sending each 1,000 documents as they were read gave five to six batches and 0.6–0.7× the speed of
 * raw addDocuments of the same documents; reading everything first and then sending it left
 * Meilisearch idle for the whole read. So while reading goes on, a batch goes only to an idle
 * Meilisearch: the first once 1,000 documents are read (it starts indexing within seconds), each later
 * one once a quarter of what is still to send is there; once reading is done, everything left goes
 * at once, in requests of up to 64 MB, enqueued while Meilisearch still indexes the batch before, so
 * it takes them as one batch: at 10,000 entries batches of about 1,000, 3,000 and 6,000, as raw
 * addDocuments of the same documents gets 1,000 and 9,000. Documents wait in memory up to 64 MB and
 * are spooled to disk as NDJSON beyond that, so memory stays flat however large the bank. Measured
 * at 10,000 entries on PostgreSQL (2026-12-02): spooling everything, and sending the last documents
 * only once Meilisearch was idle (a 64 MB part and the rest as two batches), Meilisearch started
 * indexing 8 s after the reindex began and the reindex ran at 0.73–0.75× raw; now it starts after
 * about 3 s, at 0.78–0.82× (with the mapping's caches of the same day: 0.79–0.81×; README).
 */
async function createLoader(args: {
  client: Meilisearch;
  buildUid: string;
  batchSize: number;
  memoryBytes: number;
  /** How many documents the reindex expects in all (known once every list has been counted). */
  expected: () => number;
  wait: (task: number, what: string) => Promise<unknown>;
  onIndexed: (count: number) => void;
}) {
  const index = args.client.index<SearchDocument>(args.buildUid);
  const spoolDir = await mkdtemp(path.join(tmpdir(), 'skb-reindex-'));
  let buffer: SearchDocument[] = [];
  /** What is read and not sent yet, in the order it was read: in memory (`body`) or spooled (`file`). */
  let spooled: { file?: string; body?: string; count: number; bytes: number; written: Promise<void> }[] = [];
  /** The bytes of the waiting documents held in memory. */
  let heldBytes = 0;
  let files = 0;
  let sent = 0;
  let readingDone = false;
  let failure: unknown;
  /** What Meilisearch is indexing now: sent, not all done yet. */
  let sending: Promise<void> | undefined;

  const request = async (batch: typeof spooled) => {
    await Promise.all(batch.map((file) => file.written));
    const bodies = await Promise.all(batch.map((file) => file.body ?? readFile(file.file as string, 'utf8')));
    const task = await index.addDocumentsFromString(bodies.join(''), 'application/x-ndjson', { primaryKey: 'id' });
    for (const file of batch) if (file.body !== undefined) heldBytes -= file.bytes;
    await Promise.all(batch.flatMap((file) => (file.file ? [rm(file.file, { force: true })] : [])));
    return { taskUid: task.taskUid, count: batch.reduce((sum, file) => sum + file.count, 0) };
  };
  /** Sends `batch` in requests of up to 64 MB, then waits until Meilisearch has indexed it (after `before`). */
  const sendAll = async (batch: typeof spooled, before: Promise<void> | undefined) => {
    const tasks: { taskUid: number; count: number }[] = [];
    let part: typeof spooled = [];
    let bytes = 0;
    for (const file of batch) {
      if (part.length > 0 && bytes + file.bytes > MAX_REQUEST_BYTES) {
        tasks.push(await request(part));
        part = [];
        bytes = 0;
      }
      part.push(file);
      bytes += file.bytes;
    }
    if (part.length > 0) tasks.push(await request(part));
    await before;
    // An index's tasks finish in the order they were enqueued.
    for (const task of tasks) {
      await args.wait(task.taskUid, `add ${task.count} documents to ${args.buildUid}`);
      args.onIndexed(task.count);
    }
  };
  const pump = () => {
    if (failure || spooled.length === 0) return;
    const waiting = spooled.reduce((sum, file) => sum + file.count, 0);
    // While reading goes on, a batch goes only to an idle Meilisearch: the first once a request's
    // worth is read (it starts indexing early), each later one once a quarter of what is still to
    // send is there. Once reading is done, the rest goes at once: requests enqueued while
    // Meilisearch is busy are indexed together as its next batch, however many 64 MB parts it takes.
    if (!readingDone) {
      if (sending) return;
      const enough = sent === 0 ? args.batchSize : Math.max(args.batchSize, (args.expected() - sent) * SEND_SHARE);
      if (waiting < enough) return;
    }
    const batch = spooled;
    spooled = [];
    sent += waiting;
    const current: Promise<void> = sendAll(batch, sending)
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => {
        if (sending === current) sending = undefined;
        pump();
      });
    sending = current;
  };
  const spool = async (documents: SearchDocument[]) => {
    const body = `${documents.map((document) => JSON.stringify(document)).join('\n')}\n`;
    const bytes = Buffer.byteLength(body);
    if (heldBytes + bytes <= args.memoryBytes) {
      heldBytes += bytes;
      spooled.push({ body, count: documents.length, bytes, written: Promise.resolve() });
      pump();
      return;
    }
    const file = path.join(spoolDir, `${String(files++).padStart(6, '0')}.ndjson`);
    // Queued before it is written, so the documents go in the order they were read: an entry
    // published again while the reindex reads is read twice, and the later version must win.
    const written = writeFile(file, body);
    spooled.push({ file, count: documents.length, bytes, written });
    await written;
    pump();
  };

  return {
    throwIfFailed(): void {
      if (failure) throw failure;
    },
    async add(documents: SearchDocument[]): Promise<void> {
      this.throwIfFailed();
      buffer.push(...documents);
      if (buffer.length >= args.batchSize) {
        const batch = buffer;
        buffer = [];
        await spool(batch);
      }
    },
    /** Sends what is left once reading is done, and waits until Meilisearch has indexed everything. */
    async finish(): Promise<void> {
      if (buffer.length > 0) await spool(buffer);
      buffer = [];
      readingDone = true;
      while (sending || (spooled.length > 0 && !failure)) {
        pump();
        await sending;
      }
      this.throwIfFailed();
    },
    /**
     * Sends nothing more and removes the spool: its documents are of no use once the reindex has
     * ended, either way. A batch Meilisearch is still indexing after a failure goes to a build that
     * is deleted.
     */
    async close(): Promise<void> {
      failure ??= new Error('the reindex has ended');
      await rm(spoolDir, { recursive: true, force: true });
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
