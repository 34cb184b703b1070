// The stack's two control routes on the site server: /_stack/status (JSON, for `npm run status`)
// and /_stack/rebuild (a signed POST from the indexer after it has synced a change, with its own
// secret SITE_REBUILD_SECRET; oversized bodies get 413 unread, a replayed request 401).
import type http from 'node:http';
import { channelNonces, receiveSignedRequest } from '@skb/search-indexer';
import type { SiteBuilder } from './site-builder.ts';

const json = (response: http.ServerResponse, status: number, body: unknown) =>
  response
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
    .end(`${JSON.stringify(body)}\n`);

export function controlRoutes(options: {
  builder: SiteBuilder;
  secret: string;
  status: () => Record<string, unknown>;
}) {
  const nonces = channelNonces();
  return {
    '/_stack/status': (_request: http.IncomingMessage, response: http.ServerResponse) => {
      json(response, 200, { ...options.status(), site: options.builder.status() });
    },
    '/_stack/rebuild': async (request: http.IncomingMessage, response: http.ServerResponse) => {
      if (request.method !== 'POST') return json(response, 405, { error: 'POST only' });
      const received = await receiveSignedRequest(request, { secret: options.secret, nonces });
      if (!received.ok) {
        if (received.status === 413) response.setHeader('connection', 'close');
        return json(response, received.status, { error: received.error, reason: received.reason });
      }
      const body = received.body;
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
