// Tells the search indexer which entry changed, on publish, unpublish, update and delete, with a
// signed request (HMAC-SHA256 over timestamp and body; Strapi's own webhooks cannot sign). The body
// names the entry only: the indexer reads the published version itself. Sending never blocks or
// fails an editor's save: it runs after the save has returned, retries a few times with backoff, and
// only logs when the indexer stays away (a full reindex catches up later).
import http from 'node:http';
import https from 'node:https';
import { PUBLIC_TYPES, TAXONOMY_TYPES } from '@skb/content-types';
import { type SearchWebhookBody, signWebhook } from '@skb/content-types/webhook';
import type { Core } from '@strapi/strapi';

const EVENTS = ['entry.publish', 'entry.unpublish', 'entry.update', 'entry.delete'] as const;
/** Delays before each attempt: at once, then after 1 s, 5 s and 20 s. */
const ATTEMPT_DELAYS_MS = [0, 1_000, 5_000, 20_000];
const REQUEST_TIMEOUT_MS = 5_000;
/** Sends in progress at most; past it (the indexer long gone during a bulk import) notices are dropped and logged. */
const MAX_IN_FLIGHT = 500;
/** Failures are logged once, then summed up at most this often: a bulk import must not flood the log. */
const LOG_EVERY_MS = 60_000;

interface EntryEvent {
  uid?: string;
  entry?: { documentId?: unknown; locale?: unknown };
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

/**
 * Registers the sender when SEARCH_WEBHOOK_URL and SEARCH_WEBHOOK_SECRET are set; does nothing
 * otherwise (a CMS without search). Returns whether it registered.
 */
export function registerSearchWebhook(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env): boolean {
  const target = env.SEARCH_WEBHOOK_URL?.trim();
  const secret = env.SEARCH_WEBHOOK_SECRET?.trim();
  if (!target && !secret) return false;
  if (!target || !secret) {
    strapi.log.warn(
      'search webhook: set both SEARCH_WEBHOOK_URL and SEARCH_WEBHOOK_SECRET; search will not follow edits',
    );
    return false;
  }
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    strapi.log.warn(`search webhook: SEARCH_WEBHOOK_URL is not a URL ("${target}"); search will not follow edits`);
    return false;
  }
  const uids = new Set<string>([...PUBLIC_TYPES, ...TAXONOMY_TYPES].map((type) => type.uid));
  let inFlight = 0;
  let unreported = 0;
  let lastReport = 0;
  const reportFailure = (line: string) => {
    unreported += 1;
    if (Date.now() - lastReport < LOG_EVERY_MS) return;
    const more = unreported > 1 ? ` (${unreported - 1} more notices not delivered since the last report)` : '';
    strapi.log.warn(`search webhook: ${line}${more}; a full reindex (npm run reindex) catches up`);
    unreported = 0;
    lastReport = Date.now();
  };

  const deliver = async (body: SearchWebhookBody) => {
    const json = JSON.stringify(body);
    let lastProblem = '';
    for (const delay of ATTEMPT_DELAYS_MS) {
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay).unref());
      try {
        const status = await post(url, json, secret);
        if (status >= 200 && status < 300) return;
        lastProblem = `answered ${status}`;
        // A refused signature or body will be refused again: do not retry those.
        if (status === 400 || status === 401) break;
      } catch (error) {
        lastProblem = error instanceof Error ? error.message : String(error);
      }
    }
    reportFailure(
      `${body.event} of ${body.uid} ${body.documentId} (${body.locale ?? 'all locales'}) not delivered to ${url.origin}: ${lastProblem}`,
    );
  };

  for (const event of EVENTS) {
    strapi.eventHub.on(event, async (payload: EntryEvent) => {
      const documentId = payload?.entry?.documentId;
      if (!payload?.uid || !uids.has(payload.uid) || typeof documentId !== 'string') return;
      const locale = typeof payload.entry?.locale === 'string' ? payload.entry.locale : null;
      if (inFlight >= MAX_IN_FLIGHT) {
        reportFailure(`too many notices pending; ${event} of ${payload.uid} ${documentId} dropped`);
        return;
      }
      inFlight += 1;
      // Not awaited: the editor's request is answered without waiting for the indexer.
      void deliver({ event, uid: payload.uid, documentId, locale }).finally(() => {
        inFlight -= 1;
      });
    });
  }
  strapi.log.info(`search webhook: notifying ${url.origin}${url.pathname} of published changes`);
  return true;
}
