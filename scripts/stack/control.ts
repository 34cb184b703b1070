// The stack's two control routes on the site server: /_stack/status (JSON, for `npm run status`)
// and /_stack/rebuild (a signed POST from the indexer after it has synced a change, with its own
// secret SITE_REBUILD_SECRET; oversized bodies get 413 unread, a replayed request 401, a body that
// is not a rebuild request 400 naming what is wrong). A request that lists its changes is served by
// a partial build; one without, by a full build.
import type http from 'node:http';
import { channelNonces, receiveSignedRequest, siteRebuildRequest } from '@skb/search-indexer';
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
      let parsed: unknown;
      try {
        parsed = JSON.parse(received.body);
      } catch {
        return json(response, 400, { error: 'body must be JSON' });
      }
      const checked = siteRebuildRequest.safeParse(parsed);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        return json(response, 400, { error: `${issue?.path.join('.') || 'body'}: ${issue?.message}` });
      }
      const { reason = 'a change in the CMS', changes } = checked.data;
      // What changed: only the pages it touches are rebuilt. Without it: the whole site.
      const partial = changes !== undefined && changes.length > 0;
      options.builder.request(reason, { partial });
      json(response, 202, { queued: true, kind: partial ? 'partial' : 'full' });
    },
  };
}
