// The webhook receiver: a small node:http server.
//   POST /webhook  signed change notices from the CMS → 202 (queued), 401 (signature), 400 (body)
//   GET  /status   JSON: up, backlog, last error, last sync, documents in the live index, reindex
//   GET  /health   200 while the process runs
// A webhook is answered as soon as it is verified and queued; Meilisearch is never waited for.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook, WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TIMESTAMP_HEADER } from '@skb/content-types/webhook';
import type { Meilisearch } from 'meilisearch';
import type { SyncService } from './service.ts';
import { parseWebhookBody } from './webhook-body.ts';

/** Webhook bodies are a few hundred bytes; anything much larger is not from our CMS. */
const MAX_BODY_BYTES = 64 * 1024;

export interface ReceiverOptions {
  service: SyncService;
  client: Meilisearch;
  indexUid: string;
  secret: string;
  host: string;
  port: number;
  now?: () => Date;
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(json);
}

function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(undefined);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const header = (req: http.IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

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
  const { service, client, indexUid, secret } = options;
  const now = options.now ?? (() => new Date());

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://receiver').pathname;
    if (req.method === 'GET' && path === '/health') return send(res, 200, { ok: true });
    if (req.method === 'GET' && path === '/status') {
      const documents = await documentCount(client, indexUid);
      const status = service.status();
      return send(res, 200, { ...status, up: status.up && documents !== null, index: indexUid, documents });
    }
    if (path !== '/webhook') return send(res, 404, { error: 'not found' });
    if (req.method !== 'POST') return send(res, 405, { error: 'use POST' });

    const body = await readBody(req);
    if (body === undefined) return send(res, 413, { error: 'body too large' });
    const verification = verifyWebhook({
      secret,
      body,
      timestamp: header(req, WEBHOOK_TIMESTAMP_HEADER),
      signature: header(req, WEBHOOK_SIGNATURE_HEADER),
      now: now(),
    });
    if (!verification.ok) return send(res, 401, { error: 'signature', reason: verification.reason });
    const parsed = parseWebhookBody(body);
    if (!parsed.ok) return send(res, 400, { error: 'body', field: parsed.field, message: parsed.message });
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
