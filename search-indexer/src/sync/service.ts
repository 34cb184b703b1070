// The incremental sync: one worker that applies queued changes to the live index in order and
// retries with backoff while Meilisearch or the CMS is away, so writes to the live index never
// interleave. Beside it: a full reindex (into its own index, then swapped in) when the index is
// missing, a taxonomy term changed or the queue overflowed; funding-call statuses kept current; and
// a reconciliation with the CMS at start and on a schedule (reconcile.ts), which catches every change
// whose notice never came (the indexer was down, a notice was lost) without a full reindex.
import { searchDocumentId } from '@skb/content-types/search';
import type { Meilisearch } from 'meilisearch';
import type { CmsReader } from '../cms/reader.ts';
import { describeError } from '../errors.ts';
import { isIndexNotFound } from '../meili/client.ts';
import { type ReindexResult, reindex } from '../reindex/reindex.ts';
import { type AppliedChanges, applyChanges, LiveIndexMissingError } from './apply-changes.ts';
import { backoffDelay, sleep } from './backoff.ts';
import { checkFundingCallStatuses } from './funding-call-status.ts';
import { syncQuestions } from './questions.ts';
import { SyncQueue } from './queue.ts';
import { RecentChanges } from './recent-changes.ts';
import { reconcile } from './reconcile.ts';
import type { SiteChange } from './site-rebuild.ts';
import type { SyncKey } from './sync-key.ts';
import type { WebhookMessage } from './webhook-body.ts';

/** Entries applied in one batch (one addDocuments, one deleteDocuments). */
const BATCH = 100;
/** Taxonomy edits come in bursts (an editor renames several topics): one reindex after the last. */
const TAXONOMY_DEBOUNCE_MS = 5_000;
/** Changes applied this long before a reindex started are re-applied too (clocks of two machines). */
const REBUILD_MARGIN_MS = 30_000;

export interface SyncStatus {
  /** Whether the last write to Meilisearch succeeded (false while it is being retried). */
  up: boolean;
  /** Entries waiting to be applied. */
  backlog: number;
  lastError: { message: string; at: string } | null;
  lastSyncAt: string | null;
  reindex: { running: boolean; pending: boolean; lastAt: string | null; lastDocuments: number | null };
  fundingCallsCheckedAt: string | null;
  nextFundingCallCheckAt: string | null;
  /** The last comparison of the index with the CMS: when, and how many entries differed. */
  reconciled: { at: string; differences: number; published: number } | null;
}

export interface SyncServiceOptions {
  client: Meilisearch;
  reader: CmsReader;
  indexUid: string;
  queueLimit: number;
  taskTimeoutMs: number;
  batchSize: number;
  now?: () => Date;
  log?: (line: string) => void;
  /** Run a full reindex at start when the live index is missing (default true). */
  reindexWhenMissing?: boolean;
  /**
   * Compare the index with the CMS at start and then this often (ms); 0: at start only. Default 15
   * minutes. `false`: never (tests that prove the webhook path alone).
   */
  reconcileIntervalMs?: number | false;
  /** Called after documents were written or deleted, with what changed (to ask the site to rebuild). */
  onChanged?: (changes: SiteChange[]) => void;
}

