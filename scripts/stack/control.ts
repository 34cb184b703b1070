// The stack's two control routes on the site server: /_stack/status (JSON, for `npm run status`)
// and /_stack/rebuild (a signed POST from the indexer after it has synced a change).
import type http from 'node:http';
import { verifyWebhook, WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TIMESTAMP_HEADER } from '@skb/content-types/webhook';
import type { SiteBuilder } from './site-builder.ts';

const MAX_BODY = 64 * 1024;

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        request.destroy();
        reject(new Error('body too large'));
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const json = (response: http.ServerResponse, status: number, body: unknown) =>
  response
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
    .end(`${JSON.stringify(body)}\n`);

export function controlRoutes(options: {
  builder: SiteBuilder;
  secret: string;
  status: () => Record<string, unknown>;
}) {
  return {
    '/_stack/status': (_request: http.IncomingMessage, response: http.ServerResponse) => {
      json(response, 200, { ...options.status(), site: options.builder.status() });
    },
    '/_stack/rebuild': async (request: http.IncomingMessage, response: http.ServerResponse) => {
      if (request.method !== 'POST') return json(response, 405, { error: 'POST only' });
      let body: string;
      try {
        body = await readBody(request);
      } catch {
        return json(response, 413, { error: 'body too large' });
      }
      const header = (name: string) => {
        const value = request.headers[name];
        return Array.isArray(value) ? value[0] : value;
      };
      const verified = verifyWebhook({
        secret: options.secret,
        body,
        timestamp: header(WEBHOOK_TIMESTAMP_HEADER),
        signature: header(WEBHOOK_SIGNATURE_HEADER),
      });
      if (!verified.ok) return json(response, 401, { error: `signature ${verified.reason}` });
      let reason = 'a change in the CMS';
      try {
        const parsed = JSON.parse(body) as { reason?: unknown };
        if (typeof parsed.reason === 'string') reason = parsed.reason.slice(0, 200);
      } catch {
        return json(response, 400, { error: 'body must be JSON' });
      }
      options.builder.request(reason);
      json(response, 202, { queued: true });
    },
  };
}
