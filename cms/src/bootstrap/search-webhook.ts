// Tells the search indexer which entry changed, on publish, unpublish, update and delete, with a
// signed request (HMAC-SHA256 over timestamp, nonce and body; Strapi's own webhooks cannot sign). The
// body names the entry only: the indexer reads the published version itself.
// No notice is lost: each is first written to the outbox in the CMS database (search-outbox/), then
// sent; a row is removed only when the indexer has taken it, and rows the indexer did not take are
// retried with backoff, also after a restart of the CMS. Sending never blocks or fails an editor's
// save. A draft save changes nothing that is published, so it sends nothing (and no site rebuild
// follows from it).
import http from 'node:http';
import https from 'node:https';
import { PUBLIC_TYPES, question, TAXONOMY_TYPES } from '@skb/content-types';
import { type SearchWebhookBody, signWebhook } from '@skb/content-types/webhook';
import type { Core } from '@strapi/strapi';
import { createOutbox, ensureOutboxTable, type Outbox, type OutboxRow } from '../search-outbox/outbox';

const EVENTS = ['entry.create', 'entry.publish', 'entry.unpublish', 'entry.update', 'entry.delete'] as const;
const REQUEST_TIMEOUT_MS = 5_000;
/** Rows sent at the same time. */
const CONCURRENCY = 8;
/** The longest a row waits between attempts. */
const MAX_DELAY_MS = 60_000;
/** Failures are logged once, then summed up at most this often: a bulk import must not flood the log. */
const LOG_EVERY_MS = 60_000;

interface EntryEvent {
  uid?: string;
  entry?: { documentId?: unknown; locale?: unknown; publishedAt?: unknown; questionStatus?: unknown };
}

function post(url: URL, body: string, secret: string): Promise<number> {
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...signWebhook({ secret, body }),
        },
        timeout: REQUEST_TIMEOUT_MS,
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('socket', (socket) => socket.setNoDelay(true));
    request.on('timeout', () => request.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}

/** How often the outbox is looked at for rows due again (SEARCH_OUTBOX_RETRY_MS, default 5 s). */
function retryInterval(env: NodeJS.ProcessEnv): number {
  const raw = env.SEARCH_OUTBOX_RETRY_MS?.trim();
  if (!raw) return 5_000;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 100) {
    throw new Error(`SEARCH_OUTBOX_RETRY_MS must be a whole number of milliseconds ≥ 100, not "${raw}"`);
  }
  return value;
}

