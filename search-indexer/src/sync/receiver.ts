// The webhook receiver: a small node:http server. Each channel has its own secret (see
// signed-request.ts for the checks every signed request passes):
//   POST /webhook    change notices from the CMS (SEARCH_WEBHOOK_SECRET) → 202 (queued), 401, 413, 400
//   POST /reindexed  "a new index was swapped in" from a CLI reindex (REINDEX_WEBHOOK_SECRET)
//   GET  /status     JSON: up, backlog, last error, last sync, documents in the live index, reindex
//   GET  /health     200 while the process runs
// A webhook is answered as soon as it is verified and queued; Meilisearch is never waited for.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Meilisearch } from 'meilisearch';
import type { SyncService } from './service.ts';
import { channelNonces, receiveSignedRequest, sendJson as send } from './signed-request.ts';
import { parseWebhookBody } from './webhook-body.ts';

export interface ReceiverOptions {
  service: SyncService;
  client: Meilisearch;
  indexUid: string;
  /** Secret of the CMS's change notices (/webhook). */
  secret: string;
  /** Secret of the CLI reindex's notices (/reindexed); the route answers 404 without one. */
  reindexSecret?: string;
  host: string;
  port: number;
  now?: () => Date;
}

/** Documents in the live index, or null when Meilisearch does not answer within a second. */
async function documentCount(client: Meilisearch, indexUid: string): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), 1000);
  });
  try {
    const stats = client
      .index(indexUid)
      .getStats()
      .then((s) => s.numberOfDocuments);
    return await Promise.race([stats, timeout]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

export async function startReceiver(options: ReceiverOptions): Promise<{ url: string; close(): Promise<void> }> {
  const { service, client, indexUid } = options;
  const now = options.now ?? (() => new Date());
  const cms = { secret: options.secret, nonces: channelNonces(), now };
  const reindexChannel = options.reindexSecret
    ? { secret: options.reindexSecret, nonces: channelNonces(), now }
    : undefined;

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://receiver').pathname;
    if (req.method === 'GET' && path === '/health') return send(res, 200, { ok: true });
    if (req.method === 'GET' && path === '/status') {
      const documents = await documentCount(client, indexUid);
      const status = service.status();
      return send(res, 200, { ...status, up: status.up && documents !== null, index: indexUid, documents });
    }
    const channel = path === '/webhook' ? cms : path === '/reindexed' ? reindexChannel : undefined;
    if (!channel) return send(res, 404, { error: 'not found' });
    if (req.method !== 'POST') return send(res, 405, { error: 'use POST' });

    const received = await receiveSignedRequest(req, channel);
    if (!received.ok) return send(res, received.status, { error: received.error, reason: received.reason });
    const parsed = parseWebhookBody(received.body);
    if (!parsed.ok) return send(res, 400, { error: 'body', field: parsed.field, message: parsed.message });
    // Each channel says only what its sender may say: the CMS names entries, the reindex its swap.
    if ((parsed.message.kind === 'rebuilt') !== (channel === reindexChannel)) {
      return send(res, 400, { error: 'body', field: 'event', message: `is not accepted at ${path}` });
    }
    const { queued } = service.receive(parsed.message);
    return send(res, 202, { accepted: parsed.message.kind, queued });
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { error: error instanceof Error ? error.message : 'internal error' });
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${address.address}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
