// A small HTTP server that plays Strapi's public REST API, for the unit tests of the readers' edges and
// for the benchmarks, which measure our side of the wire, not Strapi's database. Lists are paged the
// way the readers ask and Strapi 5 answers: by `filters[id][$gt]` after the last id seen, `sort=id:asc`,
// `pagination[pageSize]` (25 by default, at most 100). The integration tests use the real Strapi.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StrapiStandIn {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** Answers with `body` as JSON. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/** Strapi's answer to a list request for `items`, which must be in id order, as `url` asks for them. */
export function listPage(items: readonly object[], url: URL): { data: unknown[]; meta: unknown } {
  const afterId = Number(url.searchParams.get('filters[id][$gt]') ?? 0);
  const pageSize = Math.min(100, Number(url.searchParams.get('pagination[pageSize]') ?? 25));
  const after = items.filter((item) => Number((item as { id?: unknown }).id) > afterId);
  return {
    data: after.slice(0, pageSize),
    meta: { pagination: { page: 1, pageSize, pageCount: Math.ceil(after.length / pageSize), total: items.length } },
  };
}

/** Strapi's own 404 body: the readers tell it from a proxy's 404. */
export const NOT_FOUND = {
  data: null,
  error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} },
};

/** Starts a stand-in on a free port of 127.0.0.1 that answers every request with `handler`. */
export async function startStrapiStandIn(
  handler: (url: URL, response: ServerResponse, request: IncomingMessage) => void,
): Promise<StrapiStandIn> {
  const server = http.createServer((request, response) => {
    handler(new URL(request.url ?? '/', 'http://cms'), response, request);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