export function createSyncService(options: SyncServiceOptions) {
  const { client, reader, indexUid } = options;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => console.log(line));
  const queue = new SyncQueue(options.queueLimit);
  const recent = new RecentChanges();
  const stop = new AbortController();

  let up = true;
  let lastError: SyncStatus['lastError'] = null;
  let lastSyncAt: Date | null = null;
  let reindexPending = false;
  let reindexRunning = false;
  let lastReindex: ReindexResult | null = null;
  let taxonomyTimer: NodeJS.Timeout | undefined;
  let statusCheckDueAt = 0;
  let fundingCallsCheckedAt: Date | null = null;
  let nextFundingCallCheckAt: Date | null = null;
  let failures = 0;
  let reindexFailures = 0;
  let reconcileFailures = 0;
  /** The reconciliation running beside the worker, if one is (stop waits for it: it only reads). */
  let reconciling: Promise<void> | undefined;
  const reconcileEvery = options.reconcileIntervalMs ?? 15 * 60_000;
  let reconcileDueAt = reconcileEvery === false ? Number.POSITIVE_INFINITY : 0;
  let reconciled: SyncStatus['reconciled'] = null;
  /** The published helpdesk answers are to be compared with the index (a question changed, or a check is due). */
  let questionsDue = true;
  let wake: (() => void) | undefined;
  let loop: Promise<void> | undefined;

  const poke = () => wake?.();
  /** Meilisearch and the CMS answered: the sync is up (again). */
  const answered = () => {
    if (!up) log('search sync: Meilisearch and the CMS answer again; catching up');
    up = true;
    failures = 0;
  };
  let lastLogged = { message: '', at: 0 };
  /** Records an error for /status, and logs it unless it is the same as a minute ago (retries repeat it). */
  const report = (error: unknown) => {
    lastError = { message: describeError(error), at: now().toISOString() };
    if (lastError.message === lastLogged.message && Date.now() - lastLogged.at < 60_000) return;
    lastLogged = { message: lastError.message, at: Date.now() };
    log(`search sync: ${lastError.message}`);
  };
  /** Meilisearch or the CMS failed: the sync is down until they answer again. */
  const fail = (error: unknown) => {
    up = false;
    report(error);
  };

  function requestReindex(reason: string): void {
    if (!reindexPending) log(`search sync: full reindex requested (${reason})`);
    reindexPending = true;
    poke();
  }

  /** Queues the entries changed since a reindex started; they may be missing from its index. */
  function catchUpSince(since: number): number {
    const keys = recent.since(since - REBUILD_MARGIN_MS);
    for (const key of keys) queue.add(key);
    return keys.length;
  }

  /**
   * Runs a full reindex beside the worker: publishes keep reaching the live index meanwhile, and the
   * changes applied since the reindex started are applied again once its index is swapped in.
   */
  function startReindexIfRequested(): void {
    if (reindexRunning || !(reindexPending || queue.overflowed) || stop.signal.aborted) return;
    reindexPending = false;
    reindexRunning = true;
    reindex({ client, reader, indexUid, batchSize: options.batchSize, taskTimeoutMs: options.taskTimeoutMs, now })
      .then((result) => {
        lastReindex = result;
        reindexFailures = 0;
        queue.clearOverflow(result.startedAt.getTime());
        const caughtUp = catchUpSince(result.startedAt.getTime());
        log(`search sync: reindexed ${result.documents} documents; re-applying ${caughtUp} recent changes`);
        statusCheckDueAt = 0;
        questionsDue = true;
      })
      .catch(async (error: unknown) => {
        fail(error);
        reindexFailures += 1;
        await sleep(backoffDelay(reindexFailures, { baseMs: 1000, maxMs: 60_000 }), stop.signal);
        reindexPending = true;
      })
      .finally(() => {
        reindexRunning = false;
        poke();
      });
  }

  async function applyBatch(keys: SyncKey[]): Promise<AppliedChanges> {
    const applied = await applyChanges({
      client,
      reader,
      indexUid,
      keys,
      now: now(),
      taskTimeoutMs: options.taskTimeoutMs,
    });
    recent.record(keys, now().getTime());
    answered();
    const changes: SiteChange[] = [
      ...applied.upserted.map((document) => ({
        type: document.type,
        documentId: document.documentId,
        locale: document.locale === 'en' ? ('en' as const) : ('sv' as const),
        slug: document.slug,
        event: 'publish' as const,
      })),
      ...keys
        .filter((key) => applied.deleted.includes(searchDocumentId(key)))
        .map((key) => ({
          type: key.type,
          documentId: key.documentId,
          locale: key.locale === 'en' ? ('en' as const) : ('sv' as const),
          event: 'unpublish' as const,
        })),
    ];
    if (changes.length > 0) options.onChanged?.(changes);
    for (const invalid of applied.invalid) report(invalid);
    lastSyncAt = now();
    if (keys.some((key) => key.type === 'funding-call')) statusCheckDueAt = 0;
    return applied;
  }

  async function checkStatuses(): Promise<void> {
    let check: Awaited<ReturnType<typeof checkFundingCallStatuses>>;
    try {
      check = await checkFundingCallStatuses({ client, indexUid, now: now() });
    } catch (error) {
      if (!isIndexNotFound(error)) throw error;
      // No index yet: the reindex that creates it maps every call with its current status.
      if (!reindexRunning && options.reindexWhenMissing !== false) requestReindex('the live index is missing');
      statusCheckDueAt = now().getTime() + 60_000;
      return;
    }
    answered();
    for (const key of check.due) queue.add(key);
    fundingCallsCheckedAt = now();
    nextFundingCallCheckAt = check.nextAt;
    // A second after the boundary, so that the status has certainly changed when we look again.
    statusCheckDueAt = check.nextAt.getTime() + 1000;
  }

  /** Writes the helpdesk answers that are new or changed and deletes those no longer published. */
  async function syncAnswers(): Promise<void> {
    questionsDue = false;
    try {
      const result = await syncQuestions({ client, reader, indexUid, taskTimeoutMs: options.taskTimeoutMs });
      answered();
      // The answers are pages of their own and lists (FAQ, municipalities, feeds): one change for all.
      if (result.upserted + result.deleted > 0) options.onChanged?.([{ type: 'question', event: 'publish' }]);
      lastSyncAt = now();
    } catch (error) {
      // No live index: the reindex that creates it reads the answers too.
      if (error instanceof LiveIndexMissingError) {
        if (!reindexRunning && options.reindexWhenMissing !== false) requestReindex('the live index is missing');
        return;
      }
      questionsDue = true;
      throw error;
    }
  }

  /**
   * Starts a comparison of the index with the CMS beside the worker, when one is due. It only reads
   * (every published version, every document: seconds at 10,000 entries), so changes published
   * meanwhile are applied at once rather than after it; what it finds is queued like a webhook's
   * changes. A change applied while it read may be named again: re-reading an entry is harmless.
   */
  function startReconcileIfDue(): void {
    if (reconciling || reindexRunning || now().getTime() < reconcileDueAt || stop.signal.aborted) return;
    reconciling = reconcileWithCms()
      .then(() => {
        reconcileFailures = 0;
      })
      .catch(async (error: unknown) => {
        fail(error);
        reconcileFailures += 1;
        await sleep(backoffDelay(reconcileFailures, { baseMs: 1000, maxMs: 60_000 }), stop.signal);
      })
      .finally(() => {
        reconciling = undefined;
        poke();
      });
  }

  /** Queues every entry whose document differs from the CMS's published version. */
  async function reconcileWithCms(): Promise<void> {
    let result: Awaited<ReturnType<typeof reconcile>>;
    try {
      result = await reconcile({ client, reader, indexUid });
    } catch (error) {
      if (!isIndexNotFound(error)) throw error;
      // No live index: the reindex that creates it reads everything anyway.
      if (!reindexRunning && options.reindexWhenMissing !== false) requestReindex('the live index is missing');
      reconcileDueAt = now().getTime() + 60_000;
      return;
    }
    answered();
    questionsDue = true;
    for (const key of result.keys) if (!queue.add(key)) requestReindex('the sync queue is full');
    reconciled = { at: now().toISOString(), differences: result.keys.length, published: result.published };
    if (result.keys.length > 0) {
      log(`search sync: the index differed from the CMS in ${result.keys.length} entries; re-reading them`);
    }
    reconcileDueAt =
      typeof reconcileEvery === 'number' && reconcileEvery > 0
        ? now().getTime() + reconcileEvery
        : Number.POSITIVE_INFINITY;
  }

  /** One step of the worker: the most urgent job, or false when there is nothing to do. */
  async function step(): Promise<boolean> {
    startReindexIfRequested();
    startReconcileIfDue();
    if (queue.hasWork) {
      const keys = queue.take(BATCH);
      try {
        await applyBatch(keys);
        queue.done(keys);
      } catch (error) {
        queue.retry(keys);
        if (error instanceof LiveIndexMissingError && !reindexRunning && options.reindexWhenMissing !== false) {
          requestReindex('the live index is missing');
        }
        throw error;
      }
      return true;
    }
    if (questionsDue) {
      await syncAnswers();
      return true;
    }
    if (now().getTime() >= statusCheckDueAt) {
      await checkStatuses();
      return queue.hasWork;
    }
    return false;
  }

  async function run(): Promise<void> {
    while (!stop.signal.aborted) {
      let worked = false;
      try {
        worked = await step();
      } catch (error) {
        fail(error);
        failures += 1;
        await sleep(backoffDelay(failures), stop.signal);
        continue;
      }
      if (!worked) {
        // Sleep until work arrives, a reindex is requested, or the next funding-call status change.
        // A reconciliation that is running, or waits for a reindex to end, is no reason to wake: its
        // end pokes the worker.
        const reconcileWakeAt = reconciling || reindexRunning ? Number.POSITIVE_INFINITY : reconcileDueAt;
        const untilCheck = Math.max(0, Math.min(statusCheckDueAt, reconcileWakeAt) - now().getTime());
        const idle = new AbortController();
        wake = () => idle.abort();
        const onStop = () => idle.abort();
        stop.signal.addEventListener('abort', onStop, { once: true });
        await Promise.race([queue.waitForWork(idle.signal), sleep(Math.min(untilCheck, 2 ** 31 - 1), idle.signal)]);
        idle.abort();
        stop.signal.removeEventListener('abort', onStop);
        wake = undefined;
      }
    }
  }

  return {
    queue,

    start(): void {
      loop ??= run();
    },

    async stop(): Promise<void> {
      clearTimeout(taxonomyTimer);
      stop.abort();
      await loop;
      await reconciling;
    },

    /** Takes a verified webhook; never waits for Meilisearch. */
    receive(message: WebhookMessage): { queued: number } {
      switch (message.kind) {
        case 'entry': {
          let queued = 0;
          for (const key of message.keys) {
            if (queue.add(key)) queued += 1;
            else requestReindex('the sync queue is full');
          }
          return { queued };
        }
        case 'taxonomy':
          clearTimeout(taxonomyTimer);
          taxonomyTimer = setTimeout(() => requestReindex('a taxonomy term changed'), TAXONOMY_DEBOUNCE_MS);
          return { queued: 0 };
        case 'rebuilt': {
          const queued = catchUpSince(message.since);
          questionsDue = true;
          poke();
          return { queued };
        }
        case 'questions':
          questionsDue = true;
          poke();
          return { queued: 0 };
        case 'ignored':
          return { queued: 0 };
      }
    },

    /** Asks for a full reindex beside the worker. */
    requestReindex,

    /** Compares the index with the CMS now, rather than at the next planned time. */
    reconcileNow(): void {
      reconcileDueAt = 0;
      poke();
    },

    /** Looks for funding calls whose status has changed now, rather than at the next planned check. */
    checkFundingCallsNow(): void {
      statusCheckDueAt = 0;
      poke();
    },

    status(): SyncStatus {
      return {
        up,
        backlog: queue.backlog,
        lastError,
        lastSyncAt: lastSyncAt?.toISOString() ?? null,
        reindex: {
          running: reindexRunning,
          pending: reindexPending || queue.overflowed,
          lastAt: lastReindex ? new Date(lastReindex.startedAt.getTime() + lastReindex.durationMs).toISOString() : null,
          lastDocuments: lastReindex?.documents ?? null,
        },
        fundingCallsCheckedAt: fundingCallsCheckedAt?.toISOString() ?? null,
        nextFundingCallCheckAt: nextFundingCallCheckAt?.toISOString() ?? null,
        reconciled,
      };
    },
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