export interface SearchWebhook {
  outbox: Outbox;
  /** Sends what is due now. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Registers the sender when SEARCH_WEBHOOK_URL and SEARCH_WEBHOOK_SECRET are set; does nothing
 * otherwise (a CMS without search). Returns the sender, or undefined when it did not register.
 */
export async function registerSearchWebhook(
  strapi: Core.Strapi,
  env: NodeJS.ProcessEnv = process.env,
): Promise<SearchWebhook | undefined> {
  const target = env.SEARCH_WEBHOOK_URL?.trim();
  const secret = env.SEARCH_WEBHOOK_SECRET?.trim();
  if (!target && !secret) return undefined;
  if (!target || !secret) {
    strapi.log.warn(
      'search webhook: set both SEARCH_WEBHOOK_URL and SEARCH_WEBHOOK_SECRET; search will not follow edits',
    );
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    strapi.log.warn(`search webhook: SEARCH_WEBHOOK_URL is not a URL ("${target}"); search will not follow edits`);
    return undefined;
  }
  const retryMs = retryInterval(env);
  await ensureOutboxTable(strapi.db.connection);
  const outbox = createOutbox(strapi.db.connection);
  // Helpdesk questions too: the notice names only the question, and the indexer reads the published,
  // anonymised answers from their own route; nothing of the asker is in it.
  const uids = new Set<string>([...PUBLIC_TYPES, ...TAXONOMY_TYPES, question].map((type) => type.uid));

  let unreported = 0;
  let lastReport = 0;
  const reportFailure = (line: string) => {
    unreported += 1;
    if (Date.now() - lastReport < LOG_EVERY_MS) return;
    const more = unreported > 1 ? ` (${unreported - 1} more since the last report)` : '';
    strapi.log.warn(`search webhook: ${line}${more}; kept in the outbox and retried`);
    unreported = 0;
    lastReport = Date.now();
  };

  let stopped = false;
  let running: Promise<void> | undefined;
  /** Set when a drain should look at the outbox once more before it ends. */
  let again = false;
  /** Whether an attempt failed since the last delivery: the first delivery after makes every row due. */
  let failing = false;
  const deliver = async (row: OutboxRow): Promise<void> => {
    const body: SearchWebhookBody = {
      event: row.event as SearchWebhookBody['event'],
      uid: row.uid,
      documentId: row.document_id,
      locale: row.locale,
    };
    let problem: string;
    try {
      const status = await post(url, JSON.stringify(body), secret);
      if (status >= 200 && status < 300) {
        await outbox.remove(row);
        if (failing) {
          failing = false;
          again = true;
          await outbox.allDueNow();
        }
        return;
      }
      if (status === 400) {
        // The indexer will refuse this body every time: keeping it would retry it for ever.
        strapi.log.warn(`search webhook: the indexer refused ${row.key} as malformed; dropped`);
        return outbox.remove(row);
      }
      problem = `answered ${status}`;
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
    failing = true;
    reportFailure(`${row.event} of ${row.uid} ${row.document_id} not delivered to ${url.origin}: ${problem}`);
    await outbox.postpone(row, Date.now() + Math.min(MAX_DELAY_MS, retryMs * 2 ** row.attempts));
  };

  const drainOnce = async () => {
    while (!stopped) {
      const rows = await outbox.due(CONCURRENCY * 8);
      if (rows.length === 0) return;
      for (let start = 0; start < rows.length && !stopped; start += CONCURRENCY) {
        await Promise.all(rows.slice(start, start + CONCURRENCY).map(deliver));
        // The indexer is away: stop here rather than chase every new row; the probe takes over.
        if (failing) return;
      }
    }
  };
  /** One drain at a time; a notice during a drain makes it look again. */
  const drain = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await drainOnce();
      } while (again && !stopped);
    })()
      .catch((error: unknown) => {
        if (!stopped) strapi.log.warn(`search webhook: the outbox could not be read: ${String(error)}`);
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  // Every interval: send what is due; while the indexer is away, also probe it with the oldest row, so
  // that its return is noticed within one interval however long the rows' backoff has grown.
  const timer = setInterval(() => {
    if (!failing || running) return void drain();
    void outbox
      .oldest()
      .then((row) => (row ? deliver(row) : undefined))
      .then(() => drain())
      .catch(() => undefined);
  }, retryMs);
  timer.unref();

  for (const event of EVENTS) {
    strapi.eventHub.on(event, async (payload: EntryEvent) => {
      const documentId = payload?.entry?.documentId;
      if (!payload?.uid || !uids.has(payload.uid) || typeof documentId !== 'string') return;
      // A draft saved or deleted: the published version (if any) is unchanged.
      // A question has no drafts: every change to it, its creation too, may change its published
      // answer. An entry of the other types is created as a draft; publishing it says so itself.
      const isQuestion = payload.uid === question.uid;
      if (event === 'entry.create' && !isQuestion) return;
      // A question arrives as `ny` from the helpdesk form: only one created as published changes search.
      if (event === 'entry.create' && isQuestion && payload.entry?.questionStatus !== 'publicerad') return;
      const drafted = !isQuestion && payload.entry?.publishedAt === null;
      if ((event === 'entry.update' || event === 'entry.delete') && drafted) return;
      const locale = typeof payload.entry?.locale === 'string' ? payload.entry.locale : null;
      try {
        await outbox.add({ event, uid: payload.uid, documentId, locale });
      } catch (error) {
        strapi.log.error(
          `search webhook: ${event} of ${payload.uid} ${documentId} could not be written to the outbox (${String(error)}); the indexer's reconciliation catches it up`,
        );
        return;
      }
      // Not awaited: the editor's request is answered without waiting for the indexer. While the
      // indexer is away, the interval's probe notices its return; a bulk import meanwhile only writes rows.
      if (!failing) void drain();
    });
  }
  strapi.log.info(`search webhook: notifying ${url.origin}${url.pathname} of published changes`);
  void drain();
  return {
    outbox,
    drain,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
